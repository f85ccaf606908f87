//! Generator and freshness check of `src/referentiels/generated.rs`, the committed copy of
//! `aides-territoires-enumerations.json`.
//!
//! `FABRIQUE_REGENERATE_REFERENTIELS=1 cargo test -p aides --test integration referentiels_generes` rewrites the
//! file; without it the test fails when the committed copy differs from what the JSON gives.

use crate::common;
use crate::generateur;

use generateur::{GENERATED, generate, object, text};
use serde_json::{Map, Value};

#[test]
fn generated_referentials_match_the_enumerations_json() {
    let Some(dir) = common::donnees("generated_referentials_match_the_enumerations_json") else {
        return;
    };
    let json: Value =
        serde_json::from_str(&common::lire(&dir, "aides-territoires-enumerations.json"))
            .expect("JSON des énumérations");
    let expected = generate(&json);
    if std::env::var("FABRIQUE_REGENERATE_REFERENTIELS").as_deref() == Ok("1") {
        std::fs::write(GENERATED, &expected).expect("écriture de generated.rs");
        return;
    }
    let committed = std::fs::read_to_string(GENERATED).unwrap_or_default();
    assert!(
        committed == expected,
        "src/referentiels/generated.rs est périmé: relancer avec FABRIQUE_REGENERATE_REFERENTIELS=1"
    );
}

/// Every code of the JSON parses to a value whose code and label are the JSON's.
#[test]
fn every_json_code_round_trips_through_the_rust_enums() {
    use aides::referentiels::*;
    let Some(dir) = common::donnees("every_json_code_round_trips_through_the_rust_enums") else {
        return;
    };
    let json: Value =
        serde_json::from_str(&common::lire(&dir, "aides-territoires-enumerations.json"))
            .expect("JSON des énumérations");
    fn check<T: Copy + std::fmt::Debug>(
        map: &Map<String, Value>,
        parse: fn(&str) -> Option<T>,
        code: fn(T) -> &'static str,
        label: fn(T) -> &'static str,
        count: usize,
    ) {
        let entries: Vec<_> = map
            .iter()
            .filter(|(k, v)| !k.starts_with('_') && v.is_string())
            .collect();
        assert_eq!(entries.len(), count, "nombre de codes");
        for (key, value) in entries {
            let parsed = parse(key).unwrap_or_else(|| panic!("code {key} inconnu"));
            assert_eq!(code(parsed), key);
            assert_eq!(label(parsed), text(value));
        }
    }
    check(
        object(&json, &["aid_status"]),
        StatutAide::from_code,
        StatutAide::code,
        StatutAide::label,
        StatutAide::ALL.len(),
    );
    let mut audiences = object(&json, &["targeted_audiences", "collectivites"]).clone();
    audiences.extend(object(&json, &["targeted_audiences", "autres"]).clone());
    check(
        &audiences,
        Public::from_code,
        Public::code,
        Public::label,
        Public::ALL.len(),
    );
    for (code, slug) in object(&json, &["targeted_audiences", "symfony_slugs"]) {
        assert_eq!(
            Public::from_code(text(slug)).map(Public::code),
            Some(code.as_str())
        );
    }
    for (code, slug) in object(&json, &["aid_types", "symfony_slugs"]) {
        let as_type = TypeAide::from_code(text(slug)).map(TypeAide::code);
        let as_group = GroupeTypeAide::from_code(text(slug)).map(GroupeTypeAide::code);
        assert_eq!(as_type.or(as_group), Some(code.as_str()));
    }
    check(
        object(&json, &["mobilization_steps"]),
        EtapeMobilisation::from_code,
        EtapeMobilisation::code,
        EtapeMobilisation::label,
        3,
    );
    check(
        object(&json, &["destinations"]),
        Destination::from_code,
        Destination::code,
        Destination::label,
        2,
    );
    check(
        object(&json, &["recurrence"]),
        Recurrence::from_code,
        Recurrence::code,
        Recurrence::label,
        3,
    );
    check(
        object(&json, &["order_by"]),
        Tri::from_code,
        Tri::code,
        Tri::label,
        3,
    );
    check(
        object(&json, &["intercommunality_types"]),
        TypeIntercommunalite::from_code,
        TypeIntercommunalite::code,
        TypeIntercommunalite::label,
        8,
    );
    for (weight, pair) in object(&json, &["perimeter_scales"]) {
        let echelle = Echelle::from_code(text(&pair[0])).expect("échelle");
        assert_eq!(echelle.poids().to_string(), *weight);
        assert_eq!(echelle.label(), text(&pair[1]));
    }
    assert_eq!(
        JOURS_ECHEANCE_PROCHE,
        json["approaching_deadline_days"].as_i64().expect("jours")
    );
}
