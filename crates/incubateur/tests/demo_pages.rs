//! The demo (the Fabrique numérique of 2018) loads through the module's services on both backends, and the public
//! and back-office pages render on it.

use axum::http::StatusCode;
use incubateur::store::{catalogue, jury};
use socle::Module as _;

use crate::commun::{apps, compte, lignes};

#[tokio::test]
async fn the_demo_replays_the_first_call_and_every_page_renders() {
    for app in apps().await {
        let backend = app.backend;
        incubateur::Incubateur
            .demo(&app.app)
            .await
            .unwrap_or_else(|error| panic!("{backend}: {error:#}"));
        let catalogue = catalogue::current(&app.app).await.expect("catalogue");
        let ids: Vec<&str> = catalogue.startups.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "a-dock",
                "aeris",
                "aides-territoires",
                "assec",
                "camino",
                "cobot",
                "dossierfacile"
            ]
        );
        assert_eq!(lignes(&app, "incubateur_candidatures").await, 50);
        let statuts: Vec<(String, i64)> = app
            .app
            .db()
            .fetch_all(socle::db::Query::new(
                "SELECT statut, COUNT(*) FROM incubateur_candidatures GROUP BY statut ORDER BY statut",
            ))
            .await
            .expect("statuts");
        assert_eq!(
            statuts,
            [
                ("irrecevable".to_owned(), 6),
                ("laureat".to_owned(), 7),
                ("liste_attente".to_owned(), 2),
                ("non_retenu".to_owned(), 35),
            ],
            "{backend}"
        );
        let deliberation = jury::deliberation(&mut app.app.db(), 1)
            .await
            .expect("lecture")
            .expect("délibération");
        assert_eq!(deliberation.empreinte.len(), 64);
        assert_eq!(
            lignes(&app, "incubateur_creneaux").await,
            12,
            "douze auditions"
        );
        assert!(
            lignes(&app, "incubateur_notes").await > 60,
            "le jury a noté"
        );

        // The same demo on a fresh base gives the same score sheet.
        let autre = apps()
            .await
            .into_iter()
            .find(|a| a.backend == backend)
            .expect("même moteur");
        incubateur::Incubateur
            .demo(&autre.app)
            .await
            .expect("seconde démonstration");
        let seconde = jury::deliberation(&mut autre.app.db(), 1)
            .await
            .expect("lecture")
            .expect("délibération");
        assert_eq!(
            seconde.empreinte, deliberation.empreinte,
            "{backend}: démonstration déterministe"
        );

        for (chemin, attendu) in [
            ("/incubateur", "Appels à projets"),
            ("/incubateur/startups", "7</strong> startup(s)"),
            (
                "/incubateur/startups?incubateur=mtes&phase=abandon",
                "A Dock",
            ),
            ("/incubateur/startups?q=minier", "Camino"),
            ("/incubateur/startups/camino", "Transféré"),
            ("/incubateur/startups/dossierfacile", "Coach beta.gouv.fr"),
            (
                "/incubateur/incubateurs",
                "La Fabrique Numérique de l&#39;Ecologie (MTE)",
            ),
            ("/incubateur/incubateurs/mtes", "Camino"),
            (
                "/incubateur/appels",
                "Premier appel à projets de la Fabrique numérique",
            ),
            ("/incubateur/appels/1", "Qui peut candidater"),
            (
                "/api/v1/incubateur/startups?phase=acceleration",
                "aides-territoires",
            ),
            (
                "/api/v1/incubateur/incubateurs/mtes",
                "\"nombre_startups\":6",
            ),
            ("/api/v1/incubateur/appels", "\"statut\":\"notifie\""),
            (
                "/api/v1/openapi.json",
                "/api/v1/incubateur/statistiques/phases",
            ),
        ] {
            let page = app.get(chemin).await;
            assert_eq!(
                page.status,
                StatusCode::OK,
                "{backend} {chemin}: {}",
                page.body
            );
            assert!(
                page.body.contains(attendu),
                "{backend} {chemin} devrait contenir {attendu}"
            );
        }
        assert_eq!(
            app.get("/incubateur/startups/inconnue").await.status,
            StatusCode::NOT_FOUND
        );
        // The filter counts add up: 7 startups, 6 at the MTE incubator.
        let page = app.get("/incubateur/startups").await;
        assert!(
            page.body
                .contains("La Fabrique Numérique de l&#39;Ecologie (MTE) (6)"),
            "{}",
            page.body
        );

        // Back office: the team reads everything of its call; the linter needs a team role.
        let anonyme = app.get("/incubateur/qualite").await;
        assert_eq!(anonyme.status, StatusCode::SEE_OTHER);
        assert!(
            anonyme
                .header("location")
                .is_some_and(|l| l.starts_with("/compte/connexion"))
        );
        compte(&app, "equipe-test@exemple.fr", &[("admin", Some("mtes"))]).await;
        for (chemin, attendu) in [
            ("/incubateur/qualite", "Égalités de date de début"),
            ("/incubateur/appels/1/candidatures", "hors périmètre"),
            ("/incubateur/appels/1/prejury", "Classement"),
            ("/incubateur/appels/1/auditions", "graine 2017"),
            ("/incubateur/appels/1/auditions/grilles", "Audition n° 12"),
            ("/incubateur/appels/1/jury", "Composition"),
            ("/incubateur/appels/1/conflits", "ligne hiérarchique"),
            ("/incubateur/appels/1/deliberation", "Krippendorff"),
            (
                "/incubateur/appels/1/proces-verbal",
                &deliberation.empreinte,
            ),
            ("/incubateur/appels/1/entonnoir", "Lauréat"),
            ("/incubateur/candidatures/1", "Lauréat"),
            ("/incubateur/candidatures/1/lettre", "retenu par le jury"),
            (
                "/incubateur/candidatures/1/embarquement",
                "aides-territoires",
            ),
            ("/incubateur/startups/camino/comites", "Cadastre des titres"),
            ("/incubateur/appels/nouveau", "Nouvel appel"),
        ] {
            let page = app.get(chemin).await;
            assert_eq!(
                page.status,
                StatusCode::OK,
                "{backend} {chemin}: {}",
                page.body
            );
            assert!(
                page.body.contains(attendu),
                "{backend} {chemin} devrait contenir {attendu}"
            );
        }
    }
}

#[tokio::test]
async fn both_backends_end_with_the_same_tables_and_columns() {
    let apps = apps().await;
    let schemas: Vec<_> = futures_schemas(&apps).await;
    for schema in &schemas {
        assert!(schema.keys().any(|table| table == "incubateur_startups"));
    }
    if let [sqlite, postgres] = schemas.as_slice() {
        let du_module =
            |schema: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>| {
                schema
                    .iter()
                    .filter(|(table, _)| table.starts_with("incubateur_"))
                    .map(|(t, c)| (t.clone(), c.clone()))
                    .collect::<std::collections::BTreeMap<_, _>>()
            };
        assert_eq!(du_module(sqlite), du_module(postgres));
    }
}

async fn futures_schemas(
    apps: &[socle::testing::TestApp],
) -> Vec<std::collections::BTreeMap<String, std::collections::BTreeSet<String>>> {
    let mut schemas = Vec::new();
    for app in apps {
        schemas.push(socle::db::schema(app.app.db()).await.expect("schéma"));
    }
    schemas
}
