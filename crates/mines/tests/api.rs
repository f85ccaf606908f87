//! JSON API: lists, details, strict parameters, map layer, OpenAPI, and étapes added by token.

use axum::http::Method;
use serde_json::json;

use crate::commun::{apps_demo, demarche_of, entreprise, sign_in_with};

#[tokio::test]
async fn titres_are_listed_filtered_and_paginated() {
    for app in apps_demo().await {
        let tous = app.get("/api/v1/mines/titres").await;
        assert_eq!(tous.status, 200, "{}", tous.body);
        let json = tous.json();
        let count = json["count"].as_u64().expect("count");
        assert!(count >= 9, "{count}");
        let premier = &json["results"][0];
        for champ in [
            "id",
            "nom",
            "type",
            "domaine",
            "statut",
            "titulaires",
            "substances",
            "lien",
        ] {
            assert!(
                premier.get(champ).is_some(),
                "champ {champ} absent : {premier}"
            );
        }
        let hydrocarbures = app.get("/api/v1/mines/titres?domainesIds=h").await.json();
        let noms: Vec<&str> = hydrocarbures["results"]
            .as_array()
            .expect("results")
            .iter()
            .filter_map(|t| t["nom"].as_str())
            .collect();
        assert_eq!(noms, vec!["Lacq Nord", "Nangis"]);
        let page = app.get("/api/v1/mines/titres?page_size=2").await.json();
        assert_eq!(page["results"].as_array().map(Vec::len), Some(2));
        assert!(page["next"].as_str().is_some_and(|n| n.contains("page=2")));

        let inconnu = app.get("/api/v1/mines/titres?domaines=h").await;
        assert_eq!(inconnu.status, 400);
        assert_eq!(
            inconnu.header("content-type"),
            Some("application/problem+json")
        );
        assert!(
            inconnu.json()["detail"]
                .as_str()
                .is_some_and(|d| d.contains("domaines"))
        );
        assert_eq!(app.get("/api/v1/mines/titres?statut=xyz").await.status, 400);
    }
}

#[tokio::test]
async fn a_titre_has_its_history_and_perimeter() {
    for app in apps_demo().await {
        let detail = app.get("/api/v1/mines/titres/m-ax-dagobert-2024").await;
        assert_eq!(detail.status, 200, "{}", detail.body);
        let json = detail.json();
        assert_eq!(json["statut_id"], "val");
        let demarche = &json["demarches"][0];
        assert_eq!(demarche["statut_id"], "acc");
        assert!(
            demarche["explication"]
                .as_array()
                .is_some_and(|l| !l.is_empty())
        );
        let etapes = demarche["etapes"].as_array().expect("étapes");
        assert!(etapes.iter().any(|e| e["type_id"] == "dex"));
        assert!(
            demarche["etapes_possibles"]
                .as_array()
                .is_some_and(Vec::is_empty),
            "public: no instruction"
        );

        let perimetre = app
            .get("/api/v1/mines/titres/m-ax-dagobert-2024/perimetre")
            .await;
        assert_eq!(perimetre.status, 200);
        assert_eq!(
            perimetre.header("content-type"),
            Some("application/geo+json")
        );
        assert_eq!(perimetre.json()["geometry"]["type"], "MultiPolygon");
        assert_eq!(app.get("/api/v1/mines/titres/inconnu").await.status, 404);
        assert_eq!(
            app.get("/api/v1/mines/titres/m-ax-dagobert-2024?x=1")
                .await
                .status,
            400
        );

        let demarche_id = demarche["id"].as_i64().expect("id");
        let seule = app
            .get(&format!("/api/v1/mines/demarches/{demarche_id}"))
            .await;
        assert_eq!(seule.status, 200);
        let etape_id = etapes[0]["id"].as_i64().expect("id");
        assert_eq!(
            app.get(&format!("/api/v1/mines/etapes/{etape_id}"))
                .await
                .status,
            200
        );
        let liste = app
            .get("/api/v1/mines/demarches?titre=m-ax-dagobert-2024")
            .await
            .json();
        assert_eq!(liste["results"].as_array().map(Vec::len), Some(1));
    }
}

#[tokio::test]
async fn entreprises_are_listed_with_their_titres() {
    for app in apps_demo().await {
        let liste = app.get("/api/v1/mines/entreprises?q=alsace").await.json();
        assert_eq!(liste["count"], 1);
        assert_eq!(liste["results"][0]["nom"], "Géothermie d'Alsace du Nord");
        let code = entreprise(7);
        let detail = app
            .get(&format!("/api/v1/mines/entreprises/{code}"))
            .await
            .json();
        assert_eq!(detail["titres"].as_array().map(Vec::len), Some(2));
        assert_eq!(
            app.get("/api/v1/mines/entreprises/fr-000000000")
                .await
                .status,
            404
        );
    }
}

#[tokio::test]
async fn the_map_layer_groups_at_low_zoom_and_draws_perimeters_at_high_zoom() {
    for app in apps_demo().await {
        let bas = app.get("/api/v1/mines/carte?zoom=3").await;
        assert_eq!(bas.status, 200);
        assert_eq!(bas.header("content-type"), Some("application/geo+json"));
        let bas = bas.json();
        let features = bas["features"].as_array().expect("features");
        assert!(features.iter().all(|f| f["geometry"]["type"] == "Point"));
        assert!(bas["bbox"].as_array().is_some_and(|b| b.len() == 4));
        let guyane = app
            .get("/api/v1/mines/carte?zoom=12&bbox=-54.2,3.5,-53.9,3.8")
            .await
            .json();
        let features = guyane["features"].as_array().expect("features");
        assert_eq!(features.len(), 2, "Crique Awa et Crique Sophie : {guyane}");
        assert!(
            features
                .iter()
                .all(|f| f["geometry"]["type"] == "MultiPolygon")
        );
        assert_eq!(app.get("/api/v1/mines/carte?bbox=1,2,3").await.status, 400);
        assert_eq!(app.get("/api/v1/mines/carte?zoom=30").await.status, 400);
    }
}

#[tokio::test]
async fn the_openapi_document_describes_the_module() {
    for app in apps_demo().await {
        let document = app.get("/api/v1/openapi.json").await.json();
        let chemins = document["paths"].as_object().expect("paths");
        for chemin in [
            "/api/v1/mines/titres",
            "/api/v1/mines/titres/{id}",
            "/api/v1/mines/demarches",
            "/api/v1/mines/demarches/{id}/etapes",
            "/api/v1/mines/etapes/{id}",
            "/api/v1/mines/entreprises",
            "/api/v1/mines/carte",
        ] {
            assert!(chemins.contains_key(chemin), "{chemin}");
        }
        assert!(
            document["components"]["schemas"]
                .get("TitreDetailDto")
                .is_some()
        );
    }
}

#[tokio::test]
async fn an_instructor_adds_etapes_by_api_and_is_refused_with_the_allowed_ones() {
    for app in apps_demo().await {
        let user = sign_in_with(&app, "api@dgtm.fr", &[("editeur", Some("dea-guyane-01"))]).await;
        let mut tx = app.app.db().begin().await.expect("tx");
        let token = socle::auth::store::create_api_token(&mut tx, user, "test")
            .await
            .expect("jeton");
        tx.commit().await.expect("commit");
        let demarche = demarche_of(&app, "m-ar-crique-sophie-2026").await;
        let chemin = format!("/api/v1/mines/demarches/{demarche}/etapes");

        let refus = app
            .send_json(
                Method::POST,
                &chemin,
                &json!({"type": "sco", "statut": "fai", "date": "2026-11-20"}),
                Some(&token),
            )
            .await;
        assert_eq!(refus.status, 422, "{}", refus.body);
        let probleme = refus.json();
        assert!(
            probleme["detail"]
                .as_str()
                .is_some_and(|d| d.contains("refusée")),
            "{probleme}"
        );
        let possibles = probleme["errors"]["etapes_possibles"]
            .as_array()
            .expect("étapes possibles");
        assert!(possibles.iter().any(|p| p == "vfd:fai"), "{possibles:?}");

        let ok = app
            .send_json(
                Method::POST,
                &chemin,
                &json!({"type": "vfd", "statut": "fai", "date": "2026-11-20"}),
                Some(&token),
            )
            .await;
        assert_eq!(ok.status, 201, "{}", ok.body);

        let perime = app
            .send_json(
                Method::POST,
                &chemin,
                &json!({"type": "mcr", "statut": "fav", "date": "2026-11-21", "version": 0}),
                Some(&token),
            )
            .await;
        assert_eq!(perime.status, 409, "{}", perime.body);

        let sans_jeton = app
            .send_json(
                Method::POST,
                &chemin,
                &json!({"type": "mcr", "statut": "fav", "date": "2026-11-21"}),
                None,
            )
            .await;
        // With the session cookie but no CSRF header nor token: refused before any handler.
        assert_eq!(sans_jeton.status, 403);
        let champ_inconnu = app
            .send_json(
                Method::POST,
                &chemin,
                &json!({"type": "mcr", "statut": "fav", "date": "2026-11-21", "x": 1}),
                Some(&token),
            )
            .await;
        assert!(champ_inconnu.status.is_client_error());
    }
}
