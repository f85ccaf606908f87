//! Publications: an immutable snapshot with its manifest and audit entry; another process follows the change
//! feed; a snapshot whose files do not match their manifest is refused and the previous one stays.

use std::sync::Arc;

use secheresse::Secheresse;
use secheresse::publication;
use socle::AppState;
use socle::config::{Config, DatabaseUrl};
use socle::db::Query;

use crate::commun::{VIGIEAU_GEOJSON, apps, count, data, import, jour_echantillon, replay};

#[tokio::test]
async fn a_publication_is_a_snapshot_with_its_manifest_audit_entry_and_change_row() {
    let Some(geojson) = data(VIGIEAU_GEOJSON) else {
        return;
    };
    for app in apps().await {
        import(&app, "secheresse-zones", geojson.clone())
            .await
            .expect("imported");
        let before = count(&app, "SELECT COUNT(*) FROM secheresse_publications").await;
        let changes = count(
            &app,
            "SELECT COUNT(*) FROM changes WHERE topic = 'secheresse'",
        )
        .await;
        let audits = count(
            &app,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'publier'",
        )
        .await;
        replay(&app, jour_echantillon()).await;
        assert_eq!(
            count(&app, "SELECT COUNT(*) FROM secheresse_publications").await,
            before + 1
        );
        assert_eq!(
            count(
                &app,
                "SELECT COUNT(*) FROM changes WHERE topic = 'secheresse'"
            )
            .await,
            changes + 1
        );
        assert_eq!(
            count(
                &app,
                "SELECT COUNT(*) FROM audit_log WHERE action = 'publier'"
            )
            .await,
            audits + 1
        );
        let courante = publication::courante(&app.app);
        let (id, sha): (String, String) = app
            .app
            .db()
            .fetch_one(Query::new(
                "SELECT id, sha256 FROM secheresse_publications ORDER BY seq DESC LIMIT 1",
            ))
            .await
            .expect("latest");
        assert_eq!(courante.publication_id, id);
        assert_eq!(courante.manifeste.sha256, sha);
        assert_eq!(courante.zones.zones().len(), 52);
        // The subscribers' job is enqueued in the same transaction.
        assert!(
            count(
                &app,
                "SELECT COUNT(*) FROM jobs WHERE kind = 'secheresse.notifier'"
            )
            .await
                >= 1
        );
        // The daily run publishes nothing when nothing changed.
        let unchanged = publication::publier(
            &app.app,
            &socle::audit::Actor::System("test"),
            "recalcul",
            jour_echantillon(),
            publication::Declencheur::Planifie,
        )
        .await
        .expect("scheduled run");
        assert!(unchanged.is_none());
        assert!(
            socle::audit::verify(app.app.db())
                .await
                .expect("verified")
                .first_break
                .is_none()
        );
    }
}

#[tokio::test]
async fn another_process_follows_the_change_feed_and_keeps_its_snapshot_when_a_new_one_is_corrupt()
{
    let Some(geojson) = data(VIGIEAU_GEOJSON) else {
        return;
    };
    for app in apps().await {
        import(&app, "secheresse-zones", geojson.clone())
            .await
            .expect("imported");
        // A second process on the same database.
        let dir = tempfile::tempdir().expect("folder");
        let url = match app.backend {
            "sqlite" => app.app.config().database_url.clone(),
            _ => DatabaseUrl::Postgres(
                std::env::var(socle::testing::POSTGRES_ENV).expect("PostgreSQL URL"),
            ),
        };
        let other = AppState::start_with_db(
            Config::for_tests(url, dir.path().to_path_buf()),
            app.app.db().clone(),
            vec![Arc::new(Secheresse)],
        )
        .await
        .expect("second process");
        let before = publication::courante(&other).publication_id.clone();
        assert_eq!(before, publication::courante(&app.app).publication_id);
        replay(&app, jour_echantillon()).await;
        let published = publication::courante(&app.app).publication_id.clone();
        assert_ne!(published, before);
        // What the follower task runs when the change feed moves.
        publication::refresh(&other).await.expect("refreshed");
        assert_eq!(publication::courante(&other).publication_id, published);
        // A third publication whose stored file was altered is refused by the follower, which keeps its own.
        replay(
            &app,
            chrono::NaiveDate::from_ymd_opt(2026, 6, 30).expect("date"),
        )
        .await;
        app.app
            .db()
            .execute(Query::new(
                "UPDATE secheresse_publication_fichiers SET contenu = $1 WHERE nom = 'arretes.csv' \
                 AND publication_seq = (SELECT MAX(seq) FROM secheresse_publications)",
            ).bind(b"altered".to_vec()))
            .await
            .expect("altered");
        let error = publication::refresh(&other).await.expect_err("refused");
        assert!(format!("{error:#}").contains("manifeste"), "{error:#}");
        assert_eq!(publication::courante(&other).publication_id, published);
        assert_eq!(publication::courante(&other).zones.zones().len(), 52);
    }
}

#[tokio::test]
async fn both_backends_have_the_same_tables_and_columns() {
    let apps = apps().await;
    let mut schemas = Vec::new();
    for app in &apps {
        let schema = socle::db::schema(app.app.db()).await.expect("schema");
        schemas.push(
            schema
                .into_iter()
                .filter(|(table, _)| table.starts_with("secheresse_"))
                .collect::<std::collections::BTreeMap<_, _>>(),
        );
    }
    assert_eq!(schemas[0].len(), 16, "{:?}", schemas[0].keys());
    if let [sqlite, postgres] = schemas.as_slice() {
        assert_eq!(sqlite, postgres);
    }
}
