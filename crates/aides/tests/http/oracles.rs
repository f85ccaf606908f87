//! The search oracles of the anchor's Django tests, replayed through the API.

use aides::referentiels::Echelle;
use chrono::Duration;

use super::{apps, enregistrer, perimetre, porteur, publiee};

fn noms(json: &serde_json::Value) -> Vec<String> {
    json["results"]
        .as_array()
        .map(|r| {
            r.iter()
                .filter_map(|a| a["name"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn text_search_folds_accents_and_stems_words() {
    for t in apps().await {
        let financeur = porteur(&t, "Porteur").await;
        let france = perimetre(&t, Echelle::Country, "FRA");
        let mut ecologie = publiee("Mon Aide à Tester sur l'écologie", france, financeur, 30);
        ecologie.description = "Une aide sans rapport.".into();
        let mut pluie = publiee(
            "Dépollution des rejets urbains par temps de pluie",
            france,
            financeur,
            30,
        );
        pluie.description = "Gestion des eaux pluviales.".into();
        enregistrer(&t, vec![ecologie, pluie]).await;
        for mot in ["aide", "aides", "test", "%C3%A9cologie", "ecologie"] {
            let json = t.get(&format!("/api/v1/aides/?text={mot}")).await.json();
            assert!(
                noms(&json).contains(&"Mon Aide à Tester sur l'écologie".to_owned()),
                "{mot}: {json}"
            );
        }
        assert_eq!(
            t.get("/api/v1/aides/?text=gloubiboulga").await.json()["count"],
            0
        );
        for texte in [
            "d%C3%A9pollution+temps+pluie",
            "d%C3%A9pollution+temps%2C+soleil",
            "soleil%2C+d%C3%A9pollution+temps",
        ] {
            let json = t.get(&format!("/api/v1/aides/?text={texte}")).await.json();
            assert_eq!(
                noms(&json),
                vec!["Dépollution des rejets urbains par temps de pluie"],
                "{texte}"
            );
        }
        let json = t.get("/api/v1/aides/?text=%C3%A9cologie").await.json();
        assert_eq!(
            json["results"][0]["why"]["matched_fields"][0], "name",
            "{json}"
        );
    }
}

#[tokio::test]
async fn default_order_is_narrowest_first_and_deadlines_of_today_are_listed() {
    for t in apps().await {
        let financeur = porteur(&t, "Porteur").await;
        let france = perimetre(&t, Echelle::Country, "FRA");
        let europe = perimetre(&t, Echelle::Continent, "EU");
        enregistrer(
            &t,
            vec![
                publiee("Aide européenne proche", europe, financeur, 5),
                publiee("Aide nationale lointaine", france, financeur, 150),
                publiee("Aide qui ferme aujourd'hui", france, financeur, 0),
                publiee("Aide qui ferme demain", france, financeur, 1),
                publiee("Aide fermée hier", france, financeur, -1),
            ],
        )
        .await;
        let json = t.get("/api/v1/aides/").await.json();
        let ordre = noms(&json);
        assert_eq!(json["count"], 4, "{json}");
        let position = |nom: &str| ordre.iter().position(|n| n == nom).unwrap_or(usize::MAX);
        assert!(
            position("Aide nationale lointaine") < position("Aide européenne proche"),
            "{ordre:?}"
        );
        assert!(!ordre.contains(&"Aide fermée hier".to_owned()));
        let json = t
            .get("/api/v1/aides/?order_by=submission_deadline")
            .await
            .json();
        let ordre = noms(&json);
        assert_eq!(ordre[0], "Aide qui ferme aujourd'hui");
        let position = |nom: &str| ordre.iter().position(|n| n == nom).unwrap_or(usize::MAX);
        assert!(
            position("Aide européenne proche") < position("Aide nationale lointaine"),
            "{ordre:?}"
        );
    }
}

#[tokio::test]
async fn published_after_includes_the_day_and_france_relance_false_is_off() {
    for t in apps().await {
        let financeur = porteur(&t, "Porteur").await;
        let france = perimetre(&t, Echelle::Country, "FRA");
        let maintenant = socle::db::now();
        let mut lot = Vec::new();
        for (nom, jours, relance) in [
            ("Récente", 0, true),
            ("D'hier", 1, true),
            ("Ancienne", 400, false),
        ] {
            let mut aide = publiee(nom, france, financeur, 30);
            aide.date_published = Some(maintenant - Duration::days(jours));
            aide.in_france_relance = relance;
            lot.push(aide);
        }
        enregistrer(&t, lot).await;
        let jour = |d: i64| {
            (aides::etat::aujourdhui() - Duration::days(d))
                .format("%Y-%m-%d")
                .to_string()
        };
        let compte = async |requete: String| {
            t.get(&format!("/api/v1/aides/?{requete}")).await.json()["count"].clone()
        };
        assert_eq!(compte(format!("published_after={}", jour(0))).await, 1);
        assert_eq!(compte(format!("published_after={}", jour(2))).await, 2);
        assert_eq!(compte(format!("published_after={}", jour(-1))).await, 0);
        assert_eq!(compte("in_france_relance=true".into()).await, 2);
        assert_eq!(compte("in_france_relance=false".into()).await, 3);
    }
}

#[tokio::test]
async fn generic_and_local_aids_are_never_listed_together() {
    for t in apps().await {
        let financeur = porteur(&t, "Préfecture").await;
        let france = perimetre(&t, Echelle::Country, "FRA");
        let occitanie = perimetre(&t, Echelle::Region, "76");
        let mut generique = publiee("DETR générique", france, financeur, 60);
        generique.is_generic = true;
        let ids = enregistrer(&t, vec![generique]).await;
        let mut locale = publiee("DETR Occitanie", occitanie, financeur, 60);
        locale.generic_aid = ids.first().copied();
        enregistrer(&t, vec![locale]).await;
        let liste =
            async |requete: &str| noms(&t.get(&format!("/api/v1/aides/?{requete}")).await.json());
        assert_eq!(liste("").await, vec!["DETR générique"]);
        assert_eq!(liste("perimeter=reg:76").await, vec!["DETR Occitanie"]);
        assert_eq!(liste("perimeter=dep:34").await, vec!["DETR Occitanie"]);
        let europe = perimetre(&t, Echelle::Continent, "EU").0;
        assert_eq!(
            liste(&format!("perimeter={europe}-europe")).await,
            vec!["DETR générique"]
        );
    }
}

#[tokio::test]
async fn synonym_lists_or_their_terms() {
    for t in apps().await {
        let financeur = porteur(&t, "Porteur").await;
        let france = perimetre(&t, Echelle::Country, "FRA");
        enregistrer(
            &t,
            vec![
                publiee("Créer une voie douce", france, financeur, 30),
                publiee("Acheter des vélos", france, financeur, 30),
                publiee("Aménager une piste cyclable", france, financeur, 30),
                publiee("Élargir l'autoroute", france, financeur, 30),
            ],
        )
        .await;
        let mut tx = t.app.db().begin().await.expect("begin");
        let id = aides::store::enregistrer_liste_synonymes(
            &mut tx,
            "Voie douce",
            "voie douce, vélo, vélos, liaisons douces, bmx, piste cyclable",
        )
        .await
        .expect("synonymes");
        socle::changes::record(&mut tx, "aides")
            .await
            .expect("change");
        tx.commit().await.expect("commit");
        aides::etat::reconstruire(&t.app).await.expect("index");
        let json = t
            .get(&format!("/api/v1/aides/?text={id}-voie-douce"))
            .await
            .json();
        assert_eq!(json["count"], 3, "{json}");
        assert!(!noms(&json).contains(&"Élargir l'autoroute".to_owned()));
    }
}
