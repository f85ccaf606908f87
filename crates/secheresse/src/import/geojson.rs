//! GeoJSON zones in the formats met in the data: ASSEC/Sandre-style reference zones and VigiEau's computed
//! zones (both the full `zones_arretes_en_vigueur.geojson` properties and the flat attribute properties of the
//! daily snapshots).
//!
//! The reader tolerates what real files contain (spec §8.2): a legacy `crs` member, clockwise exterior rings,
//! `coordinates: []` for a zone without geometry, a third coordinate. It refuses, with the feature index,
//! anything it cannot read without guessing: missing identity, unknown type or level, non-numeric coordinates.

use std::fmt;

use chrono::NaiveDate;
use geo::{Coord, LineString, MultiPolygon, Polygon};
use serde::Deserialize;
use serde::de::{self, Deserializer, IgnoredAny, SeqAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use crate::domain::nomenclature::{NiveauGravite, Thematique, TypeZone};
use crate::domain::restriction::{ConcerneEaux, ConcerneProfils, DescriptionsNiveaux, Usage};
use crate::domain::texte::decode_utf8_or_latin1;
use crate::domain::zone_alerte::{CodeDepartement, ZoneAlerte, normalize_orientation};
use crate::domain::zone_calculee::{ArreteApplique, ZoneCalculee};
use crate::import::ImportError;

/// The property schema a feature was read with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormatZones {
    /// ASSEC 2018 layers: `Id`, `Dpt`, `Libel_ZA_ESO` or `Libel_ZA_ESU`.
    Assec,
    /// Sandre ZAS (WFS): `gid`, `CdZAS`, `LbZAS`, `TypeZAS`, `StZAS`, `NumeroVersionZAS`, `CdDepartement`,
    /// `RessInfluenceeZAS`.
    Sandre,
    /// VigiEau `zones_arretes_en_vigueur.geojson`: `id`, `idSandre`, `code`, `nom`, `type`, `niveauGravite`,
    /// `departement{code,nom}`, `arreteRestriction{…}`, `restrictions[…]`.
    VigieauOfficiel,
    /// VigiEau daily attributes: `id`, `nom`, `departement_code`, `type_zone`, `niveau`, `arrete_numero`, `debut`,
    /// `fin`, `date_maj`.
    VigieauAttributs,
}

/// The published situation of a computed zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SituationZone {
    /// The computed zone's identifier (changes daily upstream).
    pub id: i64,
    /// The level.
    pub niveau: NiveauGravite,
    /// The department's name, when given.
    pub departement_nom: Option<String>,
    /// The arrêté behind the level.
    pub arrete: ArreteApplique,
    /// The usages, each carrying the text of the zone's level only (that is all the open data keeps).
    pub usages: Vec<Usage>,
}

/// One feature of a zones file.
#[derive(Debug, Clone, PartialEq)]
pub struct ZoneImportee {
    /// The file's own identifier of the feature, as written (`id`, else `Id`, `CdZAS` or `gid`).
    pub identifiant: String,
    /// The schema it was read with.
    pub format: FormatZones,
    /// The zone.
    pub zone: ZoneAlerte,
    /// Level, arrêté and usages, for computed (VigiEau) zones.
    pub situation: Option<SituationZone>,
    /// The GeoJSON geometry type as written (`None` for a null geometry), kept so that exports can write the
    /// zone back as it came.
    pub type_geometrie: Option<TypeGeometrie>,
}

/// The areal GeoJSON geometry types a zone may be written with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypeGeometrie {
    /// `Polygon`.
    Polygon,
    /// `MultiPolygon`.
    MultiPolygon,
    /// `GeometryCollection` of polygons.
    GeometryCollection,
}

impl ZoneImportee {
    /// The published zone, for files of computed zones (VigiEau formats); `None` for reference zones, which
    /// have no level.
    pub fn into_zone_calculee(self) -> Option<ZoneCalculee> {
        let situation = self.situation?;
        Some(ZoneCalculee {
            id: situation.id,
            zone: self.zone,
            departement_nom: situation.departement_nom,
            niveau: situation.niveau,
            arrete: situation.arrete,
            usages: situation.usages,
            communes: Vec::new(),
        })
    }
}

#[derive(Deserialize)]
struct RawCollection<'a> {
    #[serde(rename = "type")]
    kind: Option<String>,
    name: Option<String>,
    #[serde(borrow)]
    features: Vec<&'a RawValue>,
}

#[derive(Deserialize)]
struct RawFeature {
    #[serde(default)]
    properties: Option<Map<String, Value>>,
    #[serde(default)]
    geometry: Option<RawGeometry>,
}

#[derive(Deserialize)]
#[serde(tag = "type")]
enum RawGeometry {
    Polygon {
        coordinates: Vec<Vec<Position>>,
    },
    MultiPolygon {
        coordinates: Vec<Vec<Vec<Position>>>,
    },
    GeometryCollection {
        geometries: Vec<RawGeometry>,
    },
    Point {},
    MultiPoint {},
    LineString {},
    MultiLineString {},
}

/// A GeoJSON position: two numbers, any further ones (altitude) ignored.
struct Position(Coord<f64>);

impl<'de> Deserialize<'de> for Position {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PositionVisitor;
        impl<'de> Visitor<'de> for PositionVisitor {
            type Value = Position;
            fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.write_str("une position [longitude, latitude]")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Position, A::Error> {
                let x: f64 = seq
                    .next_element()?
                    .ok_or_else(|| de::Error::invalid_length(0, &self))?;
                let y: f64 = seq
                    .next_element()?
                    .ok_or_else(|| de::Error::invalid_length(1, &self))?;
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Position(Coord { x, y }))
            }
        }
        deserializer.deserialize_seq(PositionVisitor)
    }
}

/// Reads a GeoJSON FeatureCollection of zones d'alerte in any of the [`FormatZones`].
pub fn parse_zones_geojson(bytes: &[u8]) -> Result<Vec<ZoneImportee>, ImportError> {
    let text = decode_utf8_or_latin1(bytes);
    let collection: RawCollection<'_> =
        serde_json::from_str(&text).map_err(|error| ImportError::Document(error.to_string()))?;
    if let Some(kind) = &collection.kind
        && kind != "FeatureCollection"
    {
        return Err(ImportError::Document(format!(
            "« FeatureCollection » attendu, « {kind} » trouvé"
        )));
    }
    let layer_name = collection.name.as_deref().unwrap_or("");
    collection
        .features
        .iter()
        .enumerate()
        .map(|(index, raw)| {
            parse_feature(raw.get(), layer_name)
                .map_err(|raison| ImportError::Entite { index, raison })
        })
        .collect()
}

fn parse_feature(raw: &str, layer_name: &str) -> Result<ZoneImportee, String> {
    let feature: RawFeature = serde_json::from_str(raw).map_err(|error| error.to_string())?;
    let properties = feature.properties.unwrap_or_default();
    let type_geometrie = feature
        .geometry
        .as_ref()
        .and_then(|geometry| match geometry {
            RawGeometry::Polygon { .. } => Some(TypeGeometrie::Polygon),
            RawGeometry::MultiPolygon { .. } => Some(TypeGeometrie::MultiPolygon),
            RawGeometry::GeometryCollection { .. } => Some(TypeGeometrie::GeometryCollection),
            _ => None,
        });
    let geometrie = match feature.geometry {
        Some(geometry) => convert_geometry(geometry)?,
        None => None,
    };
    let format = detect_format(&properties)?;
    let identifiant = identifier(&properties).ok_or("identifiant absent (id, Id, CdZAS ou gid)")?;
    let mut zone = ZoneAlerte {
        id_sandre: None,
        code: identifiant.clone(),
        nom: String::new(),
        type_zone: TypeZone::Sup,
        numero_version: None,
        departement: None,
        ressource_influencee: false,
        disabled: false,
        geometrie,
    };
    let situation = match format {
        FormatZones::Assec => {
            read_assec(&properties, layer_name, &mut zone)?;
            None
        }
        FormatZones::Sandre => {
            read_sandre(&properties, &mut zone)?;
            None
        }
        FormatZones::VigieauOfficiel => Some(read_vigieau_officiel(&properties, &mut zone)?),
        FormatZones::VigieauAttributs => Some(read_vigieau_attributs(&properties, &mut zone)?),
    };
    Ok(ZoneImportee {
        identifiant,
        format,
        zone,
        situation,
        type_geometrie,
    })
}

fn detect_format(properties: &Map<String, Value>) -> Result<FormatZones, String> {
    if properties.contains_key("type_zone") {
        Ok(FormatZones::VigieauAttributs)
    } else if properties.contains_key("niveauGravite") {
        Ok(FormatZones::VigieauOfficiel)
    } else if properties.contains_key("CdZAS") || properties.contains_key("TypeZAS") {
        Ok(FormatZones::Sandre)
    } else if properties.keys().any(|key| key.starts_with("Libel_ZA_")) {
        Ok(FormatZones::Assec)
    } else {
        let mut keys: Vec<&str> = properties.keys().map(String::as_str).collect();
        keys.sort_unstable();
        Err(format!("propriétés non reconnues ({})", keys.join(", ")))
    }
}

/// The feature's identifier as the file writes it; numbers are written without a decimal part when integral.
fn identifier(properties: &Map<String, Value>) -> Option<String> {
    ["id", "Id", "CdZAS", "gid"]
        .iter()
        .find_map(|key| match properties.get(*key)? {
            Value::String(text) if !text.trim().is_empty() => Some(text.trim().to_owned()),
            Value::Number(number) => Some(number.to_string()),
            _ => None,
        })
}

fn text(properties: &Map<String, Value>, key: &str) -> Option<String> {
    match properties.get(key)? {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}

fn integer(properties: &Map<String, Value>, key: &str) -> Result<Option<i64>, String> {
    match properties.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(number)) => number
            .as_i64()
            .map(Some)
            .ok_or_else(|| format!("{key} n'est pas un entier : {number}")),
        Some(Value::String(text)) if text.trim().is_empty() => Ok(None),
        Some(Value::String(text)) => text
            .trim()
            .parse()
            .map(Some)
            .map_err(|_| format!("{key} n'est pas un entier : « {text} »")),
        Some(other) => Err(format!("{key} n'est pas un entier : {other}")),
    }
}

fn flag(properties: &Map<String, Value>, key: &str, default: bool) -> bool {
    match properties.get(key) {
        Some(Value::Bool(value)) => *value,
        Some(Value::String(text)) => matches!(
            text.trim().to_ascii_lowercase().as_str(),
            "true" | "oui" | "1" | "t"
        ),
        Some(Value::Number(number)) => number.as_i64().is_some_and(|value| value != 0),
        _ => default,
    }
}

fn date(properties: &Map<String, Value>, key: &str) -> Result<Option<NaiveDate>, String> {
    match text(properties, key) {
        None => Ok(None),
        Some(value) if value.trim().is_empty() => Ok(None),
        Some(value) => {
            // ISO dates, possibly with a time part as VigiEau's JSON writes timestamps.
            let day = value.get(..10).unwrap_or(&value);
            NaiveDate::parse_from_str(day, "%Y-%m-%d")
                .map(Some)
                .map_err(|_| format!("{key} n'est pas une date AAAA-MM-JJ : « {value} »"))
        }
    }
}

fn departement(value: Option<String>) -> Result<Option<CodeDepartement>, String> {
    value
        .filter(|code| !code.trim().is_empty())
        .map(|code| CodeDepartement::parse(&code).map_err(|error| error.to_string()))
        .transpose()
}

fn read_assec(
    properties: &Map<String, Value>,
    layer_name: &str,
    zone: &mut ZoneAlerte,
) -> Result<(), String> {
    let (key, nom) = properties
        .iter()
        .find(|(key, _)| key.starts_with("Libel_ZA_"))
        .map(|(key, value)| (key.as_str(), value.as_str().unwrap_or_default().to_owned()))
        .ok_or("libellé de zone absent")?;
    let suffix = &key["Libel_ZA_".len()..];
    // The layer name ("eso_93", "esu_93") confirms the type when the property suffix is unusual.
    let hint = if suffix.is_empty() {
        layer_name.split('_').next().unwrap_or("")
    } else {
        suffix
    };
    zone.type_zone = TypeZone::parse(hint).map_err(|error| error.to_string())?;
    zone.nom = nom;
    zone.departement = departement(text(properties, "Dpt"))?;
    Ok(())
}

fn read_sandre(properties: &Map<String, Value>, zone: &mut ZoneAlerte) -> Result<(), String> {
    if let Some(code) = text(properties, "CdZAS") {
        zone.code = code;
    }
    zone.nom = text(properties, "LbZAS").unwrap_or_default();
    let type_zone = text(properties, "TypeZAS").ok_or("TypeZAS absent")?;
    zone.type_zone = TypeZone::parse(&type_zone).map_err(|error| error.to_string())?;
    zone.id_sandre = integer(properties, "gid")?;
    zone.numero_version =
        integer(properties, "NumeroVersionZAS")?.and_then(|version| u32::try_from(version).ok());
    zone.departement = departement(text(properties, "CdDepartement"))?;
    zone.ressource_influencee = flag(properties, "RessInfluenceeZAS", false);
    // "Gelé" marks a version kept for the arrêtés cadres that still use it.
    zone.disabled =
        text(properties, "StZAS").is_some_and(|statut| statut.to_lowercase().starts_with("gel"));
    Ok(())
}

fn read_vigieau_attributs(
    properties: &Map<String, Value>,
    zone: &mut ZoneAlerte,
) -> Result<SituationZone, String> {
    let id = integer(properties, "id")?.ok_or("id absent")?;
    zone.nom = text(properties, "nom").unwrap_or_default();
    let type_zone = text(properties, "type_zone").unwrap_or_default();
    zone.type_zone = TypeZone::parse(&type_zone).map_err(|error| error.to_string())?;
    zone.departement = departement(text(properties, "departement_code"))?;
    let niveau = text(properties, "niveau").ok_or("niveau absent")?;
    let niveau = NiveauGravite::parse(&niveau).map_err(|error| error.to_string())?;
    check_severity(properties, niveau)?;
    Ok(SituationZone {
        id,
        niveau,
        departement_nom: text(properties, "departement_nom"),
        arrete: ArreteApplique {
            numero: text(properties, "arrete_numero"),
            date_debut: date(properties, "debut")?,
            date_fin: date(properties, "fin")?,
            ..ArreteApplique::default()
        },
        usages: Vec::new(),
    })
}

/// The attribute files repeat the level as a label and a severity; a disagreement means a corrupt row.
fn check_severity(properties: &Map<String, Value>, niveau: NiveauGravite) -> Result<(), String> {
    if let Some(severity) = integer(properties, "severity")?
        && severity != i64::from(niveau.severity())
    {
        return Err(format!(
            "severity {severity} ne correspond pas au niveau {}",
            niveau.code()
        ));
    }
    if let Some(label) = text(properties, "niveau_label")
        && label != niveau.label()
    {
        return Err(format!(
            "libellé « {label} » ne correspond pas au niveau {}",
            niveau.code()
        ));
    }
    Ok(())
}

fn read_vigieau_officiel(
    properties: &Map<String, Value>,
    zone: &mut ZoneAlerte,
) -> Result<SituationZone, String> {
    let id = integer(properties, "id")?.ok_or("id absent")?;
    if let Some(code) = text(properties, "code") {
        zone.code = code;
    }
    zone.nom = text(properties, "nom").unwrap_or_default();
    let type_zone = text(properties, "type").ok_or("type absent")?;
    zone.type_zone = TypeZone::parse(&type_zone).map_err(|error| error.to_string())?;
    zone.id_sandre = integer(properties, "idSandre")?;
    zone.ressource_influencee = flag(properties, "ressourceInfluencee", false);
    let (code_departement, departement_nom) = match properties.get("departement") {
        Some(Value::Object(object)) => (text(object, "code"), text(object, "nom")),
        Some(Value::String(code)) => (Some(code.clone()), None),
        _ => (None, None),
    };
    zone.departement = departement(code_departement)?;
    let niveau = text(properties, "niveauGravite").ok_or("niveauGravite absent")?;
    let niveau = NiveauGravite::parse(&niveau).map_err(|error| error.to_string())?;
    let arrete = match properties.get("arreteRestriction") {
        Some(Value::Object(object)) => ArreteApplique {
            id: integer(object, "id")?,
            numero: text(object, "numero"),
            date_debut: date(object, "dateDebut")?,
            date_fin: date(object, "dateFin")?,
            date_signature: date(object, "dateSignature")?,
            chemin_fichier_arrete_cadre: None,
            chemin_fichier: match object.get("fichier") {
                Some(Value::Object(fichier)) => text(fichier, "url"),
                Some(Value::String(url)) => Some(url.clone()),
                _ => None,
            },
        },
        _ => ArreteApplique::default(),
    };
    let usages = match properties.get("restrictions") {
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(position, item)| {
                read_usage(item, niveau).map_err(|raison| format!("usage n° {position} : {raison}"))
            })
            .collect::<Result<Vec<_>, _>>()?,
        _ => Vec::new(),
    };
    Ok(SituationZone {
        id,
        niveau,
        departement_nom,
        arrete,
        usages,
    })
}

fn read_usage(item: &Value, niveau: NiveauGravite) -> Result<Usage, String> {
    let Value::Object(object) = item else {
        return Err("objet attendu".to_owned());
    };
    let thematique = match object.get("thematique") {
        Some(Value::Object(inner)) => text(inner, "nom"),
        _ => text(object, "thematique"),
    }
    .ok_or("thématique absente")?;
    let mut descriptions = DescriptionsNiveaux::default();
    let description = text(object, "description");
    match niveau {
        NiveauGravite::Vigilance => descriptions.vigilance = description,
        NiveauGravite::Alerte => descriptions.alerte = description,
        NiveauGravite::AlerteRenforcee => descriptions.alerte_renforcee = description,
        NiveauGravite::Crise => descriptions.crise = description,
    }
    Ok(Usage {
        id: integer(object, "id")?,
        nom: text(object, "nom").unwrap_or_default(),
        thematique: Thematique::parse(&thematique).map_err(|error| error.to_string())?,
        concerne: ConcerneProfils {
            particulier: flag(object, "concerneParticulier", false),
            entreprise: flag(object, "concerneEntreprise", false),
            collectivite: flag(object, "concerneCollectivite", false),
            exploitation: flag(object, "concerneExploitation", false),
        },
        eaux: ConcerneEaux {
            esu: flag(object, "concerneEsu", true),
            eso: flag(object, "concerneEso", true),
            aep: flag(object, "concerneAep", true),
        },
        descriptions,
    })
}

/// Reads a bare GeoJSON geometry (`Polygon`, `MultiPolygon` or a `GeometryCollection` of them).
///
/// This is how the module stores zones and how commune perimeters come; empty coordinates give `None`. Rings are oriented by position.
pub fn parse_geometrie(text: &str) -> Result<Option<MultiPolygon<f64>>, String> {
    let geometry: RawGeometry = serde_json::from_str(text).map_err(|error| error.to_string())?;
    convert_geometry(geometry)
}

/// Reads the geometry of a feature given as a JSON value (the commune perimeters' reader uses it).
pub(crate) fn geometrie_of_value(value: &Value) -> Result<Option<MultiPolygon<f64>>, String> {
    if value.is_null() {
        return Ok(None);
    }
    let geometry = RawGeometry::deserialize(value).map_err(|error| error.to_string())?;
    convert_geometry(geometry)
}

/// Converts a GeoJSON geometry into a multipolygon; empty coordinates give `None` (a zone without geometry).
fn convert_geometry(geometry: RawGeometry) -> Result<Option<MultiPolygon<f64>>, String> {
    let mut polygons = Vec::new();
    collect_polygons(geometry, &mut polygons)?;
    if polygons.is_empty() {
        Ok(None)
    } else {
        Ok(Some(normalize_orientation(&MultiPolygon(polygons))))
    }
}

fn collect_polygons(geometry: RawGeometry, polygons: &mut Vec<Polygon<f64>>) -> Result<(), String> {
    match geometry {
        RawGeometry::Polygon { coordinates } => polygons.extend(convert_polygon(coordinates)?),
        RawGeometry::MultiPolygon { coordinates } => {
            for rings in coordinates {
                polygons.extend(convert_polygon(rings)?);
            }
        }
        RawGeometry::GeometryCollection { geometries } => {
            for inner in geometries {
                collect_polygons(inner, polygons)?;
            }
        }
        RawGeometry::Point {}
        | RawGeometry::MultiPoint {}
        | RawGeometry::LineString {}
        | RawGeometry::MultiLineString {} => {
            return Err("géométrie non surfacique : Polygon ou MultiPolygon attendu".to_owned());
        }
    }
    Ok(())
}

/// A polygon from its rings: the first is the exterior, the others are holes, whatever their winding. A ring
/// with fewer than three positions encloses nothing and is dropped; without an exterior, so is the polygon.
fn convert_polygon(rings: Vec<Vec<Position>>) -> Result<Option<Polygon<f64>>, String> {
    let mut rings = rings.into_iter().map(|ring| {
        let coords: Vec<Coord<f64>> = ring.into_iter().map(|position| position.0).collect();
        if coords
            .iter()
            .any(|coord| !(coord.x.is_finite() && coord.y.is_finite()))
        {
            return Err("coordonnée non finie".to_owned());
        }
        Ok(coords)
    });
    let Some(exterior) = rings.next().transpose()? else {
        return Ok(None);
    };
    if exterior.len() < 3 {
        return Ok(None);
    }
    let mut holes = Vec::new();
    for ring in rings {
        let ring = ring?;
        if ring.len() >= 3 {
            holes.push(LineString(ring));
        }
    }
    Ok(Some(Polygon::new(LineString(exterior), holes)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assec_feature_gets_its_type_from_the_label_key() {
        let file = br#"{"type":"FeatureCollection","name":"eso_93","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},
            "features":[{"type":"Feature","properties":{"Id":"93_83_1","Dpt":"83","Libel_ZA_ESO":"basse vall\ufffde"},
            "geometry":{"type":"Polygon","coordinates":[[[6.0,43.0],[6.0,43.1],[6.1,43.1],[6.0,43.0]]]}}]}"#;
        let zones = parse_zones_geojson(file).expect("valid file");
        assert_eq!(zones[0].format, FormatZones::Assec);
        assert_eq!(zones[0].zone.type_zone, TypeZone::Sou);
        assert_eq!(zones[0].identifiant, "93_83_1");
        assert_eq!(zones[0].zone.nom, "basse vall\u{FFFD}e");
        assert_eq!(zones[0].zone.nom_affiche(), "basse vallée");
        assert_eq!(zones[0].zone.vertex_count(), 4);
    }

    #[test]
    fn empty_coordinates_give_a_zone_without_geometry() {
        let file = br#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"MultiPolygon","coordinates":[]},
            "properties":{"id":1878737,"nom":"Argens","departement_code":"83","type_zone":"AEP","niveau":"vigilance","niveau_label":"Vigilance","severity":1,
            "arrete_numero":"X","debut":"2026-06-30","fin":"","date_maj":"2 juil. 2026"}}]}"#;
        let zones = parse_zones_geojson(file).expect("valid file");
        assert_eq!(zones[0].zone.geometrie, None);
        let situation = zones[0].situation.as_ref().expect("computed zone");
        assert_eq!(situation.niveau, NiveauGravite::Vigilance);
        assert_eq!(situation.arrete.date_fin, None);
    }

    #[test]
    fn malformed_feature_is_refused_with_its_index() {
        let file = br#"{"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"Id":"1","Libel_ZA_ESU":"A"},"geometry":null},
            {"type":"Feature","properties":{"Id":"2","Libel_ZA_ESU":"B"},"geometry":{"type":"Polygon","coordinates":[[["x",1],[2,2],[3,3]]]}}]}"#;
        let error = parse_zones_geojson(file).unwrap_err();
        assert!(
            matches!(error, ImportError::Entite { index: 1, .. }),
            "{error}"
        );
        assert!(error.to_string().starts_with("entité n° 1"));
    }

    #[test]
    fn inconsistent_level_label_is_refused() {
        let file = br#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,
            "properties":{"id":1,"nom":"A","departement_code":"34","type_zone":"SUP","niveau":"crise","niveau_label":"Vigilance","severity":4}}]}"#;
        assert!(matches!(
            parse_zones_geojson(file),
            Err(ImportError::Entite { index: 0, .. })
        ));
    }

    #[test]
    fn official_vigieau_feature_carries_usages_with_the_level_text() {
        let file = r#"{"type":"FeatureCollection","features":[{"type":"Feature",
            "geometry":{"type":"Polygon","coordinates":[[[3.0,43.0],[3.1,43.0],[3.1,43.1],[3.0,43.0]]]},
            "properties":{"id":5,"idSandre":77,"code":"76_34_0011","nom":"Orb","type":"SUP","niveauGravite":"alerte_renforcee",
            "departement":{"code":"34","nom":"Hérault"},"arreteRestriction":{"id":34668,"numero":"2024-04","dateDebut":"2024-04-16","dateFin":"2024-04-30"},
            "restrictions":[{"nom":"Arrosage","thematique":"Arroser","concerneParticulier":true,"concerneEsu":true,"concerneEso":false,"concerneAep":true,"description":"Interdit"}]}}]}"#;
        let zones = parse_zones_geojson(file.as_bytes()).expect("valid file");
        let zone = &zones[0];
        assert_eq!(zone.zone.code, "76_34_0011");
        assert_eq!(zone.identifiant, "5");
        let situation = zone.situation.as_ref().expect("computed zone");
        assert_eq!(situation.arrete.id, Some(34668));
        assert_eq!(
            situation.usages[0]
                .descriptions
                .pour(NiveauGravite::AlerteRenforcee),
            Some("Interdit")
        );
        assert!(!situation.usages[0].eaux.eso);
    }

    #[test]
    fn latin1_bytes_do_not_stop_the_import() {
        let mut file = br#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":{"Id":"1","Libel_ZA_ESU":"Vall"#.to_vec();
        file.push(0xe9);
        file.extend_from_slice(br#"e"}}]}"#);
        let zones = parse_zones_geojson(&file).expect("repaired");
        assert_eq!(zones[0].zone.nom, "Vallée");
    }
}
