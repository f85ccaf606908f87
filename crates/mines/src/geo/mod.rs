//! Generic geometry: reprojection to WGS84, repair of invalid polygons, geodesic areas and GeoJSON with 7 decimals.
//!
//! Architecture invariant: this module knows no mining type (it takes PROJ.4 strings and `geo` geometries), so that
//! it can be lifted into the platform's `socle::geo` unchanged.

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
