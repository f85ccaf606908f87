//! Geodesic areas on the WGS84 ellipsoid.

use ::geo::orient::{Direction, Orient};
use ::geo::{GeodesicArea, MultiPolygon};

/// Unsigned geodesic area of a WGS84 (longitude, latitude in degrees) multipolygon, in km², not rounded.
///
/// Rings are first oriented counter-clockwise (RFC 7946): on the ellipsoid a clockwise ring encloses the rest of
/// the globe, which would give about 510 million km² for a small clockwise triangle.
pub fn area_km2(perimetre: &MultiPolygon<f64>) -> f64 {
    perimetre
        .orient(Direction::Default)
        .geodesic_area_unsigned()
        / 1_000_000.0
}

/// Rounds an area to 2 decimals (km² with hectare precision), as published.
pub fn round_km2(km2: f64) -> f64 {
    (km2 * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use ::geo::{LineString, Polygon};

    use super::*;

    #[test]
    fn one_degree_box_at_the_equator_is_about_12364_km2() {
        let carre = Polygon::new(
            LineString::from(vec![
                (0.0, 0.0),
                (1.0, 0.0),
                (1.0, 1.0),
                (0.0, 1.0),
                (0.0, 0.0),
            ]),
            vec![],
        );
        let surface = area_km2(&MultiPolygon::new(vec![carre]));
        assert!((surface - 12308.8).abs() < 1.0, "{surface}");
        assert_eq!(round_km2(1.034_9), 1.03);
    }
}
