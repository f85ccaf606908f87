//! Generic geometry: reprojection to WGS84, repair of invalid polygons and geodesic areas.
//!
//! Architecture invariant: this module knows no mining type (it takes PROJ.4 strings and `geo` geometries), so that
//! it can be lifted into the platform's `socle::geo` unchanged.

mod projection;
mod reparation;
mod surface;

pub use projection::{GeoError, Projection, UniteCoordonnees};
pub use reparation::repair_multi_polygon;
pub use surface::{area_km2, round_km2};
