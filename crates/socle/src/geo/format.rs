//! GeoJSON of multipolygons with 7 decimals (about 1 cm), their reading back, centroid and bounding box.
//!
//! Seven decimals are what the anchor publishes and make the files about 40 % smaller than full precision
//! (spec §6); coordinates are rounded once, when a perimeter is stored, so that pages, API and exports all
//! serve the same numbers.

use ::geo::{BoundingRect, Centroid, MultiPolygon};
use serde_json::{Value, json};

/// Rounds a coordinate to 7 decimals.
pub fn round7(value: f64) -> f64 {
    (value * 1e7).round() / 1e7
}

fn ring(ring: &::geo::LineString<f64>, decimals7: bool) -> Value {
    Value::Array(
        ring.0
            .iter()
            .map(|c| {
                if decimals7 {
                    json!([round7(c.x), round7(c.y)])
                } else {
                    json!([c.x, c.y])
                }
            })
            .collect(),
    )
}

fn geometry(perimetre: &MultiPolygon<f64>, decimals7: bool) -> Value {
    let polygones: Vec<Value> = perimetre
        .0
        .iter()
        .map(|polygone| {
            Value::Array(
                std::iter::once(polygone.exterior())
                    .chain(polygone.interiors())
                    .map(|r| ring(r, decimals7))
                    .collect(),
            )
        })
        .collect();
    json!({"type": "MultiPolygon", "coordinates": polygones})
}

/// The GeoJSON geometry of a WGS84 multipolygon, coordinates rounded to 7 decimals.
pub fn multipolygon_to_geojson(perimetre: &MultiPolygon<f64>) -> Value {
    geometry(perimetre, true)
}

/// The GeoJSON geometry of a multipolygon in its source system, at full precision (opposable coordinates).
pub fn multipolygon_to_geojson_exact(perimetre: &MultiPolygon<f64>) -> Value {
    geometry(perimetre, false)
}

/// Reads a stored GeoJSON Polygon or MultiPolygon geometry.
pub fn multipolygon_from_geojson(texte: &str) -> Result<MultiPolygon<f64>, String> {
    let geometrie: geojson::Geometry = texte.parse().map_err(|e: geojson::Error| e.to_string())?;
    match MultiPolygon::<f64>::try_from(&geometrie) {
        Ok(multi) => Ok(multi),
        Err(_) => ::geo::Polygon::<f64>::try_from(&geometrie)
            .map(|polygone| MultiPolygon::new(vec![polygone]))
            .map_err(|e| e.to_string()),
    }
}

/// Centroid (longitude, latitude) and bounding box (west, south, east, north) of a multipolygon.
pub fn centre_and_bbox(perimetre: &MultiPolygon<f64>) -> Option<((f64, f64), [f64; 4])> {
    let centre = perimetre.centroid()?;
    let rect = perimetre.bounding_rect()?;
    Some((
        (round7(centre.x()), round7(centre.y())),
        [rect.min().x, rect.min().y, rect.max().x, rect.max().y],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ::geo::{LineString, Polygon};

    fn carre() -> MultiPolygon<f64> {
        MultiPolygon::new(vec![Polygon::new(
            LineString::from(vec![
                (-53.123_456_789_1, 4.0),
                (-53.0, 4.0),
                (-53.0, 4.1),
                (-53.123_456_789_1, 4.1),
                (-53.123_456_789_1, 4.0),
            ]),
            vec![],
        )])
    }

    #[test]
    fn coordinates_are_written_with_seven_decimals_and_read_back() {
        let geojson = multipolygon_to_geojson(&carre());
        let texte = geojson.to_string();
        assert!(texte.contains("-53.1234568"), "{texte}");
        assert!(!texte.contains("-53.12345678"), "{texte}");
        let relu = multipolygon_from_geojson(&texte).expect("relu");
        assert_eq!(relu.0.len(), 1);
        assert_eq!(relu.0[0].exterior().0.len(), 5);
    }

    #[test]
    fn a_polygon_is_read_as_a_multipolygon() {
        let texte = r#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}"#;
        assert_eq!(multipolygon_from_geojson(texte).expect("lu").0.len(), 1);
        assert!(multipolygon_from_geojson(r#"{"type":"Point","coordinates":[0,0]}"#).is_err());
    }

    #[test]
    fn centre_and_bbox_of_a_square() {
        let ((x, y), [ouest, sud, est, nord]) = centre_and_bbox(&carre()).expect("centre");
        assert!((x + 53.06).abs() < 0.01 && (y - 4.05).abs() < 0.001);
        assert!(ouest < est && sud < nord);
    }
}
