//! Acceptance: `perimeter-matching-fixture.json` gives exactly its expected counts for every
//! searched perimeter, through the real search index.

use crate::common;

use std::collections::HashMap;
use std::sync::Arc;

use aides::perimetres::{Perimetre, PerimetreId, PerimetreRef, Perimetres};
use aides::referentiels::Echelle;
use aides::search::{Query, build};
use serde_json::Value;

#[test]
fn fixture_counts_hold_for_every_searched_perimeter() {
    let Some(dir) = common::donnees("fixture_counts_hold_for_every_searched_perimeter") else {
        return;
    };
    let fixture: Value =
        serde_json::from_str(&common::lire(&dir, "perimeter-matching-fixture.json"))
            .expect("fixture");
    let entrees = fixture["perimeters"].as_array().expect("perimeters");

    // Parents first: a perimeter is added once everything it is contained in exists.
    let mut graphe = Perimetres::vide();
    let mut par_cle: HashMap<String, PerimetreId> = HashMap::new();
    let mut restants: Vec<&Value> = entrees.iter().collect();
    while !restants.is_empty() {
        let avant = restants.len();
        restants.retain(|entree| {
            let parents: Option<Vec<PerimetreId>> = entree["contained_in"]
                .as_array()
                .expect("contained_in")
                .iter()
                .map(|k| par_cle.get(k.as_str().unwrap_or_default()).copied())
                .collect();
            let Some(parents) = parents else { return true };
            let echelle =
                Echelle::from_code(entree["scale"].as_str().unwrap_or_default()).expect("échelle");
            let perimetre = Perimetre::new(
                echelle,
                entree["code"].as_str().unwrap_or_default(),
                entree["name"].as_str().unwrap_or_default(),
            );
            let id = graphe.ajouter(perimetre, &parents).expect("ajout");
            par_cle.insert(entree["key"].as_str().unwrap_or_default().to_owned(), id);
            false
        });
        assert!(restants.len() < avant, "cycle dans la fixture");
    }
    let graphe = Arc::new(graphe);

    let mut aides = Vec::new();
    for (cle, nombre) in fixture["published_open_aid_count_by_perimeter"]
        .as_object()
        .expect("aides")
    {
        for _ in 0..nombre.as_u64().expect("nombre") {
            let id = aides.len() as u64 + 1;
            aides.push(common::aide_publiee(
                id,
                &format!("Aide {cle} {id}"),
                Some(par_cle[cle]),
            ));
        }
    }
    assert_eq!(aides.len(), 120);
    let index = build(&aides, graphe.clone(), common::catalogue()).expect("index");

    let mut verifies = 0;
    for section in [
        "expected_result_count_by_searched_perimeter",
        "extra_computed_counts_same_rule",
    ] {
        for (cle, attendu) in fixture[section].as_object().expect("attendus") {
            let query = Query {
                perimetre: Some(PerimetreRef::Id(par_cle[cle])),
                taille: 1000,
                ..Query::default()
            };
            let resultats = index.search(&query).expect("recherche");
            assert_eq!(
                resultats.total as u64,
                attendu.as_u64().expect("attendu"),
                "{cle}"
            );
            // The rule itself, checked aid by aid, agrees with the index.
            let par_regle = aides
                .iter()
                .filter(|a| graphe.correspond(a.perimeter.expect("périmètre"), par_cle[cle]))
                .count();
            assert_eq!(par_regle, resultats.total, "{cle} (règle)");
            verifies += 1;
        }
    }
    assert_eq!(verifies, 18);
}
