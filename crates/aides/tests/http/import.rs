//! `fabrique import aides-ademe`: the sample of the ADEME Agir feed imports 5 aids waiting for review;
//! importing it again leaves 5; a field a human edited survives a later import that changes it.

use aides::referentiels::{Licence, StatutAide};
use aides::store::{self, Selection};
use socle::module::{ImportSource, Module as _};
use socle::testing::TestApp;

use super::{apps, connecter, etat};
use crate::common;

fn importeur() -> socle::module::Importer {
    aides::Aides
        .importers()
        .into_iter()
        .find(|i| i.name == "aides-ademe")
        .expect("import ADEME")
}

/// Runs the importer as `fabrique import aides-ademe <fichier>` would, on `flux` written next to the
/// anchor's category mapping (taken from the shared data folder `donnees`).
async fn importer(
    t: &TestApp,
    donnees: &std::path::Path,
    flux: &[u8],
) -> socle::module::ImportReport {
    let dossier = tempfile::tempdir().expect("dossier temporaire");
    let correspondance = aides::commandes::FICHIER_CORRESPONDANCE_ADEME;
    std::fs::copy(
        donnees.join(correspondance),
        dossier.path().join(correspondance),
    )
    .expect("correspondance");
    let chemin = dossier.path().join("flux.json");
    std::fs::write(&chemin, flux).expect("flux");
    (importeur().run)(t.app.clone(), ImportSource::Path(chemin))
        .await
        .expect("import")
}

async fn importees(t: &TestApp) -> Vec<store::AideStockee> {
    let etat = etat(t);
    store::aides(t.app.db(), etat.perimetres(), &Selection::Courantes)
        .await
        .expect("aides")
        .into_iter()
        .filter(|a| a.aide.import.is_some())
        .collect()
}

#[tokio::test]
async fn ademe_sample_imports_five_aids_idempotently_and_protects_human_edits() {
    let Some(dir) =
        common::donnees("ademe_sample_imports_five_aids_idempotently_and_protects_human_edits")
    else {
        return;
    };
    let flux = common::lire(&dir, "ademe-agir-api-sample.json");
    for t in apps().await {
        // Standard input has no folder to find the mapping in: refused, naming the file expected.
        let erreur = (importeur().run)(
            t.app.clone(),
            ImportSource::Stdin(flux.clone().into_bytes()),
        )
        .await
        .expect_err("flux sans correspondance");
        assert!(
            erreur
                .to_string()
                .contains("ademe-agir-categories-mapping.csv"),
            "{erreur}"
        );
        let premier = importer(&t, &dir, flux.as_bytes()).await;
        assert_eq!((premier.created, premier.updated), (5, 0), "{}", t.backend);
        let aides = importees(&t).await;
        assert_eq!(aides.len(), 5);
        assert!(
            aides
                .iter()
                .all(|a| a.aide.status == StatutAide::Reviewable)
        );
        assert!(aides.iter().all(|a| {
            a.aide
                .import
                .as_ref()
                .is_some_and(|i| i.licence == Licence::Openlicence20)
        }));
        let categories: Vec<usize> = ["1ed7d411", "1ed7d40a", "1ec8f1be", "1ed7fb5d", "1ed85d34"]
            .iter()
            .map(|id| {
                aides
                    .iter()
                    .find(|a| {
                        a.aide
                            .import
                            .as_ref()
                            .is_some_and(|i| i.uniqueid == format!("AGIR_{id}"))
                    })
                    .map_or(0, |a| a.aide.categories.len())
            })
            .collect();
        assert_eq!(categories, vec![6, 6, 3, 3, 7]);

        let second = importer(&t, &dir, flux.as_bytes()).await;
        assert_eq!(
            (second.created, second.updated, second.unchanged),
            (0, 0, 5)
        );
        assert_eq!(importees(&t).await.len(), 5);

        // An admin corrects the title of one imported aid in the back-office.
        let cible = aides
            .iter()
            .find(|a| {
                a.aide
                    .import
                    .as_ref()
                    .is_some_and(|i| i.uniqueid == "AGIR_1ec8f1be")
            })
            .expect("aide importée");
        t.sign_in_new_user("admin@aides.test", true).await;
        let formulaire = t.get(&format!("/aides/gestion/{}", cible.aide.id.0)).await;
        assert_eq!(formulaire.status, 200, "{}", formulaire.body);
        let action = format!("/aides/gestion/{}", cible.aide.id.0);
        let mut champs = formulaire_en_paires(&formulaire.body, &action);
        champs.retain(|(k, _)| k != "name");
        champs.push(("name".into(), "Titre corrigé à la main".into()));
        let paires: Vec<(&str, &str)> = champs
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let reponse = t
            .post_form(&format!("/aides/gestion/{}", cible.aide.id.0), &paires)
            .await;
        assert_eq!(reponse.status, 303, "{}", reponse.body);

        // The feed changes the title and the description of that dispositif.
        let mut json: serde_json::Value = serde_json::from_str(&flux).expect("flux");
        for dispositif in json["ListeDispositifs"].as_array_mut().expect("liste") {
            if dispositif["id"] == "1ec8f1be" {
                dispositif["titre"] = "Titre changé par l'ADEME".into();
                dispositif["description_longue"] = "<p>Nouvelle description de l'ADEME.</p>".into();
            }
        }
        let troisieme = importer(&t, &dir, json.to_string().as_bytes()).await;
        assert_eq!(
            (troisieme.created, troisieme.updated, troisieme.unchanged),
            (0, 1, 4)
        );
        let apres = importees(&t).await;
        let aide = &apres
            .iter()
            .find(|a| a.aide.id == cible.aide.id)
            .expect("aide")
            .aide;
        assert_eq!(aide.name, "Titre corrigé à la main");
        assert_eq!(aide.name_initial, "Titre changé par l'ADEME");
        assert_eq!(aide.description, "<p>Nouvelle description de l'ADEME.</p>");
        assert!(
            aide.import
                .as_ref()
                .is_some_and(|i| i.mise_a_jour_en_attente)
        );
        connecter(&t, "admin@aides.test").await;
        let revue = t.get("/aides/gestion/revue").await;
        assert!(
            revue.body.contains("Titre corrigé à la main"),
            "{}",
            revue.body
        );
    }
}

/// The fields of the aid form as a browser would send them (text inputs, textareas, checked boxes and
/// selected options).
pub fn formulaire_en_paires(html: &str, action: &str) -> Vec<(String, String)> {
    let document = scraper::Html::parse_document(html);
    let mut paires = Vec::new();
    let selecteur = |s: &str| {
        scraper::Selector::parse(&format!("form[action='{action}'] {s}")).expect("sélecteur")
    };
    for input in document.select(&selecteur("input")) {
        let element = input.value();
        let (Some(nom), genre) = (element.attr("name"), element.attr("type").unwrap_or("text"))
        else {
            continue;
        };
        if nom == "_csrf" || (genre == "checkbox" && element.attr("checked").is_none()) {
            continue;
        }
        paires.push((
            nom.to_owned(),
            element.attr("value").unwrap_or_default().to_owned(),
        ));
    }
    for zone in document.select(&selecteur("textarea")) {
        if let Some(nom) = zone.value().attr("name") {
            paires.push((nom.to_owned(), zone.text().collect()));
        }
    }
    for option in document.select(&selecteur("select option[selected]")) {
        let Some(select) = option.parent().and_then(scraper::ElementRef::wrap) else {
            continue;
        };
        let select = if select.value().name() == "select" {
            select
        } else {
            match select.parent().and_then(scraper::ElementRef::wrap) {
                Some(parent) => parent,
                None => continue,
            }
        };
        if let Some(nom) = select.value().attr("name") {
            paires.push((
                nom.to_owned(),
                option.value().attr("value").unwrap_or_default().to_owned(),
            ));
        }
    }
    paires
}
