//! SQL of the module, written once for SQLite and PostgreSQL through `socle::db`; functions return domain values.
//!
//! Writes take the caller's [`Tx`], which also records the audit entry of the change (the handlers and jobs
//! do it, next to the call). Reads take anything that implements [`Conn`]: the pool for pages, or the
//! transaction of a publication, which must compute from what it is about to commit.

pub mod abonnements;
pub mod arretes;
pub mod publications;
pub mod referentiel;

use socle::AppError;
use socle::db::{Db, DbError, DbResult, Query, Record, Tx};
use socle::files::FileError;

/// Where reads go: the pool or a transaction.
pub trait Conn: Send {
    /// Runs a query and decodes every row.
    fn fetch_all<T: Record>(
        &mut self,
        query: Query,
    ) -> impl Future<Output = DbResult<Vec<T>>> + Send;

    /// Runs a query and decodes the first row, if any.
    fn fetch_optional<T: Record>(
        &mut self,
        query: Query,
    ) -> impl Future<Output = DbResult<Option<T>>> + Send;
}

impl Conn for Db {
    fn fetch_all<T: Record>(
        &mut self,
        query: Query,
    ) -> impl Future<Output = DbResult<Vec<T>>> + Send {
        Db::fetch_all(self, query)
    }

    fn fetch_optional<T: Record>(
        &mut self,
        query: Query,
    ) -> impl Future<Output = DbResult<Option<T>>> + Send {
        Db::fetch_optional(self, query)
    }
}

impl Conn for Tx {
    fn fetch_all<T: Record>(
        &mut self,
        query: Query,
    ) -> impl Future<Output = DbResult<Vec<T>>> + Send {
        Tx::fetch_all(self, query)
    }

    fn fetch_optional<T: Record>(
        &mut self,
        query: Query,
    ) -> impl Future<Output = DbResult<Option<T>>> + Send {
        Tx::fetch_optional(self, query)
    }
}

/// An error of the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database failed or refused the write.
    #[error(transparent)]
    Db(#[from] DbError),
    /// A stored value cannot be read back (an enum code or a geometry written by an older program).
    #[error("donnée enregistrée illisible : {0}")]
    Donnee(String),
    /// The row changed since the caller read it (optimistic concurrency: the version did not match).
    #[error(
        "l'arrêté a été modifié par ailleurs depuis l'ouverture de la page : rechargez-la pour voir ses nouvelles valeurs"
    )]
    Conflit,
    /// The blob store refused or failed.
    #[error(transparent)]
    Fichier(#[from] FileError),
}

/// Result of the store.
pub type StoreResult<T> = Result<T, StoreError>;

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::Db(error) => AppError::from(error),
            StoreError::Conflit => AppError::Conflict(error.to_string()),
            StoreError::Fichier(
                error @ (FileError::Empty
                | FileError::TooLarge { .. }
                | FileError::WrongType { .. }),
            ) => AppError::invalid_field("pdf", error.to_string()),
            other => AppError::internal(other),
        }
    }
}

/// Reads a stored value, turning a parse failure into [`StoreError::Donnee`].
pub(crate) fn lu<T, E: std::fmt::Display>(result: Result<T, E>) -> StoreResult<T> {
    result.map_err(|error| StoreError::Donnee(error.to_string()))
}

/// The public URL of a signed PDF kept in the blob store.
pub fn document_url(base_url: &str, blob_id: i64) -> String {
    format!(
        "{}/secheresse/documents/{blob_id}",
        base_url.trim_end_matches('/')
    )
}
