//! A `tower-sessions` store over the `sessions` table of either backend.
//!
//! Written here because the published sqlx store pins sqlx 0.8 and an older tower-sessions-core. The session
//! id never reaches the database in clear: rows are keyed by its SHA-256, so a leaked copy of the table cannot
//! be replayed as cookies.

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{Error, ExpiredDeletion, Result, SessionStore};

use crate::db::{Db, Query, now};

/// The store.
#[derive(Debug, Clone)]
pub struct DbSessionStore {
    db: Db,
}

impl DbSessionStore {
    /// A store over this pool.
    pub fn new(db: Db) -> Self {
        Self { db }
    }
}

fn key(id: &Id) -> String {
    super::token_hash(&id.to_string())
}

fn backend(error: impl std::fmt::Display) -> Error {
    Error::Backend(error.to_string())
}

fn to_chrono(expiry: time::OffsetDateTime) -> DateTime<Utc> {
    DateTime::<Utc>::from_timestamp(expiry.unix_timestamp(), 0).unwrap_or_else(now)
}

fn to_time(expiry: DateTime<Utc>) -> Result<time::OffsetDateTime> {
    time::OffsetDateTime::from_unix_timestamp(expiry.timestamp()).map_err(backend)
}

#[async_trait]
impl SessionStore for DbSessionStore {
    async fn create(&self, record: &mut Record) -> Result<()> {
        // Ids are 128 random bits; on the astronomically unlikely collision, draw again.
        loop {
            let data =
                serde_json::to_string(&record.data).map_err(|e| Error::Encode(e.to_string()))?;
            let inserted = self
                .db
                .execute(
                    Query::new(
                        "INSERT INTO sessions (id, data, expires_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING",
                    )
                    .bind(key(&record.id))
                    .bind(data)
                    .bind(to_chrono(record.expiry_date)),
                )
                .await
                .map_err(backend)?;
            if inserted == 1 {
                return Ok(());
            }
            record.id = Id::default();
        }
    }

    async fn save(&self, record: &Record) -> Result<()> {
        let data = serde_json::to_string(&record.data).map_err(|e| Error::Encode(e.to_string()))?;
        self.db
            .execute(
                Query::new(
                    "INSERT INTO sessions (id, data, expires_at) VALUES ($1, $2, $3) \
                     ON CONFLICT (id) DO UPDATE SET data = excluded.data, expires_at = excluded.expires_at",
                )
                .bind(key(&record.id))
                .bind(data)
                .bind(to_chrono(record.expiry_date)),
            )
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        let row: Option<(String, DateTime<Utc>)> = self
            .db
            .fetch_optional(
                Query::new(
                    "SELECT data, expires_at FROM sessions WHERE id = $1 AND expires_at > $2",
                )
                .bind(key(id))
                .bind(now()),
            )
            .await
            .map_err(backend)?;
        match row {
            None => Ok(None),
            Some((data, expires_at)) => Ok(Some(Record {
                id: *id,
                data: serde_json::from_str(&data).map_err(|e| Error::Decode(e.to_string()))?,
                expiry_date: to_time(expires_at)?,
            })),
        }
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        self.db
            .execute(Query::new("DELETE FROM sessions WHERE id = $1").bind(key(id)))
            .await
            .map_err(backend)?;
        Ok(())
    }
}

#[async_trait]
impl ExpiredDeletion for DbSessionStore {
    async fn delete_expired(&self) -> Result<()> {
        self.db
            .execute(Query::new("DELETE FROM sessions WHERE expires_at <= $1").bind(now()))
            .await
            .map_err(backend)?;
        Ok(())
    }
}
