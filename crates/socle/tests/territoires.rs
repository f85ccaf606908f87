//! Acceptance of the territoires: autocomplete oracles of the issue and counts against the COG files of
//! `../shared/data/aides`.

use axum::http::StatusCode;
use socle::testing::{TestApp, shared_data};
use std::collections::HashMap;

async fn first(app: &TestApp, q: &str) -> serde_json::Value {
    let response = app
        .get(&format!(
            "/api/v1/territoires?q={}",
            socle::web::percent_encode(q)
        ))
        .await;
    assert_eq!(response.status, StatusCode::OK, "{q}: {}", response.body);
    response.json()
}

#[tokio::test]
async fn autocomplete_answers_the_oracles_of_the_issue() {
    let app = TestApp::sqlite(Vec::new()).await;
    let montpel = first(&app, "montpel").await;
    assert_eq!(montpel["results"][0]["code"], "34172");
    let postcode = first(&app, "34000").await;
    assert!(
        postcode["results"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["code"] == "34172")
    );
    let ajaccio = first(&app, "2A004").await;
    assert_eq!(ajaccio["results"][0]["nom"], "Ajaccio");
    let saint_etienne = first(&app, "saint etienne").await;
    assert_eq!(saint_etienne["results"][0]["code"], "42218");
    // Accents, case and abbreviations fold away.
    assert_eq!(
        first(&app, "ST-ÉTIENNE").await["results"][0]["code"],
        "42218"
    );
    let shape = &montpel["results"][0];
    for key in ["type", "code", "nom"] {
        assert!(shape.get(key).is_some(), "{key}");
    }
    assert!(
        montpel.get("count").is_some()
            && montpel.get("next").is_some()
            && montpel.get("previous").is_some()
    );
}

#[tokio::test]
async fn autocomplete_filters_by_type_and_refuses_unknown_types_and_parameters() {
    let app = TestApp::sqlite(Vec::new()).await;
    let epci = first(&app, "montpellier&type=epci").await;
    assert!(
        epci["results"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["type"] == "epci")
    );
    let bad_type = app.get("/api/v1/territoires?q=x&type=canton").await;
    assert_eq!(bad_type.status, StatusCode::BAD_REQUEST);
    assert!(
        bad_type.json()["detail"]
            .as_str()
            .unwrap()
            .contains("canton")
    );
    let bogus = app.get("/api/v1/territoires?q=x&bogus=1").await;
    assert_eq!(bogus.status, StatusCode::BAD_REQUEST);
    assert_eq!(
        bogus.header("content-type"),
        Some("application/problem+json")
    );
    let too_big = app.get("/api/v1/territoires?q=x&page_size=1000").await;
    assert_eq!(too_big.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn montpellier_sits_in_its_metropole_herault_and_occitanie() {
    let app = TestApp::sqlite(Vec::new()).await;
    let detail = app.get("/api/v1/territoires/commune/34172").await.json();
    let containers: Vec<(String, String)> = detail["contenants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["type"].as_str().unwrap().to_owned(),
                c["nom"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        containers,
        vec![
            (
                "epci".to_owned(),
                "Montpellier Méditerranée Métropole".to_owned()
            ),
            ("departement".to_owned(), "Hérault".to_owned()),
            ("region".to_owned(), "Occitanie".to_owned()),
        ]
    );
    assert_eq!(
        app.get("/api/v1/territoires/commune/99999").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/api/v1/territoires/canton/34").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn member_counts_match_the_cog_files() {
    let Some(dir) = shared_data(env!("CARGO_MANIFEST_DIR"), "aides") else {
        return;
    };
    let app = TestApp::sqlite(Vec::new()).await;
    let mut by_departement: HashMap<String, usize> = HashMap::new();
    let mut communes = 0;
    for file in ["communes-2026-dep01-49.csv", "communes-2026-dep50-976.csv"] {
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_path(dir.join(file))
            .unwrap();
        for row in reader.records() {
            let row = row.unwrap();
            *by_departement.entry(row[2].to_owned()).or_default() += 1;
            communes += 1;
        }
    }
    let territoires = app.app.territoires();
    assert_eq!(
        territoires.count(socle::territoires::Kind::Commune),
        communes
    );
    for (code, expected) in &by_departement {
        let detail = app
            .get(&format!("/api/v1/territoires/departement/{code}"))
            .await
            .json();
        assert_eq!(
            detail["membres"]["commune"].as_u64().unwrap() as usize,
            *expected,
            "département {code}"
        );
    }
    let mut epci = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_path(dir.join("epci-2026.csv"))
        .unwrap();
    let mut checked = 0;
    for row in epci.records() {
        let row = row.unwrap();
        let members = row[6].split('|').filter(|c| !c.is_empty()).count();
        let detail = app
            .get(&format!("/api/v1/territoires/epci/{}", &row[0]))
            .await
            .json();
        assert_eq!(
            detail["membres"]["commune"].as_u64().unwrap() as usize,
            members,
            "EPCI {}",
            &row[0]
        );
        checked += 1;
    }
    assert_eq!(checked, territoires.count(socle::territoires::Kind::Epci));
}

#[tokio::test]
async fn an_imported_dataset_replaces_the_shipped_one_and_is_audited() {
    let app = TestApp::sqlite(Vec::new()).await;
    let mut dataset = socle::territoires::Dataset::embedded().unwrap();
    dataset.source = "jeu de test".to_owned();
    dataset
        .communes
        .retain(|c| c.departement.as_deref() == Some("34"));
    socle::territoires::import(&app.app, &dataset, &socle::audit::Actor::Cli)
        .await
        .unwrap();
    assert_eq!(app.app.territoires().source(), "jeu de test");
    let reloaded = socle::territoires::load(app.app.db()).await.unwrap();
    assert_eq!(
        reloaded.count(socle::territoires::Kind::Commune),
        dataset.communes.len()
    );
    // A malformed file is refused with its position.
    let error = socle::territoires::parse_any(b"{\"source\": 1")
        .unwrap_err()
        .to_string();
    assert!(error.contains("ligne 1"), "{error}");
}
