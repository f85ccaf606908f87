//! Helpers shared by the tests: the shared acceptance data, apps with the demo loaded, signed-in roles, multipart
//! forms.

use std::path::PathBuf;

/// Path of the shared acceptance data, relative to the crate so that a fresh clone beside `shared/` finds it.
const SHARED_DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/mines");

/// Returns the shared data folder, or `None` after printing a visible skip message when it is absent.
///
/// With `FABRIQUE_REQUIRE_SHARED_DATA=1` (CI) an absent folder is a failure, not a skip.
pub fn shared_data_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(SHARED_DATA);
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(
        std::env::var("FABRIQUE_REQUIRE_SHARED_DATA").as_deref() != Ok("1"),
        "../shared/data/mines est absent alors que FABRIQUE_REQUIRE_SHARED_DATA=1"
    );
    println!("skipped: ../shared/data/mines absent");
    None
}

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Method, Request, header};
use mines::Mines;
use socle::module::Module as _;
use socle::testing::{TestApp, TestResponse};

/// The mines module on every configured backend, with the demo loaded.
pub async fn apps_demo() -> Vec<TestApp> {
    let apps = TestApp::backends(vec![Arc::new(Mines)]).await;
    for app in &apps {
        Mines
            .demo(&app.app)
            .await
            .expect("données de démonstration");
    }
    apps
}

/// Signs a new account in and grants it roles of the module; returns its id.
pub async fn sign_in_with(app: &TestApp, email: &str, roles: &[(&str, Option<&str>)]) -> i64 {
    let id = app.sign_in_new_user(email, false).await;
    for (role, organisation) in roles {
        app.grant(id, "mines", role, *organisation).await;
    }
    id
}

/// POSTs a multipart form (texts, then files as (field, file name, bytes)), the CSRF token in the query string.
pub async fn post_multipart(
    app: &TestApp,
    path: &str,
    textes: &[(&str, &str)],
    fichiers: &[(&str, &str, Vec<u8>)],
) -> TestResponse {
    let token = app.csrf().await;
    let frontiere = "----frontiere-de-test-mines";
    let mut corps: Vec<u8> = Vec::new();
    for (nom, valeur) in textes {
        corps.extend_from_slice(
            format!("--{frontiere}\r\nContent-Disposition: form-data; name=\"{nom}\"\r\n\r\n{valeur}\r\n")
                .as_bytes(),
        );
    }
    for (nom, fichier, octets) in fichiers {
        corps.extend_from_slice(
            format!(
                "--{frontiere}\r\nContent-Disposition: form-data; name=\"{nom}\"; filename=\"{fichier}\"\r\n\
                 Content-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        corps.extend_from_slice(octets);
        corps.extend_from_slice(b"\r\n");
    }
    corps.extend_from_slice(format!("--{frontiere}--\r\n").as_bytes());
    let separateur = if path.contains('?') { '&' } else { '?' };
    app.send(
        Request::builder()
            .method(Method::POST)
            .uri(format!("{path}{separateur}_csrf={token}"))
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={frontiere}"),
            )
            .body(Body::from(corps))
            .expect("requête"),
    )
    .await
}

/// Id of the first démarche of a titre, by slug.
pub async fn demarche_of(app: &TestApp, slug: &str) -> i64 {
    let titre = mines::store::find_titre(app.app.db(), slug)
        .await
        .expect("lecture")
        .expect("titre de démonstration");
    let (_, demarches) = mines::store::list_demarches(
        app.app.db(),
        &mines::store::Visibilite {
            tout: true,
            ..mines::store::Visibilite::default()
        },
        Some(titre.id),
        &[],
        0,
        10,
    )
    .await
    .expect("démarches");
    demarches.first().expect("une démarche").demarche.id
}

/// Code of a demo company.
pub fn entreprise(index: usize) -> String {
    mines::demo::code_entreprise(index)
}
