//! Helpers shared by the integration tests.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Method, Request, header};
use chrono::NaiveDate;
use secheresse::Secheresse;
use secheresse::domain::arrete::ModeCalcul;
use secheresse::publication::{self, Declencheur};
use socle::Module as _;
use socle::audit::Actor;
use socle::db::Query;
use socle::module::{ImportReport, ImportSource};
use socle::testing::{TestApp, TestResponse};

/// The module on every configured backend.
pub async fn apps() -> Vec<TestApp> {
    TestApp::backends(vec![Arc::new(Secheresse)]).await
}

/// A file of `../shared/data/secheresse`, or `None` (with a visible message) when the folder is absent.
pub fn data(name: &str) -> Option<Vec<u8>> {
    let folder = socle::testing::shared_data(env!("CARGO_MANIFEST_DIR"), "secheresse")?;
    Some(std::fs::read(folder.join(name)).unwrap_or_else(|error| panic!("{name}: {error}")))
}

/// The real samples.
pub const ASSEC_ESU: &str = "assec_var83_esu_zones_2018.geojson";
pub const ASSEC_ESO: &str = "assec_var83_eso_zones_2018.geojson";
pub const VIGIEAU_GEOJSON: &str = "vigieau_zones_simplifiees_2026-07-02_dep34_83.geojson";
pub const VIGIEAU_CSV: &str = "vigieau_zones_en_vigueur_2026-07-02.csv";

/// The day of the VigiEau samples.
pub fn jour_echantillon() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 7, 2).expect("valid date")
}

/// Runs an importer of the module, as `fabrique import <name> -` does.
pub async fn import(app: &TestApp, name: &str, bytes: Vec<u8>) -> anyhow::Result<ImportReport> {
    let importer = Secheresse
        .importers()
        .into_iter()
        .find(|importer| importer.name == name)
        .unwrap_or_else(|| panic!("no importer {name}"));
    (importer.run)(app.app.clone(), ImportSource::Stdin(bytes)).await
}

/// Republishes the zones in force on a past day (replay of an archive, as the spec's oracles need).
pub async fn replay(app: &TestApp, jour: NaiveDate) {
    publication::publier(
        &app.app,
        &Actor::Cli,
        "rejeu d'une date passée",
        jour,
        Declencheur::Changement(ModeCalcul::Planifie),
    )
    .await
    .expect("replay published");
}

/// A count of rows.
pub async fn count(app: &TestApp, sql: &'static str) -> i64 {
    app.app
        .db()
        .fetch_scalar(Query::new(sql))
        .await
        .unwrap_or_else(|error| panic!("{sql}: {error}"))
}

/// A small PDF (the blob store checks the magic bytes).
pub const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

/// Posts a multipart form with a `pdf` file, the CSRF token in the query as the pages do.
pub async fn post_pdf(app: &TestApp, path: &str, version: i64, contenu: &[u8]) -> TestResponse {
    let csrf = app.csrf().await;
    let boundary = "----secheresse-test";
    let mut body = Vec::new();
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"version\"\r\n\r\n{version}\r\n--{boundary}\r\n\
             Content-Disposition: form-data; name=\"pdf\"; filename=\"arrete.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(contenu);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    app.send(
        Request::builder()
            .method(Method::POST)
            .uri(format!("{path}?_csrf={csrf}"))
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(Body::from(body))
            .expect("request"),
    )
    .await
}

/// The id at the end of a `Location` header (`/secheresse/gestion/arretes-cadre/12` → 12).
pub fn id_in_location(response: &TestResponse) -> i64 {
    response
        .header("location")
        .and_then(|location| location.rsplit('/').next())
        .and_then(|id| id.split('#').next())
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("no id in {:?}: {}", response.headers, response.body))
}

/// The version of an arrêté, as the page's form carries it.
pub async fn version(app: &TestApp, table: &'static str, id: i64) -> i64 {
    let sql = match table {
        "cadre" => "SELECT version FROM secheresse_arretes_cadre WHERE id = $1",
        _ => "SELECT version FROM secheresse_arretes_restriction WHERE id = $1",
    };
    app.app
        .db()
        .fetch_scalar(Query::new(sql).bind(id))
        .await
        .expect("version")
}

/// The lookup API's answer at a point.
pub async fn zones_at(app: &TestApp, lon: f64, lat: f64) -> TestResponse {
    app.get(&format!("/api/v1/secheresse/zones?lon={lon}&lat={lat}"))
        .await
}
