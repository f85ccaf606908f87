//! Change feed: how several processes keep their in-memory indexes consistent with the database.
//!
//! A write that changes data some process keeps in memory records a row in `changes` with a topic, in its
//! transaction, and rebuilds its own index at once (local invalidation). Every process also runs [`follow`]
//! for each topic it indexes: it polls the highest sequence number every few seconds and rebuilds when it
//! moved. No home-made cluster protocol, only the system of record (ARCHITECTURE.md §4).

use futures::future::BoxFuture;
use std::time::Duration;

use crate::app::AppState;
use crate::db::{Db, DbResult, Query, Tx, now};

/// Records a change of `topic` in the caller's transaction; returns its sequence number.
pub async fn record(tx: &mut Tx, topic: &str) -> DbResult<i64> {
    tx.fetch_scalar(
        Query::new("INSERT INTO changes (topic, at) VALUES ($1, $2) RETURNING seq")
            .bind(topic)
            .bind(now()),
    )
    .await
}

/// The highest sequence number of a topic (0 when it never changed).
pub async fn latest(db: &Db, topic: &str) -> DbResult<i64> {
    let seq: Option<i64> = db
        .fetch_scalar(Query::new("SELECT MAX(seq) FROM changes WHERE topic = $1").bind(topic))
        .await?;
    Ok(seq.unwrap_or(0))
}

/// What rebuilds an index from the database.
pub type Rebuild = fn(AppState) -> BoxFuture<'static, anyhow::Result<()>>;

/// Polls `topic` every `every` and calls `rebuild` when another process changed it; a failed rebuild is
/// logged and retried at the next change or tick, the previous index staying in place meanwhile.
pub fn follow(
    app: AppState,
    topic: &'static str,
    every: Duration,
    rebuild: Rebuild,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut seen = latest(app.db(), topic).await.unwrap_or(0);
        let mut pending = false;
        loop {
            tokio::time::sleep(every).await;
            match latest(app.db(), topic).await {
                Ok(current) if current != seen => {
                    seen = current;
                    pending = true;
                }
                Ok(_) => {}
                Err(error) => {
                    tracing::warn!(%error, topic, "lecture du fil des changements impossible")
                }
            }
            if pending {
                match rebuild(app.clone()).await {
                    Ok(()) => pending = false,
                    Err(error) => {
                        tracing::warn!(error = %format!("{error:#}"), topic, "reconstruction d'index en échec")
                    }
                }
            }
        }
    })
}
