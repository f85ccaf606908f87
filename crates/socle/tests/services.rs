//! Audit journal, jobs, mail outbox and blob store.

use chrono::Duration;
use socle::audit::{self, Actor};
use socle::db::{Backend, Query, now};
use socle::files::{self, FileError, UploadPolicy};
use socle::jobs::{self, Every, JobFuture, JobHandler, Schedule};
use socle::testing::TestApp;

use crate::apps;

async fn append(app: &TestApp, n: usize) {
    for i in 0..n {
        let mut tx = app.app.db().begin().await.unwrap();
        audit::record(
            &mut tx,
            audit::Entry {
                actor: &Actor::Cli,
                module: "test",
                action: "ecrire",
                target: &format!("objet:{i}"),
                summary: &format!("Entrée {i}"),
                details: serde_json::json!({ "i": i }),
            },
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
    }
}

async fn unprotect(app: &TestApp) {
    let sql = match app.app.db().backend() {
        Backend::Sqlite => "DROP TRIGGER audit_log_no_update",
        Backend::Postgres => "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update",
    };
    app.app.db().execute(Query::new(sql)).await.unwrap();
}

#[tokio::test]
async fn the_audit_chain_verifies_and_detects_any_altered_row() {
    for app in apps().await {
        append(&app, 5).await;
        let clean = audit::verify(app.app.db()).await.unwrap();
        assert_eq!((clean.checked, clean.first_break.clone()), (5, None));

        // The table refuses updates and deletes.
        assert!(
            app.app
                .db()
                .execute(Query::new(
                    "UPDATE audit_log SET summary = 'x' WHERE id = 3"
                ))
                .await
                .is_err()
        );
        assert!(
            app.app
                .db()
                .execute(Query::new("DELETE FROM audit_log WHERE id = 3"))
                .await
                .is_err()
        );

        // Someone with the power to drop the protection alters entry 3: the chain breaks there.
        unprotect(&app).await;
        app.app
            .db()
            .execute(Query::new(
                "UPDATE audit_log SET summary = 'falsifié' WHERE id = 3",
            ))
            .await
            .unwrap();
        let broken = audit::verify(app.app.db()).await.unwrap();
        assert_eq!(broken.first_break.map(|b| b.id), Some(3), "{}", app.backend);
    }
}

#[tokio::test]
async fn deleting_an_audit_row_breaks_the_chain_at_the_next_one() {
    let app = TestApp::sqlite(Vec::new()).await;
    append(&app, 4).await;
    app.app
        .db()
        .execute(Query::new("DROP TRIGGER audit_log_no_delete"))
        .await
        .unwrap();
    app.app
        .db()
        .execute(Query::new("DELETE FROM audit_log WHERE id = 2"))
        .await
        .unwrap();
    let broken = audit::verify(app.app.db()).await.unwrap();
    assert_eq!(broken.first_break.map(|b| b.id), Some(3));
}

#[tokio::test]
async fn concurrent_writers_append_to_one_chain() {
    for app in apps().await {
        let mut tasks = Vec::new();
        for worker in 0..4 {
            let state = app.app.clone();
            tasks.push(tokio::spawn(async move {
                for i in 0..5 {
                    let mut tx = state.db().begin().await.unwrap();
                    audit::record(
                        &mut tx,
                        audit::Entry {
                            actor: &Actor::System("test"),
                            module: "test",
                            action: "ecrire",
                            target: &format!("w{worker}:{i}"),
                            summary: "concurrent",
                            details: serde_json::json!({}),
                        },
                    )
                    .await
                    .unwrap();
                    tx.commit().await.unwrap();
                }
            }));
        }
        for task in tasks {
            task.await.unwrap();
        }
        let verification = audit::verify(app.app.db()).await.unwrap();
        assert_eq!(
            (verification.checked, verification.first_break),
            (20, None),
            "{}",
            app.backend
        );
    }
}

// A handler failing on its first two attempts, to exercise retries.
fn flaky(_app: socle::AppState, payload: serde_json::Value) -> JobFuture {
    Box::pin(async move {
        if payload["fail"].as_bool() == Some(true) {
            Err(anyhow::anyhow!("échec voulu"))
        } else {
            Ok(())
        }
    })
}

#[tokio::test]
async fn jobs_run_once_retry_with_backoff_and_end_failed() {
    for app in apps().await {
        let mut tx = app.app.db().begin().await.unwrap();
        let ok = jobs::enqueue(&mut tx, "socle.purge", serde_json::json!({}), None, 3)
            .await
            .unwrap();
        let unknown = jobs::enqueue(&mut tx, "inconnu.kind", serde_json::json!({}), None, 2)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        assert_eq!(jobs::run_due(&app.app, "w1", 10).await.unwrap(), 2);
        // Nothing is due any more: the failed one waits for its backoff.
        assert_eq!(jobs::run_due(&app.app, "w1", 10).await.unwrap(), 0);
        let (_, rows) = jobs::list(app.app.db(), None, 0, 10).await.unwrap();
        let status = |id: i64| rows.iter().find(|r| r.id == id).unwrap().clone();
        assert_eq!(status(ok).status, "done");
        let retried = status(unknown);
        assert_eq!((retried.status.as_str(), retried.attempts), ("pending", 1));
        assert!(retried.run_at > now() + Duration::seconds(20));
        assert!(retried.last_error.unwrap().contains("aucun traitement"));

        // Make it due again: the second failure is the last allowed.
        app.app
            .db()
            .execute(
                Query::new("UPDATE jobs SET run_at = $1 WHERE id = $2")
                    .bind(now())
                    .bind(unknown),
            )
            .await
            .unwrap();
        jobs::run_due(&app.app, "w1", 10).await.unwrap();
        let (_, failed) = jobs::list(app.app.db(), Some("failed"), 0, 10)
            .await
            .unwrap();
        assert_eq!(failed.len(), 1, "{}", app.backend);
        let _ = flaky;
    }
}

#[tokio::test]
async fn a_schedule_fires_once_however_many_processes_tick() {
    for app in apps().await {
        let at = now();
        // First tick registers the schedules for their next run.
        assert_eq!(jobs::tick_schedules(&app.app, at).await.unwrap(), 0);
        let later = at + Duration::days(2);
        let first = jobs::tick_schedules(&app.app, later).await.unwrap();
        let second = jobs::tick_schedules(&app.app, later).await.unwrap();
        assert_eq!((first, second), (1, 0), "{}", app.backend);
        let queued: i64 = app
            .app
            .db()
            .fetch_scalar(Query::new(
                "SELECT COUNT(*) FROM jobs WHERE kind = 'socle.purge'",
            ))
            .await
            .unwrap();
        assert_eq!(queued, 1);
    }
    let _ = (
        Schedule {
            name: "x",
            kind: "y",
            every: Every::Interval(std::time::Duration::from_secs(1)),
        },
        JobHandler {
            kind: "t",
            max_attempts: 1,
            run: flaky,
        },
    );
}

#[tokio::test]
async fn the_purge_removes_expired_sessions_and_old_attempts_only() {
    let app = TestApp::sqlite(Vec::new()).await;
    let db = app.app.db();
    db.execute(Query::new("INSERT INTO sessions (id, data, expires_at) VALUES ('old', '{}', $1), ('live', '{}', $2)").bind(now() - Duration::hours(1)).bind(now() + Duration::hours(1))).await.unwrap();
    db.execute(Query::new("INSERT INTO login_attempts (email, ip, succeeded, at) VALUES ('a', 'ip', FALSE, $1), ('b', 'ip', FALSE, $2)").bind(now() - Duration::days(2)).bind(now())).await.unwrap();
    let mut tx = db.begin().await.unwrap();
    jobs::enqueue(&mut tx, "socle.purge", serde_json::json!({}), None, 3)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    jobs::run_due(&app.app, "w", 5).await.unwrap();
    let sessions: Vec<String> = db
        .fetch_scalars(Query::new("SELECT id FROM sessions"))
        .await
        .unwrap();
    let attempts: Vec<String> = db
        .fetch_scalars(Query::new("SELECT email FROM login_attempts"))
        .await
        .unwrap();
    assert_eq!(sessions, vec!["live".to_owned()]);
    assert_eq!(attempts, vec!["b".to_owned()]);
}

const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

#[tokio::test]
async fn blobs_are_type_checked_by_content_and_size() {
    let app = TestApp::sqlite(Vec::new()).await;
    let mut tx = app.app.db().begin().await.unwrap();
    let stored = app
        .app
        .files()
        .put(&mut tx, PDF, "arrêté.pdf", &files::PDF, None)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(stored.content_type, "application/pdf");
    let (blob, bytes) = app.app.files().read(app.app.db(), stored.id).await.unwrap();
    assert_eq!(
        (blob.original_name.as_str(), bytes.as_slice()),
        ("arrêté.pdf", PDF)
    );

    let mut tx = app.app.db().begin().await.unwrap();
    let lie = app
        .app
        .files()
        .put(
            &mut tx,
            b"<html>not a pdf</html>",
            "faux.pdf",
            &files::PDF,
            None,
        )
        .await;
    assert!(matches!(lie, Err(FileError::WrongType { .. })));
    let tiny = UploadPolicy {
        allowed: &["application/pdf"],
        max_bytes: 10,
        encrypt: false,
    };
    assert!(matches!(
        app.app
            .files()
            .put(&mut tx, PDF, "x.pdf", &tiny, None)
            .await,
        Err(FileError::TooLarge { .. })
    ));
    assert!(matches!(
        app.app
            .files()
            .put(&mut tx, b"", "x.pdf", &files::PDF, None)
            .await,
        Err(FileError::Empty)
    ));
    assert!(matches!(
        app.app
            .files()
            .put(&mut tx, PDF, "x.pdf", &files::PERSONAL_DOCUMENT, None)
            .await,
        Err(FileError::NoKey)
    ));
}

#[tokio::test]
async fn personal_documents_are_encrypted_at_rest() {
    let dir = tempfile::tempdir().unwrap();
    let url = socle::config::DatabaseUrl::Sqlite(format!(
        "sqlite://{}",
        dir.path().join("t.db").display()
    ));
    let mut config = socle::config::Config::for_tests(url, dir.path().to_path_buf());
    config.files_key = Some([42_u8; 32]);
    let app = socle::AppState::start(config, Vec::new()).await.unwrap();
    let mut tx = app.db().begin().await.unwrap();
    let stored = app
        .files()
        .put(
            &mut tx,
            PDF,
            "bulletin.pdf",
            &files::PERSONAL_DOCUMENT,
            Some(1).filter(|_| false),
        )
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert!(stored.encrypted);
    let raw = app.files().raw(&stored.storage_key).await.unwrap();
    assert!(
        !raw.windows(5).any(|w| w == b"%PDF-"),
        "the stored bytes must not be the clear PDF"
    );
    let (_, clear) = app.files().read(app.db(), stored.id).await.unwrap();
    assert_eq!(clear, PDF);
}

#[tokio::test]
async fn the_change_feed_numbers_changes_per_topic() {
    for app in apps().await {
        assert_eq!(
            socle::changes::latest(app.app.db(), "aides").await.unwrap(),
            0
        );
        let mut tx = app.app.db().begin().await.unwrap();
        let first = socle::changes::record(&mut tx, "aides").await.unwrap();
        socle::changes::record(&mut tx, "secheresse").await.unwrap();
        let third = socle::changes::record(&mut tx, "aides").await.unwrap();
        tx.commit().await.unwrap();
        assert!(third > first);
        assert_eq!(
            socle::changes::latest(app.app.db(), "aides").await.unwrap(),
            third,
            "{}",
            app.backend
        );
    }
}
