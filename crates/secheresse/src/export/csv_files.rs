//! `arretes.csv` and `restrictions.csv` in VigiEau's open-data columns (spec §4).
//!
//! Nested fields are dotted columns. For arrays of objects (`arrete_cadre.*`, `zones_alerte.*`) VigiEau's
//! json-2-csv expands each key into one column; the cell layout is not documented (spec: "to verify"), so each
//! such cell holds a JSON array of the values, in the order of the array: unambiguous and easy to read back.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use crate::domain::arrete::{ArreteCadre, ArreteRestriction};
use crate::domain::nomenclature::TypeZone;
use crate::domain::regle_gestion::{RegleGestionDatee, regle_au};
use crate::domain::restriction::{CibleRestriction, applicable_usages};
use crate::domain::zone_alerte::{CleZone, CodeDepartement, ZoneAlerte};
use crate::domain::zone_calculee::ZoneCalculee;
use crate::export::ExportError;

const ARRETES_COLUMNS: [&str; 24] = [
    "id",
    "numero",
    "date_debut",
    "date_signature",
    "date_fin",
    "statut",
    "departement",
    "chemin_fichier",
    "niveau_gravite_specifique_aep",
    "ressource_aep_communique",
    "arrete_cadre.id",
    "arrete_cadre.numero",
    "arrete_cadre.date_debut",
    "arrete_cadre.date_fin",
    "arrete_cadre.chemin_fichier",
    "zones_alerte.id",
    "zones_alerte.type",
    "zones_alerte.code",
    "zones_alerte.nom",
    "zones_alerte.niveau_gravite",
    "zones_alerte.id_sandre",
    "zones_alerte.communes",
    "regle_gestion",
    "date_fin_calculee",
];

/// Writes `arretes.csv`.
///
/// One row per arrêté de restriction, with its arrêtés cadres and zones (type `AEP` for
/// AEP groups) and the department's rule of gestion in force at the arrêté's start. `date_fin` is the
/// effective end; `date_fin_calculee` tells when it comes from a repeal (an addition to VigiEau's columns,
/// placed last so that positional readers keep working).
pub fn write_arretes_csv(
    arretes: &[ArreteRestriction],
    cadres: &[ArreteCadre],
    zones: &[ZoneAlerte],
    regles: &BTreeMap<CodeDepartement, Vec<RegleGestionDatee>>,
) -> Result<Vec<u8>, ExportError> {
    let zones_by_key: BTreeMap<CleZone, &ZoneAlerte> =
        zones.iter().map(|zone| (zone.cle(), zone)).collect();
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(ARRETES_COLUMNS)?;
    let date =
        |date: Option<chrono::NaiveDate>| date.map(|date| date.to_string()).unwrap_or_default();
    for arrete in arretes {
        let linked: Vec<&ArreteCadre> = arrete
            .arretes_cadre
            .iter()
            .filter_map(|id| cadres.iter().find(|cadre| cadre.id == *id))
            .collect();
        let column = |values: Vec<Value>| Value::Array(values).to_string();
        let mut zone_columns: [Vec<Value>; 7] = Default::default();
        for restriction in &arrete.restrictions {
            let (type_zone, code, nom, id_sandre, communes) = match &restriction.cible {
                CibleRestriction::Zone { zone, .. } => {
                    let known = zones_by_key.get(zone);
                    (
                        zone.type_zone,
                        zone.code.clone(),
                        known.map(|zone| zone.nom.clone()).unwrap_or_default(),
                        known.and_then(|zone| zone.id_sandre),
                        Vec::new(),
                    )
                }
                CibleRestriction::GroupementAep { nom, communes } => (
                    TypeZone::Aep,
                    String::new(),
                    nom.clone(),
                    None,
                    communes
                        .iter()
                        .map(|commune| commune.as_str().to_owned())
                        .collect(),
                ),
            };
            // Our zones have no surrogate id: `zones_alerte.id` carries the Sandre id, as `id_sandre` does.
            let values = [
                json!(id_sandre),
                json!(type_zone.code()),
                json!(code),
                json!(nom),
                json!(restriction.niveau.code()),
                json!(id_sandre),
                json!(communes),
            ];
            for (slot, value) in zone_columns.iter_mut().zip(values) {
                slot.push(value);
            }
        }
        let regle = arrete
            .date_debut
            .and_then(|debut| {
                regle_au(
                    regles
                        .get(&arrete.departement)
                        .map_or(&[][..], Vec::as_slice),
                    debut,
                )
            })
            .map(|regle| regle.code().to_owned())
            .unwrap_or_default();
        let [
            zone_id,
            zone_type,
            zone_code,
            zone_nom,
            zone_niveau,
            zone_sandre,
            zone_communes,
        ] = zone_columns;
        let record = [
            arrete.id.to_string(),
            arrete.numero.clone(),
            date(arrete.date_debut),
            date(arrete.date_signature),
            date(arrete.fin.effective()),
            arrete.statut.code().to_owned(),
            arrete.departement.as_str().to_owned(),
            arrete.fichier.clone().unwrap_or_default(),
            arrete.niveau_gravite_specifique_eap.to_string(),
            arrete
                .ressource_eap_communique
                .map(|ressource| ressource.code().to_owned())
                .unwrap_or_default(),
            column(linked.iter().map(|cadre| json!(cadre.id)).collect()),
            column(linked.iter().map(|cadre| json!(cadre.numero)).collect()),
            column(
                linked
                    .iter()
                    .map(|cadre| json!(cadre.date_debut.map(|d| d.to_string())))
                    .collect(),
            ),
            column(
                linked
                    .iter()
                    .map(|cadre| json!(cadre.date_fin.map(|d| d.to_string())))
                    .collect(),
            ),
            column(linked.iter().map(|cadre| json!(cadre.fichier)).collect()),
            column(zone_id),
            column(zone_type),
            column(zone_code),
            column(zone_nom),
            column(zone_niveau),
            column(zone_sandre),
            column(zone_communes),
            regle,
            date(arrete.fin.calculee),
        ];
        writer.write_record(&record)?;
    }
    writer
        .into_inner()
        .map_err(|error| ExportError::Tampon(error.to_string()))
}

const RESTRICTIONS_COLUMNS: [&str; 13] = [
    "zone.nom",
    "zone.type",
    "zone.departement",
    "niveau_gravite",
    "arrete.id",
    "arrete.numero",
    "usage.u.nom",
    "usage.u.thematique",
    "usage.u.concerne_particulier",
    "usage.u.concerne_entreprise",
    "usage.u.concerne_collectivite",
    "usage.u.concerne_exploitation",
    "usage.u.description",
];

/// Writes `restrictions.csv`.
///
/// One row per (published zone, usage), usages filtered by the zone's water type and
/// described by the text of its level (the `.u.` in the column names is VigiEau's). Texts keep their CRLF.
pub fn write_restrictions_csv(zones: &[ZoneCalculee]) -> Result<Vec<u8>, ExportError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(RESTRICTIONS_COLUMNS)?;
    for zone in zones {
        for applicable in applicable_usages(&zone.usages, zone.niveau, zone.zone.type_zone, None) {
            let usage = applicable.usage;
            writer.write_record([
                zone.zone.nom.as_str(),
                zone.zone.type_zone.code(),
                zone.zone
                    .departement
                    .as_ref()
                    .map_or("", |code| code.as_str()),
                zone.niveau.code(),
                &zone.arrete.id.map(|id| id.to_string()).unwrap_or_default(),
                zone.arrete.numero.as_deref().unwrap_or(""),
                usage.nom.as_str(),
                usage.thematique.nom(),
                bool_text(usage.concerne.particulier),
                bool_text(usage.concerne.entreprise),
                bool_text(usage.concerne.collectivite),
                bool_text(usage.concerne.exploitation),
                applicable.description,
            ])?;
        }
    }
    writer
        .into_inner()
        .map_err(|error| ExportError::Tampon(error.to_string()))
}

fn bool_text(value: bool) -> &'static str {
    if value { "true" } else { "false" }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::arrete::FinArrete;
    use crate::domain::nomenclature::{NiveauGravite, RessourceEap, StatutArrete, Thematique};
    use crate::domain::regle_gestion::RegleGestion;
    use crate::domain::restriction::{
        ConcerneEaux, ConcerneProfils, DescriptionsNiveaux, Restriction, Usage,
    };
    use crate::domain::zone_alerte::CodeInsee;
    use crate::domain::zone_calculee::ArreteApplique;

    fn departement() -> CodeDepartement {
        CodeDepartement::parse("34").expect("valid department")
    }

    fn read(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
        let mut reader = csv::Reader::from_reader(bytes);
        let headers = reader
            .headers()
            .expect("headers")
            .iter()
            .map(str::to_owned)
            .collect();
        let rows = reader
            .records()
            .map(|row| row.expect("row").iter().map(str::to_owned).collect())
            .collect();
        (headers, rows)
    }

    #[test]
    fn arretes_csv_lists_zones_groups_and_the_rule_in_force_at_the_start() {
        let zone = ZoneAlerte {
            id_sandre: Some(1201),
            code: "76_34_0011".to_owned(),
            nom: "Orb, aval".to_owned(),
            type_zone: TypeZone::Sup,
            numero_version: Some(2),
            departement: Some(departement()),
            ressource_influencee: false,
            disabled: false,
            geometrie: None,
        };
        let arrete = ArreteRestriction {
            id: 34668,
            numero: "2024-04".to_owned(),
            date_signature: chrono::NaiveDate::from_ymd_opt(2024, 4, 15),
            date_debut: chrono::NaiveDate::from_ymd_opt(2024, 4, 16),
            fin: FinArrete::saisie(chrono::NaiveDate::from_ymd_opt(2024, 4, 30)),
            statut: StatutArrete::Abroge,
            fichier: Some("ar.pdf".to_owned()),
            niveau_gravite_specifique_eap: false,
            ressource_eap_communique: Some(RessourceEap::Max),
            departement: departement(),
            arretes_cadre: vec![7],
            arrete_restriction_abroge: None,
            restrictions: vec![
                Restriction {
                    cible: CibleRestriction::Zone {
                        zone: zone.cle(),
                        arrete_cadre_id: 7,
                    },
                    niveau: NiveauGravite::AlerteRenforcee,
                    usages: Vec::new(),
                },
                Restriction {
                    cible: CibleRestriction::GroupementAep {
                        nom: "Têt aval".to_owned(),
                        communes: vec![CodeInsee::parse("34148").expect("valid code")],
                    },
                    niveau: NiveauGravite::Crise,
                    usages: Vec::new(),
                },
            ],
        };
        let cadre = ArreteCadre {
            id: 7,
            numero: "AC-34".to_owned(),
            date_debut: chrono::NaiveDate::from_ymd_opt(2024, 1, 1),
            date_fin: None,
            statut: StatutArrete::Publie,
            fichier: None,
            departement_pilote: departement(),
            departements: vec![departement()],
            zones: Vec::new(),
            usages: Vec::new(),
            arrete_cadre_abroge: None,
        };
        let regles = BTreeMap::from([(
            departement(),
            vec![RegleGestionDatee {
                regle: RegleGestion::YesDistinct,
                date_debut: chrono::NaiveDate::from_ymd_opt(2024, 4, 1).expect("date"),
                date_fin: None,
                disabled: false,
            }],
        )]);
        let bytes = write_arretes_csv(&[arrete], &[cadre], &[zone], &regles).expect("written");
        let (headers, rows) = read(&bytes);
        assert_eq!(headers, ARRETES_COLUMNS);
        let cell = |name: &str| {
            rows[0][headers
                .iter()
                .position(|header| header == name)
                .expect("column")]
            .clone()
        };
        assert_eq!(cell("arrete_cadre.numero"), r#"["AC-34"]"#);
        assert_eq!(cell("zones_alerte.type"), r#"["SUP","AEP"]"#);
        assert_eq!(cell("zones_alerte.nom"), r#"["Orb, aval","Têt aval"]"#);
        assert_eq!(
            cell("zones_alerte.niveau_gravite"),
            r#"["alerte_renforcee","crise"]"#
        );
        assert_eq!(cell("zones_alerte.communes"), r#"[[],["34148"]]"#);
        assert_eq!(cell("regle_gestion"), "yes_distinct");
        assert_eq!(cell("date_fin"), "2024-04-30");
        assert_eq!(cell("ressource_aep_communique"), "max");
    }

    #[test]
    fn restrictions_csv_filters_by_water_type_and_keeps_crlf() {
        let usage = |nom: &str, eaux: ConcerneEaux| Usage {
            id: None,
            nom: nom.to_owned(),
            thematique: Thematique::Nettoyer,
            concerne: ConcerneProfils::TOUS,
            eaux,
            descriptions: DescriptionsNiveaux {
                crise: Some("Interdit.\r\nSauf sécurité.".to_owned()),
                ..DescriptionsNiveaux::default()
            },
        };
        let zone = ZoneCalculee {
            id: 1,
            zone: ZoneAlerte {
                id_sandre: None,
                code: "Z".to_owned(),
                nom: "Nappe".to_owned(),
                type_zone: TypeZone::Sou,
                numero_version: None,
                departement: Some(departement()),
                ressource_influencee: false,
                disabled: false,
                geometrie: None,
            },
            departement_nom: None,
            niveau: NiveauGravite::Crise,
            arrete: ArreteApplique {
                id: Some(5),
                numero: Some("AR-5".to_owned()),
                ..ArreteApplique::default()
            },
            usages: vec![
                usage("Lavage des voitures", ConcerneEaux::default()),
                usage(
                    "Vidange des étangs",
                    ConcerneEaux {
                        esu: true,
                        eso: false,
                        aep: false,
                    },
                ),
            ],
            communes: Vec::new(),
        };
        let (headers, rows) = read(&write_restrictions_csv(&[zone]).expect("written"));
        assert_eq!(headers, RESTRICTIONS_COLUMNS);
        assert_eq!(
            rows.len(),
            1,
            "the surface-water-only usage is not listed for a SOU zone"
        );
        assert_eq!(rows[0][6], "Lavage des voitures");
        assert_eq!(rows[0][12], "Interdit.\r\nSauf sécurité.");
        assert_eq!(rows[0][3], "crise");
    }
}
