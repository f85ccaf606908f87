//! Perimeters of étapes: import from GeoJSON or from a CSV of points in any of the 24 accepted systems,
//! reprojection to WGS84, repair, geodesic surface (spec §3.9 and §4).
//!
//! Bad input is refused with the feature or the line at fault and the reason; nothing is guessed.

use geojson::{GeoJson, GeometryValue};
use thiserror::Error;

use crate::referentiels::{GeoSystemeId, GeoUnite};
use socle::geo::{
    GeoError, Projection, UniteCoordonnees, area_km2, repair_multi_polygon, round_km2,
};

/// Largest surface accepted for a perimeter (km²).
pub const SURFACE_MAX_KM2: f64 = 100_000.0;
/// Largest number of points of a CSV perimeter.
pub const POINTS_CSV_MAX: usize = 20;

/// A perimeter file that is refused.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum PerimetreError {
    /// Not GeoJSON.
    #[error("le fichier n'est pas un GeoJSON valide : {0}")]
    GeoJsonInvalide(String),
    /// A feature is malformed.
    #[error("entité {entite} du GeoJSON : {raison}")]
    EntiteInvalide {
        /// Position of the feature (from 1).
        entite: usize,
        /// Reason.
        raison: String,
    },
    /// No polygon in the file.
    #[error("le fichier ne contient aucun polygone")]
    AucunPolygone,
    /// More than one polygon geometry.
    #[error("le fichier contient {0} géométries polygonales alors qu'une seule est attendue")]
    PlusieursPolygones(usize),
    /// The CSV cannot be read.
    #[error("ligne {ligne} du CSV : {raison}")]
    LigneCsv {
        /// Line number in the file (header is line 1).
        ligne: usize,
        /// Reason.
        raison: String,
    },
    /// A required CSV column is missing.
    #[error("colonne manquante dans le CSV : {0}")]
    ColonneManquante(&'static str),
    /// Too many points in a CSV.
    #[error("le CSV contient {0} points, au plus 20 sont acceptés")]
    TropDePoints(usize),
    /// Not enough points to make a polygon.
    #[error("le périmètre doit compter au moins 3 points distincts")]
    TropPeuDePoints,
    /// Reprojection failed.
    #[error("conversion en WGS84 impossible : {0}")]
    Projection(#[from] GeoError),
    /// Nothing with an area is left after repair.
    #[error("le périmètre n'a pas de surface une fois réparé")]
    SansSurface,
    /// Above the legal maximum.
    #[error("la surface du périmètre ({0} km²) dépasse le maximum de 100 000 km²")]
    TropGrand(f64),
}

/// A named point of a perimeter.
#[derive(Debug, Clone, PartialEq)]
pub struct PointPerimetre {
    /// Name.
    pub nom: String,
    /// Description.
    pub description: Option<String>,
    /// Coordinates in the source system.
    pub origine: (f64, f64),
    /// WGS84 longitude and latitude in degrees.
    pub wgs84: (f64, f64),
}

/// A perimeter ready to be stored on an étape.
#[derive(Debug, Clone, PartialEq)]
pub struct Perimetre {
    /// Source (opposable) coordinate system.
    pub systeme: GeoSystemeId,
    /// Geometry in the source system.
    pub origine: ::geo::MultiPolygon<f64>,
    /// Geometry in WGS84, repaired.
    pub wgs84: ::geo::MultiPolygon<f64>,
    /// Named points, if the file had any.
    pub points: Vec<PointPerimetre>,
    /// Geodesic surface in km², rounded to 2 decimals.
    pub surface_km2: f64,
}

fn projection(systeme: GeoSystemeId) -> Result<Projection, PerimetreError> {
    let definition = systeme.definition();
    let unite = match definition.unite {
        GeoUnite::Metre => UniteCoordonnees::Metre,
        GeoUnite::Degre => UniteCoordonnees::Degre,
        GeoUnite::Grade => UniteCoordonnees::Grade,
    };
    Ok(Projection::new(definition.definition_proj4, unite)?)
}

fn reproject(
    projection: &Projection,
    origine: &::geo::MultiPolygon<f64>,
) -> Result<::geo::MultiPolygon<f64>, GeoError> {
    let ring = |ls: &::geo::LineString<f64>| -> Result<::geo::LineString<f64>, GeoError> {
        ls.0.iter()
            .map(|c| {
                projection
                    .to_wgs84(c.x, c.y)
                    .map(|(x, y)| ::geo::Coord { x, y })
            })
            .collect::<Result<Vec<_>, _>>()
            .map(::geo::LineString::new)
    };
    origine
        .0
        .iter()
        .map(|p| {
            let exterieur = ring(p.exterior())?;
            let interieurs = p
                .interiors()
                .iter()
                .map(ring)
                .collect::<Result<Vec<_>, _>>()?;
            Ok(::geo::Polygon::new(exterieur, interieurs))
        })
        .collect::<Result<Vec<_>, _>>()
        .map(::geo::MultiPolygon::new)
}

/// Builds a perimeter from a geometry in its source system: reprojection, repair, surface and its maximum.
pub fn build_perimetre(
    systeme: GeoSystemeId,
    origine: ::geo::MultiPolygon<f64>,
    points: Vec<(String, Option<String>, (f64, f64))>,
) -> Result<Perimetre, PerimetreError> {
    let projection = projection(systeme)?;
    let wgs84 = reproject(&projection, &origine)?;
    let wgs84 = repair_multi_polygon(&wgs84).ok_or(PerimetreError::SansSurface)?;
    let surface_km2 = round_km2(area_km2(&wgs84));
    if surface_km2 > SURFACE_MAX_KM2 {
        return Err(PerimetreError::TropGrand(surface_km2));
    }
    let points = points
        .into_iter()
        .map(|(nom, description, origine)| {
            let wgs84 = projection.to_wgs84(origine.0, origine.1)?;
            Ok(PointPerimetre {
                nom,
                description,
                origine,
                wgs84,
            })
        })
        .collect::<Result<Vec<_>, GeoError>>()?;
    Ok(Perimetre {
        systeme,
        origine,
        wgs84,
        points,
        surface_km2,
    })
}

fn polygon_from_rings(
    rings: &[Vec<geojson::Position>],
    entite: usize,
) -> Result<::geo::Polygon<f64>, PerimetreError> {
    let mut anneaux = Vec::with_capacity(rings.len());
    for (index, ring) in rings.iter().enumerate() {
        if ring.len() < 3 {
            return Err(PerimetreError::EntiteInvalide {
                entite,
                raison: format!(
                    "l'anneau {} a {} point(s), au moins 3 sont nécessaires",
                    index + 1,
                    ring.len()
                ),
            });
        }
        let coords = ring
            .iter()
            .map(|p| match p.as_slice() {
                [x, y, ..] if x.is_finite() && y.is_finite() => Ok(::geo::Coord { x: *x, y: *y }),
                _ => Err(PerimetreError::EntiteInvalide {
                    entite,
                    raison: format!("l'anneau {} contient une position invalide", index + 1),
                }),
            })
            .collect::<Result<Vec<_>, _>>()?;
        anneaux.push(::geo::LineString::new(coords));
    }
    let mut anneaux = anneaux.into_iter();
    let exterieur = anneaux
        .next()
        .ok_or_else(|| PerimetreError::EntiteInvalide {
            entite,
            raison: "polygone sans anneau".to_string(),
        })?;
    Ok(::geo::Polygon::new(exterieur, anneaux.collect()))
}

/// Imports a GeoJSON perimeter (one Polygon or MultiPolygon, plus optional named Points).
pub fn import_geojson(texte: &str, systeme: GeoSystemeId) -> Result<Perimetre, PerimetreError> {
    let geojson: GeoJson = texte
        .parse()
        .map_err(|e: geojson::Error| PerimetreError::GeoJsonInvalide(e.to_string()))?;
    let entites: Vec<(Option<geojson::Geometry>, Option<geojson::JsonObject>)> = match geojson {
        GeoJson::FeatureCollection(collection) => collection
            .features
            .into_iter()
            .map(|f| (f.geometry, f.properties))
            .collect(),
        GeoJson::Feature(feature) => vec![(feature.geometry, feature.properties)],
        GeoJson::Geometry(geometry) => vec![(Some(geometry), None)],
    };
    let mut polygones: Vec<::geo::MultiPolygon<f64>> = Vec::new();
    let mut points = Vec::new();
    for (index, (geometrie, proprietes)) in entites.into_iter().enumerate() {
        let entite = index + 1;
        let Some(geometrie) = geometrie else {
            return Err(PerimetreError::EntiteInvalide {
                entite,
                raison: "entité sans géométrie".to_string(),
            });
        };
        match &geometrie.value {
            GeometryValue::Polygon { coordinates } => {
                polygones.push(::geo::MultiPolygon::new(vec![polygon_from_rings(
                    coordinates,
                    entite,
                )?]));
            }
            GeometryValue::MultiPolygon { coordinates } => {
                let parts = coordinates
                    .iter()
                    .map(|p| polygon_from_rings(p, entite))
                    .collect::<Result<Vec<_>, _>>()?;
                polygones.push(::geo::MultiPolygon::new(parts));
            }
            GeometryValue::Point { coordinates } => {
                let [x, y, ..] = coordinates.as_slice() else {
                    return Err(PerimetreError::EntiteInvalide {
                        entite,
                        raison: "point sans coordonnées".to_string(),
                    });
                };
                let texte_propriete = |cle: &str| {
                    proprietes
                        .as_ref()
                        .and_then(|p| p.get(cle))
                        .and_then(|v| v.as_str())
                        .map(str::to_string)
                };
                points.push((
                    texte_propriete("nom").unwrap_or_default(),
                    texte_propriete("description"),
                    (*x, *y),
                ));
            }
            autre => {
                return Err(PerimetreError::EntiteInvalide {
                    entite,
                    raison: format!(
                        "géométrie « {} » non acceptée (Polygon, MultiPolygon ou Point)",
                        autre.type_name()
                    ),
                });
            }
        }
    }
    match polygones.len() {
        0 => Err(PerimetreError::AucunPolygone),
        1 => build_perimetre(systeme, polygones.remove(0), points),
        n => Err(PerimetreError::PlusieursPolygones(n)),
    }
}

/// Decodes a CSV file: UTF-8, else ISO-8859-15 (spreadsheets of the administration).
fn decode(octets: &[u8]) -> String {
    match std::str::from_utf8(octets) {
        Ok(texte) => texte.trim_start_matches('\u{feff}').to_string(),
        Err(_) => octets
            .iter()
            .map(|&b| match b {
                // The eight code points where ISO-8859-15 differs from ISO-8859-1.
                0xA4 => '€',
                0xA6 => 'Š',
                0xA8 => 'š',
                0xB4 => 'Ž',
                0xB8 => 'ž',
                0xBC => 'Œ',
                0xBD => 'œ',
                0xBE => 'Ÿ',
                autre => char::from(autre),
            })
            .collect(),
    }
}

/// Parses a number with a decimal point, or a decimal comma (dots are then thousands separators).
fn parse_nombre(texte: &str) -> Option<f64> {
    let texte = texte.trim().replace(' ', "");
    let normalise = if texte.contains(',') {
        texte.replace('.', "").replace(',', ".")
    } else {
        texte
    };
    normalise.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// Imports a CSV of points; the polygon is closed automatically.
///
/// Format: `;`-separated with a header row, columns `nom`, optional `description`, then `x`/`y` for a metric
/// system or `longitude`/`latitude` for a geographic one.
pub fn import_csv(octets: &[u8], systeme: GeoSystemeId) -> Result<Perimetre, PerimetreError> {
    let texte = decode(octets);
    let mut lecteur = csv::ReaderBuilder::new()
        .delimiter(b';')
        .flexible(true)
        .from_reader(texte.as_bytes());
    let entetes: Vec<String> = lecteur
        .headers()
        .map_err(|e| PerimetreError::LigneCsv {
            ligne: 1,
            raison: e.to_string(),
        })?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let colonne = |noms: &[&str]| entetes.iter().position(|h| noms.contains(&h.as_str()));
    let nom = colonne(&["nom", "nom du point"]).ok_or(PerimetreError::ColonneManquante("nom"))?;
    let description = colonne(&["description"]);
    let metrique = systeme.definition().unite == GeoUnite::Metre;
    let (cx, cy, noms) = if metrique {
        (
            colonne(&["x"]),
            colonne(&["y"]),
            "x et y (système métrique)",
        )
    } else {
        (
            colonne(&["longitude"]),
            colonne(&["latitude"]),
            "longitude et latitude (système géographique)",
        )
    };
    let (Some(cx), Some(cy)) = (cx, cy) else {
        return Err(PerimetreError::ColonneManquante(noms));
    };
    let mut points = Vec::new();
    for (index, enregistrement) in lecteur.records().enumerate() {
        let ligne = index + 2;
        let enregistrement = enregistrement.map_err(|e| PerimetreError::LigneCsv {
            ligne,
            raison: e.to_string(),
        })?;
        if enregistrement.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let champ = |i: usize| enregistrement.get(i).unwrap_or_default();
        let coordonnee = |i: usize, nom: &str| {
            parse_nombre(champ(i)).ok_or_else(|| PerimetreError::LigneCsv {
                ligne,
                raison: format!("{nom} « {} » n'est pas un nombre", champ(i)),
            })
        };
        let x = coordonnee(cx, &entetes[cx])?;
        let y = coordonnee(cy, &entetes[cy])?;
        let description = description
            .map(champ)
            .filter(|d| !d.trim().is_empty())
            .map(str::to_string);
        points.push((champ(nom).trim().to_string(), description, (x, y)));
    }
    if points.len() > POINTS_CSV_MAX {
        return Err(PerimetreError::TropDePoints(points.len()));
    }
    let coords: Vec<::geo::Coord<f64>> = points
        .iter()
        .map(|(_, _, (x, y))| ::geo::Coord { x: *x, y: *y })
        .collect();
    if coords.len() < 3 {
        return Err(PerimetreError::TropPeuDePoints);
    }
    let anneau = ::geo::LineString::new(coords);
    let origine = ::geo::MultiPolygon::new(vec![::geo::Polygon::new(anneau, vec![])]);
    build_perimetre(systeme, origine, points)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRIANGLE: &str = r#"{"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[
            [-52.54,4.22269896902571],[-52.55,4.22438936251509],[-52.55,4.24113309117193],[-52.54,4.22269896902571]]]}},
        {"type":"Feature","geometry":{"type":"Point","coordinates":[-52.54,4.22269896902571]},
         "properties":{"nom":"A","description":"Une description du point A"}}]}"#;

    // Surfaces of MTES-MCT/camino `api/rest/perimetre.test.integration.ts`.
    #[test]
    fn geojson_triangle_in_guyane_is_1_03_km2() {
        let perimetre = import_geojson(TRIANGLE, GeoSystemeId::Epsg4326).expect("périmètre valide");
        assert_eq!(perimetre.surface_km2, 1.03);
        assert_eq!(perimetre.points.len(), 1);
        assert_eq!(perimetre.points[0].nom, "A");
    }

    #[test]
    fn multipolygon_of_the_anchor_is_1_98_km2() {
        let json = r#"{"type":"MultiPolygon","coordinates":[
            [[[-53.81653184297778,4.8383872290879895],[-53.81322738755286,4.830006672894745],[-53.821573012562965,4.826728136167801],[-53.824850522367235,4.83511774986356],[-53.81653184297778,4.8383872290879895]]],
            [[[-53.81404550326657,4.827437097386464],[-53.81077723268214,4.819056328722645],[-53.81913190272548,4.81580496237806],[-53.82241815394934,4.824167494311766],[-53.81404550326657,4.827437097386464]]]]}"#;
        assert_eq!(
            import_geojson(json, GeoSystemeId::Epsg4326).map(|p| p.surface_km2),
            Ok(1.98)
        );
    }

    #[test]
    fn polygon_in_normandy_is_24_77_km2() {
        let json = r#"{"type":"Polygon","coordinates":[[[-0.559793682920957,48.69765481906163],[-0.50310099913386,48.66913554685156],[-0.503048663319543,48.66913708570969],[-0.463219575114003,48.64222035907392],[-0.489112853076211,48.63372706181441],[-0.504861007120728,48.632407377355996],[-0.520477872758127,48.63260449428472],[-0.551973282810394,48.664914859247844],[-0.567779909973754,48.6727797057878],[-0.565098757717653,48.68851259991904],[-0.559793682920957,48.69765481906163]]]}"#;
        assert_eq!(
            import_geojson(json, GeoSystemeId::Epsg4326).map(|p| p.surface_km2),
            Ok(24.77)
        );
    }

    #[test]
    fn utm_22n_triangle_is_93_09_km2() {
        let json = r#"{"type":"Polygon","coordinates":[[[4113587.1064621,6772028.066275262],[4132574.3236907134,6760333.001039797],[4102127.2736782786,6765797.543152926],[4113587.1064621,6772028.066275262]]]}"#;
        let perimetre = import_geojson(json, GeoSystemeId::Epsg2972).expect("périmètre valide");
        assert_eq!(perimetre.surface_km2, 93.09);
        let premier = perimetre.wgs84.0[0].exterior().0[0];
        assert!(
            (premier.x + 0.060576632).abs() < 1e-6 && (premier.y - 48.726347166).abs() < 1e-6,
            "{premier:?}"
        );
    }

    #[test]
    fn too_large_perimeter_is_refused() {
        let json = r#"{"type":"Polygon","coordinates":[[[-52.54,4.22269896902571],[0,0],[20,2],[-52.54,4.22269896902571]]]}"#;
        assert!(matches!(
            import_geojson(json, GeoSystemeId::Epsg4326),
            Err(PerimetreError::TropGrand(_))
        ));
    }

    #[test]
    fn malformed_geojson_names_the_feature() {
        let json = r#"{"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[-52.54,4.22],[-52.55,4.22]]]}}]}"#;
        let erreur = import_geojson(json, GeoSystemeId::Epsg4326).expect_err("anneau trop court");
        assert_eq!(
            erreur.to_string(),
            "entité 1 du GeoJSON : l'anneau 1 a 2 point(s), au moins 3 sont nécessaires"
        );
        assert!(matches!(
            import_geojson("Hey there!", GeoSystemeId::Epsg4326),
            Err(PerimetreError::GeoJsonInvalide(_))
        ));
    }

    #[test]
    fn csv_in_utm_22n_is_imported_and_refused_as_wgs84() {
        let csv = "Nom du point;Description;X;Y\nA;Point A;1051195.108314365847036;6867800.046355471946299\n\
                   B;Point B;1063526.397924559889361;6867885.978687250986695\nC;Point C;1061421.05579599016346;6865050.211738565005362";
        let perimetre = import_csv(csv.as_bytes(), GeoSystemeId::Epsg2972).expect("CSV valide");
        assert_eq!(perimetre.points.len(), 3);
        assert!(perimetre.surface_km2 > 0.0);
        assert_eq!(
            import_csv(csv.as_bytes(), GeoSystemeId::Epsg4326),
            Err(PerimetreError::ColonneManquante(
                "longitude et latitude (système géographique)"
            ))
        );
    }

    #[test]
    fn csv_with_decimal_commas_and_latin9_is_read() {
        let mut octets = b"Nom du point;Description;Longitude;Latitude\nA;;-52,54;4,22269896902571\nB;;-52,55;4,22438936251509\nC;Point ".to_vec();
        octets.extend_from_slice(&[0xE9, 0xE7, 0xA4]);
        octets.extend_from_slice(b";-52,55;4,24113309117193");
        let perimetre = import_csv(&octets, GeoSystemeId::Epsg4326).expect("CSV valide");
        assert_eq!(perimetre.surface_km2, 1.03);
        assert_eq!(
            perimetre.points[2].description.as_deref(),
            Some("Point éç€")
        );
    }

    #[test]
    fn csv_errors_name_the_line() {
        let csv = "nom;longitude;latitude\nA;-52.54;4.22\nB;abc;4.22\nC;-52.55;4.24";
        assert_eq!(
            import_csv(csv.as_bytes(), GeoSystemeId::Epsg4326),
            Err(PerimetreError::LigneCsv {
                ligne: 3,
                raison: "longitude « abc » n'est pas un nombre".to_string()
            })
        );
        let mut trop = String::from("nom;longitude;latitude\n");
        for i in 0..21 {
            trop.push_str(&format!("P{i};-52.{i};4.2{i}\n"));
        }
        assert_eq!(
            import_csv(trop.as_bytes(), GeoSystemeId::Epsg4326),
            Err(PerimetreError::TropDePoints(21))
        );
    }
}
