//! The public pages on the demo data: search, map, commune history, documents, subscription form, assets.

use scraper::{Html, Selector};
use secheresse::Secheresse;
use secheresse::publication;
use socle::Module as _;
use socle::db::Query;
use socle::testing::TestApp;

use crate::commun::apps;

fn select<'a>(document: &'a Html, selector: &str) -> Vec<scraper::ElementRef<'a>> {
    let selector = Selector::parse(selector).expect("selector");
    document.select(&selector).collect()
}

/// The first demo commune of the Hérault: the most populated one, in the south-west cell of the grid.
async fn demo_commune(app: &TestApp) -> String {
    app.app
        .db()
        .fetch_scalar(Query::new(
            "SELECT code_insee FROM secheresse_communes WHERE code_insee LIKE '34%' ORDER BY code_insee LIMIT 1",
        ))
        .await
        .expect("a demo commune")
}

#[tokio::test]
async fn the_demo_loads_and_the_public_pages_render_it() {
    for app in apps().await {
        Secheresse.demo(&app.app).await.expect("demo loaded");
        let instantane = publication::courante(&app.app);
        assert!(
            instantane.zones.zones().len() >= 10,
            "{}",
            instantane.zones.zones().len()
        );
        assert_eq!(
            instantane.departements.len(),
            2,
            "Hérault and Var published, Vaucluse drafted"
        );

        let home = app.get("/secheresse").await;
        assert_eq!(home.status, 200);
        let document = Html::parse_document(&home.body);
        assert_eq!(
            select(&document, "input[data-territoires=commune]").len(),
            1
        );
        assert_eq!(select(&document, "[data-carte]").len(), 1);

        let commune = demo_commune(&app).await;
        let found = app
            .get(&format!("/secheresse?commune={commune}&profil=particulier"))
            .await;
        assert_eq!(found.status, 200, "{}", found.body);
        let document = Html::parse_document(&found.body);
        assert_eq!(
            select(&document, ".fr-card__title").len(),
            3,
            "one card per water type"
        );
        assert!(!select(&document, ".secheresse-niveau--crise, .secheresse-niveau--alerte_renforcee, .secheresse-niveau--alerte").is_empty());
        assert!(
            !select(&document, ".fr-badge").is_empty(),
            "an allowed-now answer per usage"
        );
        assert!(found.body.contains("1 500 €"));
        assert!(found.body.contains("Lire l'arrêté signé (PDF)"));

        let bad = app.get("/secheresse?lon=abc&lat=43.5").await;
        assert_eq!(bad.status, 200);
        assert!(bad.body.contains("pas un nombre"));
        let nowhere = app.get("/secheresse?lon=1.0&lat=47.0").await;
        assert!(nowhere.body.contains("Aucune restriction"));

        for path in [
            "/secheresse/carte",
            "/secheresse/carte?type=SOU",
            "/secheresse/abonnement",
        ] {
            let page = app.get(path).await;
            assert_eq!(page.status, 200, "{path}");
        }
        let carte = app.get("/secheresse/carte").await;
        assert!(carte.body.contains("Hérault (34)"), "{}", carte.body);
        assert_eq!(app.get("/secheresse/carte?type=EAU").await.status, 404);

        let history = app.get(&format!("/secheresse/communes/{commune}")).await;
        assert_eq!(history.status, 200);
        let document = Html::parse_document(&history.body);
        assert!(
            select(&document, "table").len() >= 2,
            "situation and history tables"
        );
        assert_eq!(app.get("/secheresse/communes/99999").await.status, 404);

        // The signed PDF of a published arrêté is public; a draft's is not.
        let published: i64 = app
            .app
            .db()
            .fetch_scalar(Query::new(
                "SELECT fichier_id FROM secheresse_arretes_restriction WHERE statut <> 'a_valider' LIMIT 1",
            ))
            .await
            .expect("published PDF");
        let pdf = app.get(&format!("/secheresse/documents/{published}")).await;
        assert_eq!(pdf.status, 200);
        assert_eq!(pdf.header("content-type"), Some("application/pdf"));
        let draft: i64 = app
            .app
            .db()
            .fetch_scalar(Query::new(
                "SELECT fichier_id FROM secheresse_arretes_restriction WHERE statut = 'a_valider' LIMIT 1",
            ))
            .await
            .expect("draft PDF");
        assert_eq!(
            app.get(&format!("/secheresse/documents/{draft}"))
                .await
                .status,
            404
        );

        let css = app.get(&secheresse::web::assets::css_url()).await;
        assert_eq!(css.status, 200);
        assert_eq!(css.header("content-type"), Some("text/css; charset=utf-8"));
        assert!(
            css.header("cache-control")
                .is_some_and(|value| value.contains("immutable"))
        );
    }
}

#[tokio::test]
async fn the_back_office_pages_render_for_an_agent_on_the_demo() {
    for app in apps().await {
        Secheresse.demo(&app.app).await.expect("demo loaded");
        let agent = app.sign_in_new_user("agent34@ddtm.gouv.fr", false).await;
        app.grant(agent, "secheresse", "agent", Some("34")).await;
        let tableau = app.get("/secheresse/gestion").await;
        assert_eq!(tableau.status, 200);
        assert!(tableau.body.contains("DDTM34-2026-0612"));
        let var: i64 = app
            .app
            .db()
            .fetch_scalar(Query::new(
                "SELECT id FROM secheresse_arretes_restriction WHERE departement = '83'",
            ))
            .await
            .expect("order of the Var");
        assert!(
            !tableau
                .body
                .contains(&format!("/secheresse/gestion/arretes-restriction/{var}\"")),
            "another département's order is not listed"
        );
        let id: i64 = app
            .app
            .db()
            .fetch_scalar(Query::new(
                "SELECT id FROM secheresse_arretes_restriction WHERE departement = '34'",
            ))
            .await
            .expect("order of the Hérault");
        let cadre: i64 = app
            .app
            .db()
            .fetch_scalar(Query::new(
                "SELECT id FROM secheresse_arretes_cadre WHERE departement_pilote = '34'",
            ))
            .await
            .expect("arrêté cadre of the Hérault");
        for path in [
            format!("/secheresse/gestion/arretes-cadre/{cadre}"),
            format!("/secheresse/gestion/arretes-restriction/{id}"),
            format!("/secheresse/gestion/arretes-restriction/{id}/apercu"),
            "/secheresse/gestion/arretes-restriction/nouveau".to_owned(),
            "/secheresse/gestion/arretes-cadre/nouveau".to_owned(),
            "/secheresse/gestion/qualite".to_owned(),
        ] {
            let page = app.get(&path).await;
            assert_eq!(page.status, 200, "{path}: {}", page.body);
        }
        let qualite = app.get("/secheresse/gestion/qualite").await;
        assert!(
            qualite.body.contains("Fin prochaine"),
            "the Hérault order ends within 15 days"
        );
    }
}
