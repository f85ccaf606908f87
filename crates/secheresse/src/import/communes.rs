//! Commune perimeters (GeoJSON FeatureCollection), as published by IGN Admin Express or the `communes`
//! files of geo.api.gouv.fr: one feature per commune with its INSEE code in `code`, `codgeo`, `insee_com` or
//! `code_insee`.
//!
//! The platform's territoires carry names and codes but no geometry; the computation of the published zones
//! needs perimeters for AEP groups, the harmonisation by commune and the commune links (spec §3.5).

use geo::MultiPolygon;
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use crate::domain::texte::decode_utf8_or_latin1;
use crate::domain::zone_alerte::CodeInsee;
use crate::import::ImportError;
use crate::import::geojson::geometrie_of_value;

/// A commune and its perimeter.
#[derive(Debug, Clone, PartialEq)]
pub struct ContourCommune {
    /// INSEE code.
    pub code: CodeInsee,
    /// Perimeter in WGS84.
    pub geometrie: MultiPolygon<f64>,
}

#[derive(Deserialize)]
struct RawCollection<'a> {
    #[serde(borrow)]
    features: Vec<&'a RawValue>,
}

#[derive(Deserialize)]
struct RawFeature {
    #[serde(default)]
    properties: Option<Map<String, Value>>,
    #[serde(default)]
    geometry: Value,
}

/// Property names that hold the INSEE code, in the order they are tried.
const CODE_KEYS: [&str; 6] = [
    "code",
    "codgeo",
    "insee_com",
    "INSEE_COM",
    "code_insee",
    "CODE_INSEE",
];

/// Reads commune perimeters; the whole file is refused at the first bad feature, with its index and the reason.
pub fn parse_communes_geojson(bytes: &[u8]) -> Result<Vec<ContourCommune>, ImportError> {
    let text = decode_utf8_or_latin1(bytes);
    let collection: RawCollection<'_> =
        serde_json::from_str(&text).map_err(|error| ImportError::Document(error.to_string()))?;
    collection
        .features
        .iter()
        .enumerate()
        .map(|(index, raw)| {
            read_feature(raw.get()).map_err(|raison| ImportError::Entite { index, raison })
        })
        .collect()
}

fn read_feature(raw: &str) -> Result<ContourCommune, String> {
    let feature: RawFeature = serde_json::from_str(raw).map_err(|error| error.to_string())?;
    let properties = feature.properties.unwrap_or_default();
    let code = CODE_KEYS
        .iter()
        .find_map(|key| match properties.get(*key)? {
            Value::String(text) => Some(text.clone()),
            Value::Number(number) => Some(number.to_string()),
            _ => None,
        })
        .ok_or("code INSEE absent (code, codgeo, insee_com ou code_insee)")?;
    let code = CodeInsee::parse(&code).map_err(|error| error.to_string())?;
    let geometrie = geometrie_of_value(&feature.geometry)?
        .ok_or_else(|| format!("la commune {code} n'a pas de géométrie"))?;
    Ok(ContourCommune { code, geometrie })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn communes_are_read_with_their_code() {
        let file = br#"{"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"code":"34172","nom":"Montpellier"},
             "geometry":{"type":"Polygon","coordinates":[[[3.8,43.6],[3.9,43.6],[3.9,43.7],[3.8,43.6]]]}}]}"#;
        let communes = parse_communes_geojson(file).expect("valid file");
        assert_eq!(communes[0].code.as_str(), "34172");
        assert_eq!(communes[0].geometrie.0.len(), 1);
    }

    #[test]
    fn a_feature_without_code_or_geometry_refuses_the_file_with_its_index() {
        let without_code = br#"{"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"nom":"X"},"geometry":null}]}"#;
        assert!(matches!(
            parse_communes_geojson(without_code),
            Err(ImportError::Entite { index: 0, .. })
        ));
        let without_geometry = br#"{"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"code":"34172"},"geometry":{"type":"Polygon","coordinates":[[[3.8,43.6],[3.9,43.6],[3.9,43.7],[3.8,43.6]]]}},
            {"type":"Feature","properties":{"code":"34173"},"geometry":null}]}"#;
        let error = parse_communes_geojson(without_geometry).unwrap_err();
        assert!(error.to_string().contains("entité n° 1"), "{error}");
    }
}
