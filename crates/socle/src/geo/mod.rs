//! Generic geometry: reprojection to WGS84, repair of invalid polygons, geodesic areas and GeoJSON with 7 decimals.
//!
//! It takes PROJ.4 strings and `geo` geometries: the mining cadastre reprojects its 24 coordinate systems with
//! it, and any module can compute geodesic areas or write GeoJSON at the 7 decimals (about 1 cm) reusers expect.

mod format;
mod projection;
mod reparation;
mod surface;

pub use format::{
    centre_and_bbox, multipolygon_from_geojson, multipolygon_to_geojson,
    multipolygon_to_geojson_exact, round7,
};
pub use projection::{GeoError, Projection, UniteCoordonnees};
pub use reparation::repair_multi_polygon;
pub use surface::{area_km2, round_km2};
