//! One code path to SQLite (embedded default) and PostgreSQL (at scale).
//!
//! Queries are written once, as SQL with `$N` placeholders (SQLite accepts them, reused and out of order), and
//! run through [`Db`] or [`Tx`], enums of typed sqlx pools. `sqlx::Any` was rejected because it cannot decode
//! booleans on SQLite nor PostgreSQL's `TIMESTAMPTZ`, `UUID` or `JSONB` (sqlx issues #2778, #2657); generic
//! functions over `sqlx::Database` work but need about ten trait bounds each. Arguments travel as [`Value`]s,
//! typed even when null so that PostgreSQL receives the right parameter type.
//!
//! Conventions every migration follows so that one query fits both backends: integers are `BIGINT` on
//! PostgreSQL (decoded as `i64`), timestamps `TIMESTAMPTZ` there and RFC 3339 `TEXT` on SQLite (always written
//! from Rust through [`now`], truncated to the microsecond), booleans `BOOLEAN`/`INTEGER`, JSON `JSONB`/`TEXT`.

mod migrate;

pub use migrate::{MigrationSet, Migrations, schema};

use chrono::{DateTime, NaiveDate, SubsecRound, Utc};
use sqlx::postgres::{PgArguments, PgPool, PgPoolOptions, PgRow};
use sqlx::sqlite::{
    SqliteArguments, SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions,
    SqliteRow, SqliteSynchronous,
};
use sqlx::{Arguments as _, AssertSqlSafe, FromRow, Postgres, Sqlite};
use std::borrow::Cow;
use std::str::FromStr;
use std::time::Duration;

use crate::config::DatabaseUrl;

/// The current time, truncated to the microsecond so that it survives a round trip through either backend.
pub fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(6)
}

/// Which engine a [`Db`] talks to, for the rare statement that must differ (locking, upserts of sequences).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// Embedded SQLite.
    Sqlite,
    /// PostgreSQL.
    Postgres,
}

/// A pool of connections to the system of record.
#[derive(Clone, Debug)]
pub enum Db {
    /// SQLite pool (one writer at a time; WAL mode lets readers go on).
    Sqlite(SqlitePool),
    /// PostgreSQL pool.
    Postgres(PgPool),
}

/// An error of the database layer.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    /// The row asked for does not exist.
    #[error("enregistrement introuvable")]
    NotFound,
    /// A uniqueness, foreign-key or check constraint refused the write; carries the constraint name when known.
    #[error("contrainte de la base violée : {0}")]
    Constraint(String),
    /// Any other failure of the engine or the connection.
    #[error(transparent)]
    Sqlx(#[from] sqlx::Error),
    /// A migration failed.
    #[error(transparent)]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

impl DbError {
    fn from_sqlx(error: sqlx::Error) -> Self {
        match &error {
            sqlx::Error::RowNotFound => Self::NotFound,
            sqlx::Error::Database(db_error)
                if db_error.is_unique_violation()
                    || db_error.is_foreign_key_violation()
                    || db_error.is_check_violation() =>
            {
                Self::Constraint(
                    db_error
                        .constraint()
                        .unwrap_or(db_error.message())
                        .to_owned(),
                )
            }
            _ => Self::Sqlx(error),
        }
    }

    /// Whether this error is a violated constraint whose name or message contains `needle`
    /// (SQLite reports `UNIQUE constraint failed: table.column`, PostgreSQL the constraint name).
    pub fn is_constraint(&self, needle: &str) -> bool {
        matches!(self, Self::Constraint(name) if name.contains(needle))
    }
}

/// Result of the database layer.
pub type DbResult<T> = Result<T, DbError>;

/// A value bound to a `$N` placeholder. Nulls keep their type: PostgreSQL needs it to plan the statement.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Boolean.
    Bool(Option<bool>),
    /// 64-bit integer.
    Int(Option<i64>),
    /// Double-precision float.
    Float(Option<f64>),
    /// Text.
    Text(Option<String>),
    /// Bytes.
    Bytes(Option<Vec<u8>>),
    /// Instant in UTC.
    Timestamp(Option<DateTime<Utc>>),
    /// Civil date.
    Date(Option<NaiveDate>),
    /// JSON document.
    Json(Option<serde_json::Value>),
}

macro_rules! value_from {
    ($variant:ident, $($ty:ty => $conv:expr),+) => {$(
        impl From<$ty> for Value {
            fn from(value: $ty) -> Self { Value::$variant(Some($conv(value))) }
        }
        impl From<Option<$ty>> for Value {
            fn from(value: Option<$ty>) -> Self { Value::$variant(value.map($conv)) }
        }
    )+};
}
value_from!(Bool, bool => |v| v);
value_from!(Int, i64 => |v| v, i32 => i64::from, u32 => i64::from);
value_from!(Float, f64 => |v| v);
value_from!(Text, String => |v| v, &str => str::to_owned, &String => String::clone);
value_from!(Bytes, Vec<u8> => |v| v);
value_from!(Timestamp, DateTime<Utc> => |v| v);
value_from!(Date, NaiveDate => |v| v);
value_from!(Json, serde_json::Value => |v| v);

impl From<usize> for Value {
    fn from(value: usize) -> Self {
        Value::Int(Some(i64::try_from(value).unwrap_or(i64::MAX)))
    }
}

/// A SQL statement with its arguments.
#[derive(Debug, Clone)]
pub struct Query {
    sql: Cow<'static, str>,
    args: Vec<Value>,
}

impl Query {
    /// A statement written in the code.
    pub fn new(sql: &'static str) -> Self {
        Self {
            sql: Cow::Borrowed(sql),
            args: Vec::new(),
        }
    }

    /// A statement assembled at run time. Only for SQL built by `sea-query` or from fixed fragments of the
    /// code: never concatenate user input into it (values always go through [`Query::bind`]).
    pub fn assembled(sql: String) -> Self {
        Self {
            sql: Cow::Owned(sql),
            args: Vec::new(),
        }
    }

    /// Adds the value of the next placeholder.
    #[must_use]
    pub fn bind(mut self, value: impl Into<Value>) -> Self {
        self.args.push(value.into());
        self
    }

    /// Adds an already converted list of values.
    #[must_use]
    pub fn bind_all(mut self, values: impl IntoIterator<Item = Value>) -> Self {
        self.args.extend(values);
        self
    }

    /// The SQL text.
    pub fn sql(&self) -> &str {
        &self.sql
    }

    fn sqlite_args(&self) -> Result<SqliteArguments, sqlx::Error> {
        let mut args = SqliteArguments::default();
        for value in &self.args {
            let added = match value.clone() {
                Value::Bool(v) => args.add(v),
                Value::Int(v) => args.add(v),
                Value::Float(v) => args.add(v),
                Value::Text(v) => args.add(v),
                Value::Bytes(v) => args.add(v),
                Value::Timestamp(v) => args.add(v),
                Value::Date(v) => args.add(v),
                Value::Json(v) => args.add(v.map(sqlx::types::Json)),
            };
            added.map_err(sqlx::Error::Encode)?;
        }
        Ok(args)
    }

    fn pg_args(&self) -> Result<PgArguments, sqlx::Error> {
        let mut args = PgArguments::default();
        for value in &self.args {
            let added = match value.clone() {
                Value::Bool(v) => args.add(v),
                Value::Int(v) => args.add(v),
                Value::Float(v) => args.add(v),
                Value::Text(v) => args.add(v),
                Value::Bytes(v) => args.add(v),
                Value::Timestamp(v) => args.add(v),
                Value::Date(v) => args.add(v),
                Value::Json(v) => args.add(v.map(sqlx::types::Json)),
            };
            added.map_err(sqlx::Error::Encode)?;
        }
        Ok(args)
    }

    fn text(&self) -> AssertSqlSafe<Cow<'static, str>> {
        // The text is a literal of the code or assembled by sea-query (see `Query::assembled`); values are bound.
        AssertSqlSafe(self.sql.clone())
    }
}

/// A row type decodable from both backends (derive `sqlx::FromRow` on a struct of supported types).
pub trait Record:
    for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin
{
}
impl<T> Record for T where
    T: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin
{
}

/// A single column value decodable from both backends.
pub trait Scalar:
    for<'r> sqlx::Decode<'r, Sqlite>
    + sqlx::Type<Sqlite>
    + for<'r> sqlx::Decode<'r, Postgres>
    + sqlx::Type<Postgres>
    + Send
    + Unpin
{
}
impl<T> Scalar for T where
    T: for<'r> sqlx::Decode<'r, Sqlite>
        + sqlx::Type<Sqlite>
        + for<'r> sqlx::Decode<'r, Postgres>
        + sqlx::Type<Postgres>
        + Send
        + Unpin
{
}

/// Generates the query methods once for the pool and once for a transaction: `$exec` turns the matched
/// connection holder into an executor.
macro_rules! query_methods {
    ($self_ty:ty, [$($m:tt)?], $c:ident, $sqlite:ident => $sq_exec:expr, $pg:ident => $pg_exec:expr) => {
        impl $self_ty {
            /// Runs a statement and returns the number of rows it changed.
            pub async fn execute(&$($m)? self, query: Query) -> DbResult<u64> {
                let result = match self {
                    Self::$sqlite($c) => sqlx::query_with(query.text(), query.sqlite_args().map_err(DbError::from_sqlx)?)
                        .execute($sq_exec).await.map(|r| r.rows_affected()),
                    Self::$pg($c) => sqlx::query_with(query.text(), query.pg_args().map_err(DbError::from_sqlx)?)
                        .execute($pg_exec).await.map(|r| r.rows_affected()),
                };
                result.map_err(DbError::from_sqlx)
            }

            /// Runs a query and decodes every row.
            pub async fn fetch_all<T: Record>(&$($m)? self, query: Query) -> DbResult<Vec<T>> {
                let result = match self {
                    Self::$sqlite($c) => sqlx::query_as_with::<Sqlite, T, _>(query.text(), query.sqlite_args().map_err(DbError::from_sqlx)?)
                        .fetch_all($sq_exec).await,
                    Self::$pg($c) => sqlx::query_as_with::<Postgres, T, _>(query.text(), query.pg_args().map_err(DbError::from_sqlx)?)
                        .fetch_all($pg_exec).await,
                };
                result.map_err(DbError::from_sqlx)
            }

            /// Runs a query and decodes the first row, if any.
            pub async fn fetch_optional<T: Record>(&$($m)? self, query: Query) -> DbResult<Option<T>> {
                let result = match self {
                    Self::$sqlite($c) => sqlx::query_as_with::<Sqlite, T, _>(query.text(), query.sqlite_args().map_err(DbError::from_sqlx)?)
                        .fetch_optional($sq_exec).await,
                    Self::$pg($c) => sqlx::query_as_with::<Postgres, T, _>(query.text(), query.pg_args().map_err(DbError::from_sqlx)?)
                        .fetch_optional($pg_exec).await,
                };
                result.map_err(DbError::from_sqlx)
            }

            /// Runs a query and decodes exactly one row ([`DbError::NotFound`] when there is none).
            pub async fn fetch_one<T: Record>(&$($m)? self, query: Query) -> DbResult<T> {
                self.fetch_optional(query).await?.ok_or(DbError::NotFound)
            }

            /// Runs a query returning one column and decodes its values.
            pub async fn fetch_scalars<T: Scalar>(&$($m)? self, query: Query) -> DbResult<Vec<T>> {
                let result = match self {
                    Self::$sqlite($c) => sqlx::query_scalar_with::<Sqlite, T, _>(query.text(), query.sqlite_args().map_err(DbError::from_sqlx)?)
                        .fetch_all($sq_exec).await,
                    Self::$pg($c) => sqlx::query_scalar_with::<Postgres, T, _>(query.text(), query.pg_args().map_err(DbError::from_sqlx)?)
                        .fetch_all($pg_exec).await,
                };
                result.map_err(DbError::from_sqlx)
            }

            /// Runs a query returning one column of one row ([`DbError::NotFound`] when there is no row).
            pub async fn fetch_scalar<T: Scalar>(&$($m)? self, query: Query) -> DbResult<T> {
                self.fetch_scalars(query).await?.into_iter().next().ok_or(DbError::NotFound)
            }

            /// The engine behind this handle.
            pub fn backend(&self) -> Backend {
                match self {
                    Self::$sqlite(_) => Backend::Sqlite,
                    Self::$pg(_) => Backend::Postgres,
                }
            }
        }
    };
}

query_methods!(Db, [], pool, Sqlite => pool, Postgres => pool);
query_methods!(Tx, [mut], tx, Sqlite => &mut **tx, Postgres => &mut **tx);

/// A transaction: every write of a request goes through one, with its audit entry, and is committed at once.
#[derive(Debug)]
pub enum Tx {
    /// SQLite transaction (begun `IMMEDIATE`: it takes the write lock at once, so that two writers never
    /// deadlock upgrading a read lock).
    Sqlite(sqlx::Transaction<'static, Sqlite>),
    /// PostgreSQL transaction.
    Postgres(sqlx::Transaction<'static, Postgres>),
}

impl Tx {
    /// Makes every change of the transaction durable.
    pub async fn commit(self) -> DbResult<()> {
        match self {
            Tx::Sqlite(tx) => tx.commit().await,
            Tx::Postgres(tx) => tx.commit().await,
        }
        .map_err(DbError::from_sqlx)
    }

    /// Takes a transaction-scoped lock named by `key`, so that writers of one resource (the audit chain, a
    /// sequence) queue up. SQLite already allows one writer at a time.
    pub async fn lock(&mut self, key: i64) -> DbResult<()> {
        if self.backend() == Backend::Postgres {
            self.execute(Query::new("SELECT pg_advisory_xact_lock($1)").bind(key))
                .await?;
        }
        Ok(())
    }
}

impl Db {
    /// Opens a pool on `url`; a SQLite file is created when missing.
    pub async fn connect(url: &DatabaseUrl, max_connections: u32) -> DbResult<Self> {
        match url {
            DatabaseUrl::Sqlite(url) => {
                let options = SqliteConnectOptions::from_str(url)?
                    .create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Normal)
                    .foreign_keys(true)
                    .busy_timeout(Duration::from_secs(10));
                let in_memory = url.contains(":memory:") || url.contains("mode=memory");
                let pool = SqlitePoolOptions::new()
                    // An in-memory database lives in one connection; keep it open for the life of the pool.
                    .max_connections(if in_memory { 1 } else { max_connections })
                    .min_connections(if in_memory { 1 } else { 0 })
                    .idle_timeout(if in_memory {
                        None
                    } else {
                        Some(Duration::from_secs(600))
                    })
                    .max_lifetime(if in_memory {
                        None
                    } else {
                        Some(Duration::from_secs(3600))
                    })
                    .connect_with(options)
                    .await?;
                Ok(Db::Sqlite(pool))
            }
            DatabaseUrl::Postgres(url) => {
                let pool = PgPoolOptions::new()
                    .max_connections(max_connections)
                    .acquire_timeout(Duration::from_secs(10))
                    .connect(url)
                    .await?;
                Ok(Db::Postgres(pool))
            }
        }
    }

    /// Opens a PostgreSQL pool whose connections work in `schema` (created if missing): each test gets its
    /// own schema in the shared test database.
    pub async fn connect_postgres_schema(
        url: &str,
        schema: &str,
        max_connections: u32,
    ) -> DbResult<Self> {
        use sqlx::postgres::PgConnectOptions;
        let valid = !schema.is_empty()
            && schema
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !valid {
            return Err(DbError::Constraint(format!(
                "nom de schéma invalide : {schema}"
            )));
        }
        let options = PgConnectOptions::from_str(url)?;
        let setup = PgPoolOptions::new()
            .max_connections(1)
            .connect_with(options.clone())
            .await?;
        sqlx::query(AssertSqlSafe(format!(
            "CREATE SCHEMA IF NOT EXISTS {schema}"
        )))
        .execute(&setup)
        .await?;
        setup.close().await;
        let pool = PgPoolOptions::new()
            .max_connections(max_connections)
            .connect_with(options.options([("search_path", schema)]))
            .await?;
        Ok(Db::Postgres(pool))
    }

    /// Begins a transaction.
    pub async fn begin(&self) -> DbResult<Tx> {
        match self {
            Db::Sqlite(pool) => Ok(Tx::Sqlite(pool.begin_with("BEGIN IMMEDIATE").await?)),
            Db::Postgres(pool) => Ok(Tx::Postgres(pool.begin().await?)),
        }
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> bool {
        self.fetch_scalar::<i64>(Query::new("SELECT 1"))
            .await
            .is_ok()
    }

    /// Closes every connection (graceful shutdown).
    pub async fn close(&self) {
        match self {
            Db::Sqlite(pool) => pool.close().await,
            Db::Postgres(pool) => pool.close().await,
        }
    }
}
