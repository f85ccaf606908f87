//! Public pages: the list and its filters, the titre page, the map.

use scraper::{Html, Selector};

use crate::commun::{apps_demo, entreprise};

fn noms_listes(body: &str) -> Vec<String> {
    let html = Html::parse_document(body);
    let selecteur = Selector::parse("table tbody tr td:first-child a").expect("sélecteur");
    html.select(&selecteur)
        .map(|a| a.text().collect::<String>())
        .collect()
}

#[tokio::test]
async fn demo_titres_get_the_expected_statuts() {
    for app in apps_demo().await {
        let attendus = [
            ("m-ar-crique-awa-2026", "val"),
            ("m-ar-crique-sophie-2026", "dmi"),
            ("m-ar-saut-mais-2025", "dmc"),
            ("m-ax-dagobert-2024", "val"),
            ("m-ax-montagne-d-or-est-2026", "dmi"),
            ("m-pr-les-colettes-2024", "val"),
            ("h-cx-lacq-nord-1959", "val"),
            ("m-cx-salsigne-1924", "ech"),
            ("h-pr-nangis-2012", "sup"),
            ("g-pr-strasbourg-nord-2022", "val"),
            ("g-px-rittershoffen-2015", "val"),
        ];
        for (slug, statut) in attendus {
            let titre = mines::store::find_titre(app.app.db(), slug)
                .await
                .expect("lecture")
                .unwrap_or_else(|| panic!("{slug} absent ({})", app.backend));
            assert_eq!(
                titre.statut.as_str(),
                statut,
                "{slug} ({}) : {}",
                app.backend,
                titre.statut_explication
            );
        }
    }
}

#[tokio::test]
async fn the_list_shows_public_titres_and_filters_them() {
    for app in apps_demo().await {
        let tous = app.get("/mines").await;
        assert_eq!(tous.status, 200, "{}", tous.body);
        let noms = noms_listes(&tous.body);
        assert!(noms.contains(&"Crique Awa".to_owned()), "{noms:?}");
        assert!(noms.contains(&"Lacq Nord".to_owned()), "{noms:?}");
        assert!(tous.body.contains("/mines/titres.csv"));

        let geothermie = noms_listes(&app.get("/mines?domaine=g").await.body);
        assert_eq!(
            geothermie,
            vec!["Rittershoffen", "Strasbourg Nord"],
            "{}",
            app.backend
        );

        let echus = noms_listes(&app.get("/mines?statut=ech").await.body);
        assert_eq!(echus, vec!["Salsigne"]);

        let guyane = noms_listes(&app.get("/mines?territoire=Guyane+%28973%29").await.body);
        assert!(!guyane.is_empty());
        assert!(
            guyane.iter().all(|n| [
                "Crique Awa",
                "Crique Sophie",
                "Saut Maïs",
                "Dagobert",
                "Montagne d'Or Est"
            ]
            .contains(&n.as_str())),
            "{guyane:?}"
        );

        let lithium = noms_listes(&app.get("/mines?substance=lith").await.body);
        assert_eq!(lithium, vec!["Les Colettes"]);

        let concessions = noms_listes(&app.get("/mines?type=cx").await.body);
        assert_eq!(concessions, vec!["Lacq Nord", "Salsigne"]);

        let alsace = noms_listes(
            &app.get(&format!("/mines?entreprise={}", entreprise(7)))
                .await
                .body,
        );
        assert_eq!(alsace, vec!["Rittershoffen", "Strasbourg Nord"]);

        let nom = noms_listes(&app.get("/mines?nom=lacq").await.body);
        assert_eq!(nom, vec!["Lacq Nord"]);

        assert_eq!(app.get("/mines?inconnu=1").await.status, 400);
        let mauvais = app.get("/mines?domaine=z").await;
        assert_eq!(mauvais.status, 400);
        assert!(mauvais.body.contains("domaine inconnu"), "{}", mauvais.body);
    }
}

#[tokio::test]
async fn the_list_is_paginated() {
    for app in apps_demo().await {
        let premiere = app.get("/mines?page_size=4").await;
        assert_eq!(noms_listes(&premiere.body).len(), 4);
        assert!(premiere.body.contains("page=2"), "pager link");
        let derniere = app.get("/mines?page_size=4&page=3").await;
        assert_eq!(derniere.status, 200);
        assert!(!noms_listes(&derniere.body).is_empty());
        assert_eq!(app.get("/mines?page=0").await.status, 400);
    }
}

#[tokio::test]
async fn the_titre_page_shows_its_history_and_explanations() {
    for app in apps_demo().await {
        let page = app.get("/mines/titres/h-cx-lacq-nord-1959").await;
        assert_eq!(page.status, 200, "{}", page.body);
        let html = Html::parse_document(&page.body);
        let h1 = Selector::parse("h1").expect("sélecteur");
        assert_eq!(
            html.select(&h1)
                .next()
                .map(|h| h.text().collect::<String>()),
            Some("Lacq Nord".to_owned())
        );
        assert!(page.body.contains("Périodes de validité"));
        assert!(
            page.body.contains("Prolongation"),
            "démarche de prolongation"
        );
        assert!(page.body.contains("Comment ce statut a été calculé"));
        assert!(
            page.body.contains("Société pétrolière d'Aquitaine")
                || page.body.contains("Société pétrolière d&#x27;Aquitaine")
                || page.body.contains("Société pétrolière d&#39;Aquitaine")
        );
        assert!(
            page.body
                .contains("data-geojson=\"/api/v1/mines/titres/h-cx-lacq-nord-1959/perimetre\"")
        );
        // By numeric id too.
        let id = mines::store::find_titre(app.app.db(), "h-cx-lacq-nord-1959")
            .await
            .expect("lecture")
            .expect("titre")
            .id;
        assert_eq!(app.get(&format!("/mines/titres/{id}")).await.status, 200);
        assert_eq!(app.get("/mines/titres/inconnu").await.status, 404);
    }
}

#[tokio::test]
async fn the_map_page_loads_the_module_layer() {
    for app in apps_demo().await {
        let page = app.get("/mines/carte").await;
        assert_eq!(page.status, 200);
        assert!(
            page.body
                .contains("data-carte-mines=\"/api/v1/mines/carte\"")
        );
        assert!(page.body.contains("vendor/leaflet/leaflet.js"));
        assert!(page.body.contains("/mines/carte.js?v="));
        let script = app.get("/mines/carte.js").await;
        assert_eq!(script.status, 200);
        assert!(
            script
                .header("content-type")
                .is_some_and(|c| c.starts_with("text/javascript"))
        );
        assert!(script.body.contains("carte:prete"));
    }
}
