//! Reprojection of coordinates from any PROJ.4-described system to WGS84 longitude/latitude in degrees.
//!
//! Uses `proj4rs` (pure Rust, identical to PROJ 9.5 to 1e-6 m on French points per the architecture notes), which
//! reads and writes geographic coordinates in radians: degrees and grades are converted at the boundary.

use std::f64::consts::PI;

use proj4rs::Proj;
use thiserror::Error;

/// WGS84 geographic coordinates.
const WGS84: &str = "+proj=longlat +datum=WGS84 +no_defs";

/// A geometry error.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum GeoError {
    /// The PROJ.4 definition cannot be read.
    #[error("définition de projection invalide « {definition} » : {raison}")]
    ProjectionInvalide {
        /// Definition.
        definition: String,
        /// Reason given by proj4rs.
        raison: String,
    },
    /// A point cannot be reprojected (outside the domain of the projection).
    #[error("le point ({x}, {y}) ne peut pas être converti en WGS84 : {raison}")]
    PointHorsDomaine {
        /// First coordinate.
        x: f64,
        /// Second coordinate.
        y: f64,
        /// Reason given by proj4rs.
        raison: String,
    },
}

/// Unit of the source coordinates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UniteCoordonnees {
    /// Metres of a projected system.
    Metre,
    /// Degrees of a geographic system.
    Degre,
    /// Grades (gons) of a geographic system, as NTF (Paris).
    Grade,
}

/// A ready-to-use transformation from a source system to WGS84.
#[derive(Debug)]
pub struct Projection {
    source: Proj,
    cible: Proj,
    unite: UniteCoordonnees,
}

impl Projection {
    /// Prepares the transformation from a PROJ.4 definition.
    pub fn new(definition_proj4: &str, unite: UniteCoordonnees) -> Result<Self, GeoError> {
        let parse = |definition: &str| {
            Proj::from_proj_string(definition).map_err(|e| GeoError::ProjectionInvalide {
                definition: definition.to_string(),
                raison: e.to_string(),
            })
        };
        Ok(Projection {
            source: parse(definition_proj4)?,
            cible: parse(WGS84)?,
            unite,
        })
    }

    /// Converts one point to WGS84 (longitude, latitude) in degrees.
    pub fn to_wgs84(&self, x: f64, y: f64) -> Result<(f64, f64), GeoError> {
        let facteur = match self.unite {
            UniteCoordonnees::Metre => 1.0,
            UniteCoordonnees::Degre => PI / 180.0,
            UniteCoordonnees::Grade => PI / 200.0,
        };
        let hors_domaine = |raison: String| GeoError::PointHorsDomaine { x, y, raison };
        let mut point = (x * facteur, y * facteur, 0.0);
        proj4rs::transform::transform(&self.source, &self.cible, &mut point)
            .map_err(|e| hors_domaine(e.to_string()))?;
        let (lon, lat) = (point.0.to_degrees(), point.1.to_degrees());
        if !lon.is_finite() || !lat.is_finite() || lat.abs() > 90.0 {
            return Err(hors_domaine("coordonnées hors du globe".to_string()));
        }
        Ok((lon, lat))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lambert93_point_matches_the_anchor() {
        // MTES-MCT/camino `perimetre.test.integration.ts`: Lambert-93 → 7.785447944, 48.814462158.
        let projection = Projection::new(
            "+proj=lcc +lat_1=49 +lat_2=44 +lat_0=46.5 +lon_0=3 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
            UniteCoordonnees::Metre,
        )
        .expect("projection");
        let (lon, lat) = projection
            .to_wgs84(1_051_195.108_314_366, 6_867_800.046_355_472)
            .expect("point");
        assert!((lon - 7.785447944).abs() < 1e-8, "{lon}");
        assert!((lat - 48.814462158).abs() < 1e-8, "{lat}");
    }

    #[test]
    fn wgs84_degrees_are_unchanged() {
        let projection = Projection::new(
            "+proj=longlat +datum=WGS84 +no_defs",
            UniteCoordonnees::Degre,
        )
        .expect("projection");
        let (lon, lat) = projection
            .to_wgs84(-52.54, 4.22269896902571)
            .expect("point");
        assert!((lon + 52.54).abs() < 1e-12 && (lat - 4.22269896902571).abs() < 1e-12);
    }

    #[test]
    fn grades_of_ntf_paris_are_converted() {
        // Paris meridian (0 gr) at 54 gr of latitude: longitude 2.3372° E of Greenwich, latitude ≈ 48.6°.
        let projection = Projection::new(
            "+proj=longlat +a=6378249.2 +b=6356515 +towgs84=-168,-60,320,0,0,0,0 +pm=paris +no_defs",
            UniteCoordonnees::Grade,
        )
        .expect("projection");
        let (lon, lat) = projection.to_wgs84(0.0, 54.0).expect("point");
        assert!((lon - 2.33722).abs() < 1e-3, "{lon}");
        assert!((lat - 48.6).abs() < 1e-2, "{lat}");
    }

    #[test]
    fn invalid_definition_is_refused() {
        assert!(Projection::new("+proj=inconnue", UniteCoordonnees::Metre).is_err());
    }
}
