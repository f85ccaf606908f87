//! SQL of the module, through `socle::db` (one query text for both engines), returning domain types.
//!
//! - [`catalogue`]: organisations, incubators and startups, and the in-memory catalogue every process keeps;
//! - [`appels`]: calls for projects and their journal;
//! - [`candidatures`]: submissions and their journal;
//! - [`jury`]: jury members, pre-jury marks, conflicts, the audition plan, scores and the deliberation;
//! - [`suivi`]: sponsor commitments, missions, committees and their alerts.
//!
//! Conventions (see the migrations): JSON held as text (`serde_json` reads it), Paris civil date-times as text
//! `YYYY-MM-DDTHH:MM:SS`, civil dates as `DATE`/text, instants through `socle::db::now()`.

pub mod appels;
pub mod candidatures;
pub mod catalogue;
pub mod jury;
pub mod suivi;

use chrono::NaiveDateTime;
use serde::Serialize;
use serde::de::DeserializeOwned;
use socle::db::{Db, DbError, DbResult, Query, Record, Scalar, Tx};

/// Topic of the platform's change feed for the catalogue (startups, incubators, organisations).
pub const TOPIC_CATALOGUE: &str = "incubateur.catalogue";

/// Format of Paris civil date-times in the database.
const CIVIL_FORMAT: &str = "%Y-%m-%dT%H:%M:%S";

/// A Paris civil date-time as stored.
pub fn civil_text(value: NaiveDateTime) -> String {
    value.format(CIVIL_FORMAT).to_string()
}

/// Reads a stored Paris civil date-time.
pub fn civil_parse(text: &str) -> DbResult<NaiveDateTime> {
    NaiveDateTime::parse_from_str(text, CIVIL_FORMAT).map_err(|error| corrupt("date civile", error))
}

/// JSON text of a value held in a text column.
pub fn json_text<T: Serialize>(value: &T) -> DbResult<String> {
    serde_json::to_string(value).map_err(|error| corrupt("JSON", error))
}

/// Reads a JSON text column.
pub fn json_parse<T: DeserializeOwned>(text: &str) -> DbResult<T> {
    serde_json::from_str(text).map_err(|error| corrupt("JSON", error))
}

/// A stored value the code cannot read back: a fault of ours (or a hand edit), reported as a database error.
pub(crate) fn corrupt(what: &str, error: impl std::fmt::Display) -> DbError {
    DbError::Constraint(format!("valeur {what} illisible en base : {error}"))
}

/// Records a change of the catalogue in the platform's change feed, in the caller's transaction: every process
/// compares the feed's highest sequence with the one its catalogue was built from.
pub async fn record_change(tx: &mut Tx) -> DbResult<()> {
    socle::changes::record(tx, TOPIC_CATALOGUE).await?;
    Ok(())
}

/// The e-mail of an account, when it still exists.
pub async fn email_of(tx: &mut Tx, user_id: i64) -> DbResult<Option<String>> {
    tx.fetch_scalars::<String>(Query::new("SELECT email FROM users WHERE id = $1").bind(user_id))
        .await
        .map(|emails| emails.into_iter().next())
}

/// The e-mails of the accounts holding `role` of the module for `organisation` or module-wide.
///
/// FIXME(socle): the platform's `auth::store` has no "accounts holding a role" query yet; this one reads its
/// `user_roles` table directly.
pub async fn emails_with_role(
    tx: &mut Tx,
    role: &str,
    organisation: &str,
) -> DbResult<Vec<String>> {
    tx.fetch_scalars::<String>(
        Query::new(
            "SELECT DISTINCT u.email FROM user_roles r JOIN users u ON u.id = r.user_id \
             WHERE r.module = $1 AND r.role = $2 AND (r.organisation = $3 OR r.organisation = '') \
             AND u.disabled_at IS NULL ORDER BY u.email",
        )
        .bind(crate::MODULE)
        .bind(role)
        .bind(organisation),
    )
    .await
}

/// A connection that reads: the pool, or a transaction.
///
/// Pages read through the pool, outside any transaction (an `SQLite` transaction takes the write lock); a change
/// reads through its own transaction, so that its guards see what its writes will change.
pub trait Conn: Send {
    /// Every row of a query.
    fn all<T: Record>(&mut self, query: Query) -> impl Future<Output = DbResult<Vec<T>>> + Send;
    /// The first row of a query, if any.
    fn optional<T: Record>(
        &mut self,
        query: Query,
    ) -> impl Future<Output = DbResult<Option<T>>> + Send;
    /// One column of every row.
    fn scalars<T: Scalar>(&mut self, query: Query)
    -> impl Future<Output = DbResult<Vec<T>>> + Send;
    /// One column of one row.
    fn scalar<T: Scalar>(&mut self, query: Query) -> impl Future<Output = DbResult<T>> + Send;
}

impl Conn for &Db {
    fn all<T: Record>(&mut self, query: Query) -> impl Future<Output = DbResult<Vec<T>>> + Send {
        self.fetch_all(query)
    }
    fn optional<T: Record>(
        &mut self,
        query: Query,
    ) -> impl Future<Output = DbResult<Option<T>>> + Send {
        self.fetch_optional(query)
    }
    fn scalars<T: Scalar>(
        &mut self,
        query: Query,
    ) -> impl Future<Output = DbResult<Vec<T>>> + Send {
        self.fetch_scalars(query)
    }
    fn scalar<T: Scalar>(&mut self, query: Query) -> impl Future<Output = DbResult<T>> + Send {
        self.fetch_scalar(query)
    }
}

impl Conn for Tx {
    fn all<T: Record>(&mut self, query: Query) -> impl Future<Output = DbResult<Vec<T>>> + Send {
        self.fetch_all(query)
    }
    fn optional<T: Record>(
        &mut self,
        query: Query,
    ) -> impl Future<Output = DbResult<Option<T>>> + Send {
        self.fetch_optional(query)
    }
    fn scalars<T: Scalar>(
        &mut self,
        query: Query,
    ) -> impl Future<Output = DbResult<Vec<T>>> + Send {
        self.fetch_scalars(query)
    }
    fn scalar<T: Scalar>(&mut self, query: Query) -> impl Future<Output = DbResult<T>> + Send {
        self.fetch_scalar(query)
    }
}
