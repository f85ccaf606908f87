//! Pages, middleware and security headers.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use socle::db::{Query, schema};
use socle::testing::TestApp;

use crate::apps;

#[tokio::test]
async fn home_page_is_french_dsfr_with_skip_links_and_the_fabrique_story() {
    for app in apps().await {
        let page = app.get("/").await;
        assert_eq!(page.status, StatusCode::OK, "{}", app.backend);
        let html = scraper::Html::parse_document(&page.body);
        let select = |css: &str| scraper::Selector::parse(css).unwrap();
        assert_eq!(html.select(&select("html[lang=fr]")).count(), 1);
        assert!(
            html.select(&select(".fr-skiplinks a[href='#contenu']"))
                .next()
                .is_some()
        );
        assert!(
            html.select(&select("link[href*='dsfr.min.css']"))
                .next()
                .is_some()
        );
        assert!(
            html.select(&select("footer a[href='/accessibilite']"))
                .next()
                .is_some()
        );
        assert!(
            html.select(&select("footer a[href='/mentions-legales']"))
                .next()
                .is_some()
        );
        assert!(
            html.select(&select("footer a[href='/donnees-personnelles']"))
                .next()
                .is_some()
        );
        let text: String = html.root_element().text().collect();
        for fact in ["2017", "50", "12", "7", "startup"] {
            assert!(
                text.contains(fact),
                "home page should tell the story ({fact})"
            );
        }
    }
}

#[tokio::test]
async fn security_headers_forbid_inline_scripts_and_framing() {
    let app = TestApp::sqlite(Vec::new()).await;
    let page = app.get("/").await;
    let csp = page.header("content-security-policy").unwrap();
    let script_src = csp
        .split(';')
        .find(|d| d.trim().starts_with("script-src"))
        .unwrap();
    assert!(!script_src.contains("unsafe-inline"));
    assert!(csp.contains("frame-ancestors 'none'"));
    assert_eq!(page.header("x-content-type-options"), Some("nosniff"));
    assert_eq!(page.header("referrer-policy"), Some("same-origin"));
    assert!(page.header("x-request-id").is_some());
    assert!(
        page.header("strict-transport-security").is_none(),
        "HSTS only behind TLS"
    );
    // No inline script or style attribute in the page itself.
    assert!(!page.body.contains("<script>") && !page.body.contains(" style=\""));
}

#[tokio::test]
async fn unknown_pages_get_a_404_page_in_the_layout_and_the_api_a_problem() {
    let app = TestApp::sqlite(Vec::new()).await;
    let page = app.get("/cette-page-n-existe-pas").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page.body.contains("Page non trouvée") && page.body.contains("fr-header"));
    let problem = app.get("/api/v1/inconnu").await;
    assert_eq!(problem.status, StatusCode::NOT_FOUND);
    assert_eq!(
        problem.header("content-type"),
        Some("application/problem+json")
    );
    assert_eq!(problem.json()["code"], "not_found");
}

#[tokio::test]
async fn wrong_method_gets_405_with_allow() {
    let app = TestApp::sqlite(Vec::new()).await;
    let response = app
        .send(
            Request::builder()
                .method(Method::DELETE)
                .uri("/")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(response.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(
        response
            .header("allow")
            .is_some_and(|allow| allow.contains("GET"))
    );
    assert!(response.body.contains("Action non permise"));
    // A POST to a page that takes none is a 405 too, even without a CSRF token.
    assert_eq!(
        app.post_form_raw("/", &[("x", "1")]).await.status,
        StatusCode::METHOD_NOT_ALLOWED
    );
    assert_eq!(
        app.post_form_raw("/nulle-part", &[("x", "1")]).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_form_without_its_csrf_token_is_refused_and_changes_nothing() {
    for app in apps().await {
        app.get("/").await;
        let before: i64 = app
            .app
            .db()
            .fetch_scalar(Query::new("SELECT COUNT(*) FROM users"))
            .await
            .unwrap();
        let response = app
            .post_form_raw(
                "/compte/inscription",
                &[
                    ("email", "x@exemple.fr"),
                    ("nom", "X"),
                    ("mot_de_passe", "une phrase assez longue"),
                    ("confirmation", "une phrase assez longue"),
                ],
            )
            .await;
        assert_eq!(response.status, StatusCode::FORBIDDEN, "{}", app.backend);
        assert!(response.body.contains("jeton de sécurité"));
        let wrong = app
            .post_form_raw(
                "/compte/inscription",
                &[
                    ("email", "x@exemple.fr"),
                    ("_csrf", "faux-jeton-de-la-bonne-longueur-ou-presque"),
                ],
            )
            .await;
        assert_eq!(wrong.status, StatusCode::FORBIDDEN);
        let after: i64 = app
            .app
            .db()
            .fetch_scalar(Query::new("SELECT COUNT(*) FROM users"))
            .await
            .unwrap();
        assert_eq!(before, after);
    }
}

#[tokio::test]
async fn an_oversized_body_gets_413() {
    let app = TestApp::sqlite(Vec::new()).await;
    let token = app.csrf().await;
    let big = "x".repeat(app.app.config().max_body_bytes + 10);
    let response = app
        .post_form_raw("/compte/connexion", &[("_csrf", &token), ("email", &big)])
        .await;
    assert_eq!(response.status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn static_assets_have_content_hashed_urls_and_long_cache() {
    let app = TestApp::sqlite(Vec::new()).await;
    let prefix = app.app.assets().prefix().to_owned();
    let css = app.get(&format!("{prefix}/vendor/dsfr/dsfr.min.css")).await;
    assert_eq!(css.status, StatusCode::OK);
    assert_eq!(css.header("content-type"), Some("text/css"));
    assert!(css.header("cache-control").unwrap().contains("immutable"));
    let stale = app
        .get("/static/0123456789ab/vendor/dsfr/dsfr.min.css")
        .await;
    assert_eq!(stale.header("cache-control"), Some("no-cache"));
    assert_eq!(
        app.get(&format!("{prefix}/absent.css")).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn probes_and_metrics_answer() {
    let app = TestApp::sqlite(Vec::new()).await;
    assert_eq!(app.get("/healthz").await.status, StatusCode::OK);
    assert_eq!(app.get("/readyz").await.status, StatusCode::OK);
    app.get("/").await;
    let metrics = app.get("/metrics").await;
    assert_eq!(metrics.status, StatusCode::OK);
    assert!(
        metrics.body.contains("http_requests_total"),
        "{}",
        metrics.body
    );
}

#[tokio::test]
async fn readiness_fails_when_a_migration_is_missing() {
    let app = TestApp::sqlite(Vec::new()).await;
    app.app
        .db()
        .execute(Query::new("DELETE FROM _sqlx_migrations"))
        .await
        .unwrap();
    assert_eq!(
        app.get("/readyz").await.status,
        StatusCode::SERVICE_UNAVAILABLE
    );
}

#[tokio::test]
async fn both_backends_end_with_the_same_tables_and_columns() {
    let sqlite = TestApp::sqlite(Vec::new()).await;
    let Some(postgres) = TestApp::postgres(Vec::new()).await else {
        eprintln!(
            "skipped: FABRIQUE_TEST_POSTGRES_URL is not set, the PostgreSQL schema is not compared"
        );
        return;
    };
    let left = schema(sqlite.app.db()).await.unwrap();
    let right = schema(postgres.app.db()).await.unwrap();
    assert!(!left.is_empty());
    assert_eq!(left, right);
}

#[tokio::test]
async fn legal_pages_exist() {
    let app = TestApp::sqlite(Vec::new()).await;
    for path in [
        "/accessibilite",
        "/mentions-legales",
        "/donnees-personnelles",
        "/plan-du-site",
    ] {
        let page = app.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        assert!(page.body.contains("<h1>"), "{path}");
    }
}
