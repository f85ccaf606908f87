//! Acceptance: the fiscal cases of `fiscalite-matrices.cas.json` (DGFiP matrices 2022 and 2023) reproduce every
//! expected line numerically.

use crate::commun;

use std::collections::BTreeMap;

use mines::domain::decimal::Decimal;
use mines::domain::etape::{CommuneId, EntrepriseId, TitreId};
use mines::domain::fiscalite::{
    CategorieEntreprise, EntreesFiscalite, TitreFiscal, matrices_lines,
};
use serde_json::Value;

fn decimal(value: &Value) -> Decimal {
    match value {
        Value::Number(n) => Decimal::from_f64(n.as_f64().expect("nombre")).expect("décimal"),
        Value::String(s) => s.parse().expect("décimal"),
        _ => Decimal::ZERO,
    }
}

fn ids(value: &Value) -> Vec<EntrepriseId> {
    value
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(EntrepriseId::from)
                .collect()
        })
        .unwrap_or_default()
}

fn entrees(cas: &Value) -> EntreesFiscalite {
    let e = &cas["entries"];
    let annee = match &e["annee"] {
        Value::String(s) => s.parse().expect("année"),
        v => v.as_i64().expect("année") as i32,
    };
    let mut production: BTreeMap<TitreId, Decimal> = BTreeMap::new();
    for activite in e["activitesAnnuelles"]
        .as_array()
        .expect("activités annuelles")
    {
        let titre = TitreId::from(activite["titreId"].as_str().expect("titreId"));
        let valeur = decimal(&activite["contenu"]["substancesFiscales"]["auru"]);
        let total = production.entry(titre).or_insert(Decimal::ZERO);
        *total = *total + valeur;
    }
    let mut investissements: BTreeMap<TitreId, Decimal> = BTreeMap::new();
    for activite in e["activitesTrimestrielles"]
        .as_array()
        .expect("activités trimestrielles")
    {
        let titre = TitreId::from(activite["titreId"].as_str().expect("titreId"));
        let valeur = decimal(&activite["contenu"]["renseignements"]["environnement"]);
        let total = investissements.entry(titre).or_insert(Decimal::ZERO);
        *total = *total + valeur;
    }
    let titres = e["titres"]
        .as_array()
        .expect("titres")
        .iter()
        .map(|t| TitreFiscal {
            id: TitreId::from(t["id"].as_str().expect("id")),
            titulaires: ids(&t["titulaireIds"]),
            amodiataires: ids(&t["amodiataireIds"]),
            communes: t["communes"]
                .as_array()
                .map(|c| {
                    c.iter()
                        .map(|c| {
                            (
                                CommuneId::from(c["id"].as_str().expect("commune")),
                                decimal(&c["surface"]),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default(),
        })
        .collect();
    let entreprises = e["entreprises"]
        .as_array()
        .expect("entreprises")
        .iter()
        .map(|en| {
            let categorie = match en["categorie"].as_str() {
                Some("PME") => CategorieEntreprise::Pme,
                Some("ETI") => CategorieEntreprise::Eti,
                Some("GE") => CategorieEntreprise::Ge,
                _ => CategorieEntreprise::Inconnue,
            };
            (
                EntrepriseId::from(en["id"].as_str().expect("id")),
                categorie,
            )
        })
        .collect();
    EntreesFiscalite {
        annee,
        titres,
        production,
        investissements,
        entreprises,
    }
}

#[test]
fn fiscal_matrices_reproduce_every_expected_line() {
    let Some(dir) = commun::shared_data_dir() else {
        return;
    };
    let json = std::fs::read_to_string(dir.join("fiscalite-matrices.cas.json")).expect("lecture");
    let cas: Vec<Value> = serde_json::from_str(&json).expect("JSON valide");
    let mut total = 0;
    for c in &cas {
        let lignes = matrices_lines(&entrees(c)).expect("calcul des matrices");
        let attendues = c["expected"].as_array().expect("lignes attendues");
        assert_eq!(
            lignes.len(),
            attendues.len(),
            "nombre de lignes de {}",
            c["entries"]["annee"]
        );
        for (ligne, attendue) in lignes.iter().zip(attendues) {
            let contexte = format!("ligne {} de {}", ligne.index, c["entries"]["annee"]);
            let f = &attendue["fiscalite"];
            let g = &f["guyane"];
            for (calcule, attendu, nom) in [
                (
                    ligne.quantite_or_extrait,
                    &attendue["quantiteOrExtrait"],
                    "quantiteOrExtrait",
                ),
                (
                    ligne.redevance_communale,
                    &f["redevanceCommunale"],
                    "redevanceCommunale",
                ),
                (
                    ligne.redevance_departementale,
                    &f["redevanceDepartementale"],
                    "redevanceDepartementale",
                ),
                (
                    ligne.taxe_aurifere_brute,
                    &g["taxeAurifereBrute"],
                    "taxeAurifereBrute",
                ),
                (
                    ligne.total_investissements_deduits,
                    &g["totalInvestissementsDeduits"],
                    "totalInvestissementsDeduits",
                ),
                (ligne.taxe_aurifere, &g["taxeAurifere"], "taxeAurifere"),
                (
                    ligne.surface_communale,
                    &attendue["surfaceCommunale"],
                    "surfaceCommunale",
                ),
            ] {
                assert_eq!(calcule, decimal(attendu), "{contexte}: {nom}");
            }
            let proportion = decimal(&attendue["surfaceCommunaleProportionnee"]).to_f64();
            assert!(
                (ligne.surface_communale_proportionnee.to_f64() - proportion).abs() < 1e-15,
                "{contexte}"
            );
            assert_eq!(
                ligne.index as u64,
                attendue["index"].as_u64().expect("index"),
                "{contexte}"
            );
            assert_eq!(
                ligne.commune.as_str(),
                attendue["commune"]["id"].as_str().expect("commune"),
                "{contexte}"
            );
            assert_eq!(
                ligne.commune_principale.as_str(),
                attendue["communePrincipale"]["id"]
                    .as_str()
                    .expect("commune principale"),
                "{contexte}"
            );
            assert_eq!(
                ligne.sip.as_str(),
                attendue["sip"].as_str().expect("sip"),
                "{contexte}"
            );
            total += 1;
        }
    }
    println!("fiscalité : {total} lignes reproduites");
    assert_eq!(total, 87);
}
