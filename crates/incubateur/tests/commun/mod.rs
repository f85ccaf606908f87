//! Helpers shared by the integration tests: the apps on both backends, accounts, the shared data and the files
//! `check-incubateur` writes.

pub mod pyyaml;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::http::StatusCode;
use incubateur::Incubateur;
use socle::testing::TestApp;

/// The module on SQLite and, when `FABRIQUE_TEST_POSTGRES_URL` is set, on PostgreSQL.
pub async fn apps() -> Vec<TestApp> {
    TestApp::backends(vec![Arc::new(Incubateur)]).await
}

/// `../shared/data/incubateur`, or `None` (with a message) when absent.
pub fn donnees() -> Option<PathBuf> {
    socle::testing::shared_data(env!("CARGO_MANIFEST_DIR"), "incubateur")
}

/// The password of the accounts the platform's harness creates.
const MOT_DE_PASSE: &str = "phrase de passe de test assez longue";

/// Creates an account (signed in from now on) and grants it roles of the module: `(role, organisation)`.
pub async fn compte(app: &TestApp, email: &str, roles: &[(&str, Option<&str>)]) -> i64 {
    let id = app.sign_in_new_user(email, false).await;
    for (role, organisation) in roles {
        app.grant(id, incubateur::MODULE, role, *organisation).await;
    }
    id
}

/// Signs in again with an account created by [`compte`] (the client keeps one session at a time).
pub async fn connecter(app: &TestApp, email: &str) {
    let response = app
        .post_form(
            "/compte/connexion",
            &[("email", email), ("mot_de_passe", MOT_DE_PASSE)],
        )
        .await;
    assert_eq!(
        response.status,
        StatusCode::SEE_OTHER,
        "{}: connexion de {email} : {}",
        app.backend,
        response.body
    );
}

/// Writes the 662 startups of the shared fixture as `<id>.md` files, exactly as `check-incubateur` does with PyYAML
/// (front-matter, then `Description.`, a `contact` added when absent); returns how many.
pub fn ecrire_startups_pyyaml(fixture: &Path, dossier: &Path) -> usize {
    let texte = std::fs::read_to_string(fixture).expect("startups_frontmatter.json");
    let document: serde_json::Value = serde_json::from_str(&texte).expect("JSON");
    let startups = document["startups"].as_array().expect("a list of startups");
    for startup in startups {
        let mut champs = startup.as_object().expect("a startup").clone();
        let id = champs
            .shift_remove("id")
            .and_then(|id| id.as_str().map(str::to_owned))
            .expect("an id");
        champs
            .entry("contact")
            .or_insert_with(|| serde_json::Value::String("contact@example.org".to_owned()));
        let fichier = format!("---\n{}---\n\nDescription.\n", pyyaml::dump(&champs));
        std::fs::write(dossier.join(format!("{id}.md")), fichier).expect("écriture");
    }
    startups.len()
}

/// An oracle CSV `incubator,phase,count` as a map, as `check-incubateur` reads it.
pub fn oracle(fichier: &Path) -> BTreeMap<(String, String), i64> {
    std::fs::read_to_string(fichier)
        .expect("oracle")
        .lines()
        .skip(1)
        .filter(|ligne| !ligne.trim().is_empty())
        .map(|ligne| {
            let cellules: Vec<&str> = ligne.split(',').collect();
            (
                (cellules[0].to_owned(), cellules[1].to_owned()),
                cellules[2].trim().parse().expect("un effectif"),
            )
        })
        .collect()
}

/// The statistics API answer as `check-incubateur` reads it: `phase` null as `(none)`, zero counts dropped.
pub fn statistiques(reponse: &serde_json::Value) -> BTreeMap<(String, String), i64> {
    reponse
        .as_array()
        .expect("une liste")
        .iter()
        .map(|ligne| {
            (
                (
                    ligne["incubateur"].as_str().expect("incubateur").to_owned(),
                    ligne["phase"].as_str().unwrap_or("(none)").to_owned(),
                ),
                ligne["nombre"].as_i64().expect("nombre"),
            )
        })
        .filter(|(_, nombre)| *nombre != 0)
        .collect()
}

/// Number of audit entries of the module with this action and target.
pub async fn audits(app: &TestApp, action: &str, cible: &str) -> i64 {
    app.app
        .db()
        .fetch_scalar(
            socle::db::Query::new(
                "SELECT COUNT(*) FROM audit_log WHERE module = 'incubateur' AND action = $1 AND target = $2",
            )
            .bind(action)
            .bind(cible),
        )
        .await
        .expect("comptage du journal")
}

/// Number of rows of a table (the name is a literal of the tests).
pub async fn lignes(app: &TestApp, table: &'static str) -> i64 {
    app.app
        .db()
        .fetch_scalar(socle::db::Query::assembled(format!(
            "SELECT COUNT(*) FROM {table}"
        )))
        .await
        .expect("comptage")
}
