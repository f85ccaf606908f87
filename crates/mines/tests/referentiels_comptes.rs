//! Acceptance: the reference tables hold the counts of the spec (§3.1, §5) and agree with the shared data.

use crate::commun;

use mines::referentiels::*;

#[test]
fn reference_tables_have_the_spec_counts() {
    assert_eq!(DomaineId::ALL.len(), 8);
    assert_eq!(TitreNatureId::ALL.len(), 8);
    assert_eq!(TitreTypeId::ALL.len(), 31);
    assert_eq!(TitreStatutId::ALL.len(), 7);
    assert_eq!(DemarcheTypeId::ALL.len(), 23);
    assert_eq!(DemarcheStatutId::ALL.len(), 13);
    assert_eq!(EtapeTypeId::ALL.len(), 110);
    assert_eq!(EtapeStatutId::ALL.len(), 18);
    assert_eq!(ETAPES_TYPES_ETAPES_STATUTS.len(), 160);
    assert_eq!(TITRES_TYPES_DEMARCHES_TYPES_ETAPES_TYPES.len(), 307);
    assert_eq!(TITRES_TYPES_TITRES_STATUTS_PUBLIC_LECTURE.len(), 135);
    assert_eq!(SUBSTANCES_LEGALES.len(), 202);
    assert_eq!(
        SUBSTANCES_LEGALES
            .iter()
            .filter(|s| !s.parents.is_empty())
            .count(),
        23
    );
    assert_eq!(SUBSTANCES_FISCALES.len(), 33);
    assert_eq!(GeoSystemeId::ALL.len(), 24);
    assert_eq!(ActiviteTypeId::ALL.len(), 8);
    assert_eq!(ADMINISTRATIONS.len(), 130);
    assert_eq!(DOCUMENTS_TYPES.len(), 96);
    assert_eq!(ReferenceTypeId::ALL.len(), 10);
}

#[test]
fn etape_type_flags_match_the_spec() {
    let fondamentales = ETAPES_TYPES.iter().filter(|e| e.fondamentale).count();
    assert_eq!(fondamentales, 25);
    let retirees: Vec<(&str, &str)> = ETAPES_TYPES
        .iter()
        .filter_map(|e| e.date_fin.map(|d| (e.id.as_str(), d)))
        .collect();
    for attendu in [
        ("men", "2018-01-01"),
        ("def", "2018-10-22"),
        ("ihi", "2018-12-31"),
        ("meo", "2020-01-01"),
    ] {
        assert!(retirees.contains(&attendu), "{attendu:?} dans {retirees:?}");
    }
    // Every titre type has an octroi; ARM, AXM and PRM octroi allow 42, 28 and 36 étape types.
    for titre_type in TitreTypeId::ALL {
        assert!(
            !etapes_types_autorises(titre_type, DemarcheTypeId::Oct).is_empty(),
            "{titre_type:?}"
        );
    }
    assert_eq!(
        etapes_types_autorises(TitreTypeId::Arm, DemarcheTypeId::Oct).len(),
        42
    );
    assert_eq!(
        etapes_types_autorises(TitreTypeId::Axm, DemarcheTypeId::Oct).len(),
        28
    );
    assert_eq!(
        etapes_types_autorises(TitreTypeId::Prm, DemarcheTypeId::Oct).len(),
        36
    );
}

#[test]
fn administrations_and_lookups_are_consistent() {
    assert!(administration(DGTM_GUYANE).is_some());
    let prefectures = ADMINISTRATIONS
        .iter()
        .filter(|a| a.type_id == "pre")
        .count();
    assert_eq!(prefectures, 101);
    assert_eq!(
        substance_fiscale("auru").and_then(|s| s.calcul_unite_id),
        Some("mkg")
    );
    assert!(substance_legale("auru").is_some());
    assert!(document_type("aut").is_some());
    assert!(is_etape_statut_valide(EtapeTypeId::Mfr, EtapeStatutId::Fai));
    assert!(!is_etape_statut_valide(
        EtapeTypeId::Mfr,
        EtapeStatutId::Rej
    ));
    assert_eq!(GeoSystemeId::Epsg4807.definition().unite, GeoUnite::Grade);
    for id in TitreTypeId::ALL {
        assert_eq!(TitreTypeId::from_id(id.as_str()), Some(id));
    }
}

/// The generated ids agree with the shared JSON, one by one (beyond the counts).
#[test]
fn generated_ids_round_trip_through_the_json_file() {
    let Some(dir) = commun::shared_data_dir() else {
        return;
    };
    let json = std::fs::read_to_string(dir.join("camino-referentiels.json")).expect("lecture");
    let valeur: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    for etape in valeur["etapesTypes"].as_array().expect("étapes") {
        let id = etape["id"].as_str().expect("id");
        let type_id = EtapeTypeId::from_id(id).expect("type connu");
        assert_eq!(
            type_id.definition().public_lecture,
            etape["public_lecture"].as_bool().unwrap_or(false),
            "{id}"
        );
    }
}
