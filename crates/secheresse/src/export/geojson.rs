//! `zones_arretes_en_vigueur.geojson`: the published zones with their level, arrêté and usages.

use geo::MultiPolygon;
use serde_json::{Map, Value, json};

use crate::domain::zone_calculee::ZoneCalculee;
use crate::export::ExportError;

/// Writes the published zones as VigiEau's `zones_arretes_en_vigueur.geojson`.
///
/// Each usage carries the text of
/// the zone's level as `description`; a zone without geometry is written with `coordinates: []`, as VigiEau does.
pub fn write_zones_geojson(zones: &[ZoneCalculee]) -> Result<Vec<u8>, ExportError> {
    let features: Vec<Value> = zones.iter().map(feature).collect();
    Ok(serde_json::to_vec(
        &json!({ "type": "FeatureCollection", "features": features }),
    )?)
}

fn feature(zone: &ZoneCalculee) -> Value {
    let arrete = &zone.arrete;
    let date = |date: Option<chrono::NaiveDate>| date.map(|date| date.to_string());
    let restrictions: Vec<Value> = zone
        .usages
        .iter()
        .map(|usage| {
            json!({
                "id": usage.id,
                "nom": usage.nom,
                "thematique": usage.thematique.nom(),
                "concerneParticulier": usage.concerne.particulier,
                "concerneEntreprise": usage.concerne.entreprise,
                "concerneCollectivite": usage.concerne.collectivite,
                "concerneExploitation": usage.concerne.exploitation,
                "concerneEso": usage.eaux.eso,
                "concerneEsu": usage.eaux.esu,
                "concerneAep": usage.eaux.aep,
                "description": usage.descriptions.pour(zone.niveau),
            })
        })
        .collect();
    let mut properties = Map::new();
    properties.insert("id".to_owned(), json!(zone.id));
    properties.insert("idSandre".to_owned(), json!(zone.zone.id_sandre));
    properties.insert("nom".to_owned(), json!(zone.zone.nom));
    properties.insert("code".to_owned(), json!(zone.zone.code));
    properties.insert("type".to_owned(), json!(zone.zone.type_zone.code()));
    properties.insert(
        "ressourceInfluencee".to_owned(),
        json!(zone.zone.ressource_influencee),
    );
    properties.insert("niveauGravite".to_owned(), json!(zone.niveau.code()));
    properties.insert(
        "departement".to_owned(),
        json!({ "code": zone.zone.departement.as_ref().map(|code| code.as_str()), "nom": zone.departement_nom }),
    );
    properties.insert(
        "arreteRestriction".to_owned(),
        json!({
            "id": arrete.id,
            "numero": arrete.numero,
            "dateDebut": date(arrete.date_debut),
            "dateFin": date(arrete.date_fin),
            "dateSignature": date(arrete.date_signature),
            "fichier": arrete.chemin_fichier.as_ref().map(|url| json!({ "url": url })),
        }),
    );
    properties.insert("restrictions".to_owned(), Value::Array(restrictions));
    json!({
        "type": "Feature",
        "properties": properties,
        "geometry": geometrie_value(zone.zone.geometrie.as_ref()),
    })
}

/// A geometry as a GeoJSON `MultiPolygon` object (`coordinates: []` when there is none), as the module stores
/// zones and as its map layers write them.
pub fn geometrie_value(geometry: Option<&MultiPolygon<f64>>) -> Value {
    json!({ "type": "MultiPolygon", "coordinates": coordinates(geometry) })
}

fn coordinates(geometry: Option<&MultiPolygon<f64>>) -> Value {
    let Some(geometry) = geometry else {
        return Value::Array(Vec::new());
    };
    Value::Array(
        geometry
            .0
            .iter()
            .map(|polygon| {
                Value::Array(
                    std::iter::once(polygon.exterior())
                        .chain(polygon.interiors())
                        .map(|ring| {
                            Value::Array(
                                ring.0
                                    .iter()
                                    .map(|coord| json!([coord.x, coord.y]))
                                    .collect(),
                            )
                        })
                        .collect(),
                )
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::nomenclature::{NiveauGravite, Thematique, TypeZone};
    use crate::domain::restriction::{ConcerneEaux, ConcerneProfils, DescriptionsNiveaux, Usage};
    use crate::domain::zone_alerte::{CodeDepartement, ZoneAlerte};
    use crate::domain::zone_calculee::ArreteApplique;
    use crate::import::parse_zones_geojson;
    use geo::polygon;

    fn zone(id: i64, geometrie: Option<MultiPolygon<f64>>) -> ZoneCalculee {
        ZoneCalculee {
            id,
            zone: ZoneAlerte {
                id_sandre: Some(77),
                code: "76_34_0011".to_owned(),
                nom: "Orb aval, l''Escaut".to_owned(),
                type_zone: TypeZone::Sup,
                numero_version: None,
                departement: CodeDepartement::parse("34").ok(),
                ressource_influencee: false,
                disabled: false,
                geometrie,
            },
            departement_nom: Some("Hérault".to_owned()),
            niveau: NiveauGravite::AlerteRenforcee,
            arrete: ArreteApplique {
                id: Some(34668),
                numero: Some("2024-04".to_owned()),
                date_debut: chrono::NaiveDate::from_ymd_opt(2024, 4, 16),
                date_fin: None,
                date_signature: chrono::NaiveDate::from_ymd_opt(2024, 4, 15),
                chemin_fichier: Some("https://example.invalid/ar.pdf".to_owned()),
                chemin_fichier_arrete_cadre: None,
            },
            usages: vec![Usage {
                id: Some(9),
                nom: "Arrosage des pelouses".to_owned(),
                thematique: Thematique::Arroser,
                concerne: ConcerneProfils {
                    particulier: true,
                    ..ConcerneProfils::default()
                },
                eaux: ConcerneEaux {
                    esu: true,
                    eso: false,
                    aep: true,
                },
                descriptions: DescriptionsNiveaux {
                    alerte_renforcee: Some("Interdit\r\nde 8 h à 20 h".to_owned()),
                    ..DescriptionsNiveaux::default()
                },
            }],
            communes: Vec::new(),
        }
    }

    #[test]
    fn export_then_import_gives_the_same_zones() {
        let square = MultiPolygon(vec![
            polygon![(x: 3.0, y: 43.0), (x: 3.1, y: 43.0), (x: 3.1, y: 43.1), (x: 3.0, y: 43.1)],
        ]);
        let zones = vec![zone(1, Some(square)), zone(2, None)];
        let bytes = write_zones_geojson(&zones).expect("written");
        let back: Vec<ZoneCalculee> = parse_zones_geojson(&bytes)
            .expect("readable")
            .into_iter()
            .filter_map(crate::import::ZoneImportee::into_zone_calculee)
            .collect();
        assert_eq!(back, zones);
    }
}
