//! API conventions and the OpenAPI document.

use axum::http::StatusCode;
use socle::testing::TestApp;

#[tokio::test]
async fn the_openapi_document_is_3_1_and_stable() {
    let app = TestApp::sqlite(Vec::new()).await;
    let document = app.get("/api/v1/openapi.json").await.json();
    assert!(document["openapi"].as_str().unwrap().starts_with("3.1"));
    insta::assert_json_snapshot!("openapi_socle", document);
}

#[tokio::test]
async fn the_documentation_page_lists_the_endpoints() {
    let app = TestApp::sqlite(Vec::new()).await;
    let page = app.get("/api").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("/api/v1/territoires"));
}

#[tokio::test]
async fn pagination_follows_next_links() {
    let app = TestApp::sqlite(Vec::new()).await;
    let first = app
        .get("/api/v1/territoires?q=saint&page_size=50")
        .await
        .json();
    let next = first["next"].as_str().unwrap();
    let path = next
        .split_once("://")
        .unwrap()
        .1
        .split_once('/')
        .map(|(_, p)| format!("/{p}"))
        .unwrap();
    let second = app.get(&path).await.json();
    assert_eq!(second["count"], first["count"]);
    assert!(second["previous"].is_string());
    assert_ne!(first["results"][0]["code"], second["results"][0]["code"]);
}

#[tokio::test]
async fn the_api_is_rate_limited_per_ip_with_retry_after() {
    let dir = tempfile::tempdir().unwrap();
    let url = socle::config::DatabaseUrl::Sqlite(format!(
        "sqlite://{}",
        dir.path().join("t.db").display()
    ));
    let mut config = socle::config::Config::for_tests(url, dir.path().to_path_buf());
    config.api_rate_per_minute_ip = 3;
    let state = socle::AppState::start(config, Vec::new()).await.unwrap();
    let router = socle::web::router(state);
    let mut statuses = Vec::new();
    for _ in 0..5 {
        use tower::ServiceExt as _;
        let response = router
            .clone()
            .oneshot(
                axum::http::Request::get("/api/v1/territoires?q=lyon")
                    .body(axum::body::Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap();
        if response.status() == StatusCode::TOO_MANY_REQUESTS {
            assert!(response.headers().get("retry-after").is_some());
        }
        statuses.push(response.status());
    }
    assert_eq!(statuses.iter().filter(|s| **s == StatusCode::OK).count(), 3);
    assert_eq!(statuses.last(), Some(&StatusCode::TOO_MANY_REQUESTS));
}
