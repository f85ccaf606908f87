//! The program as a whole: command line, schema parity with every module, demo data.

use socle::db::schema;
use socle::testing::TestApp;
use std::process::Command;

fn binary() -> Command {
    Command::new(env!("CARGO_BIN_EXE_fabrique"))
}

#[test]
fn help_lists_every_subcommand() {
    let output = binary().arg("--help").output().expect("fabrique runs");
    let help = String::from_utf8_lossy(&output.stdout);
    for command in [
        "serve", "migrate", "demo", "import", "export", "user", "audit", "config", "mines",
    ] {
        assert!(help.contains(command), "--help should list {command}");
    }
    for command in [
        "serve", "migrate", "demo", "import", "export", "user", "audit",
    ] {
        let output = binary()
            .args([command, "--help"])
            .output()
            .expect("fabrique runs");
        assert!(output.status.success(), "{command} --help");
    }
}

#[test]
fn a_bad_configuration_fails_fast_with_a_clear_message() {
    let output = binary()
        .arg("migrate")
        .env("FABRIQUE_LISTEN", "pas-une-adresse")
        .output()
        .expect("fabrique runs");
    assert!(!output.status.success());
    let error = String::from_utf8_lossy(&output.stderr);
    assert!(error.contains("FABRIQUE_LISTEN"), "{error}");
}

#[test]
fn migrate_user_create_and_audit_verify_work_on_a_fresh_sqlite_file() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("cli.db").display());
    let run = |args: &[&str]| {
        binary()
            .args(args)
            .env("FABRIQUE_DATABASE_URL", &url)
            .env("FABRIQUE_DATA_DIR", dir.path())
            .env("FABRIQUE_USER_PASSWORD", "trois mots de passe solides")
            .output()
            .expect("fabrique runs")
    };
    assert!(run(&["migrate"]).status.success());
    let created = run(&["user", "create", "--email", "admin@exemple.fr", "--admin"]);
    assert!(
        created.status.success(),
        "{}",
        String::from_utf8_lossy(&created.stderr)
    );
    let again = run(&["user", "create", "--email", "admin@exemple.fr"]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("existe déjà"));
    let verified = run(&["audit", "verify"]);
    assert!(verified.status.success());
    assert!(String::from_utf8_lossy(&verified.stdout).contains("1 entrées vérifiées"));
}

#[tokio::test]
async fn every_module_migrates_to_the_same_schema_on_both_backends() {
    let sqlite = TestApp::sqlite(fabrique::modules()).await;
    let Some(postgres) = TestApp::postgres(fabrique::modules()).await else {
        eprintln!(
            "skipped: FABRIQUE_TEST_POSTGRES_URL is not set, the PostgreSQL schema is not compared"
        );
        return;
    };
    assert_eq!(
        schema(sqlite.app.db()).await.unwrap(),
        schema(postgres.app.db()).await.unwrap()
    );
}

#[tokio::test]
async fn the_demo_loads_once_in_every_module_on_both_backends() {
    for app in TestApp::backends(fabrique::modules()).await {
        assert!(
            fabrique::cli::load_demo(&app.app).await.unwrap(),
            "{}",
            app.backend
        );
        assert!(
            !fabrique::cli::load_demo(&app.app).await.unwrap(),
            "a second load must not duplicate"
        );
        assert_eq!(app.get("/").await.status, axum::http::StatusCode::OK);
    }
}

#[test]
fn territoires_export_and_import_round_trip_through_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("t.db").display());
    let run = |args: &[&str]| {
        binary()
            .args(args)
            .env("FABRIQUE_DATABASE_URL", &url)
            .env("FABRIQUE_DATA_DIR", dir.path())
            .output()
            .expect("runs")
    };
    let exported = run(&["export", "territoires"]);
    assert!(exported.status.success());
    let mut dataset: serde_json::Value = serde_json::from_slice(&exported.stdout).unwrap();
    assert_eq!(dataset["communes"].as_array().unwrap().len(), 34_969);
    dataset["source"] = "COG de test".into();
    let file = dir.path().join("territoires.json");
    std::fs::write(&file, dataset.to_string()).unwrap();
    let imported = run(&["import", "territoires", file.to_str().unwrap()]);
    assert!(
        imported.status.success(),
        "{}",
        String::from_utf8_lossy(&imported.stderr)
    );
    let again: serde_json::Value =
        serde_json::from_slice(&run(&["export", "territoires"]).stdout).unwrap();
    assert_eq!(again["source"], "COG de test");
    let broken = dir.path().join("casse.json");
    std::fs::write(&broken, "{\"source\": \"x\",\n \"regions\": [}").unwrap();
    let refused = run(&["import", "territoires", broken.to_str().unwrap()]);
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("ligne 2"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
}
