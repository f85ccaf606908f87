//! One ordered migrator collecting the migrations of the platform and of every module.
//!
//! Several sqlx migrators sharing one `_sqlx_migrations` table fail with `VersionMissing` (sqlx #1189, #3573):
//! each would see the others' versions as unknown. So every crate hands its two folders (compiled in by
//! `sqlx::migrate!`) to [`Migrations`], which merges them into a single list sorted by version. Versions are
//! timestamps (`YYYYMMDDHHMMSS_<module>_<what>.sql`), unique across crates; a clash is refused at start-up.

use sqlx::migrate::{Migration, Migrator};
use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::{Backend, Db, DbError, DbResult, Query};

/// The two migration folders of one crate: same file names, SQL of each backend.
#[derive(Debug, Clone, Copy)]
pub struct MigrationSet {
    /// Crate or module that owns the tables.
    pub owner: &'static str,
    /// `migrations/sqlite`, compiled in with `sqlx::migrate!`.
    pub sqlite: &'static Migrator,
    /// `migrations/postgres`, compiled in with `sqlx::migrate!`.
    pub postgres: &'static Migrator,
}

/// Every migration set of the program.
#[derive(Debug, Clone, Default)]
pub struct Migrations {
    sets: Vec<MigrationSet>,
}

impl Migrations {
    /// Collects the given sets.
    pub fn new(sets: impl IntoIterator<Item = MigrationSet>) -> Self {
        Self {
            sets: sets.into_iter().collect(),
        }
    }

    /// The sets, in the order given.
    pub fn sets(&self) -> &[MigrationSet] {
        &self.sets
    }

    /// The merged, ordered list for one backend; refuses two migrations with the same version.
    pub fn merged(&self, backend: Backend) -> Result<Vec<Migration>, String> {
        let mut by_version: BTreeMap<i64, (&'static str, Migration)> = BTreeMap::new();
        for set in &self.sets {
            let migrator = match backend {
                Backend::Sqlite => set.sqlite,
                Backend::Postgres => set.postgres,
            };
            for migration in migrator.iter() {
                if let Some((other, _)) = by_version.get(&migration.version) {
                    return Err(format!(
                        "la migration {} de {} porte le même numéro qu'une migration de {other}",
                        migration.version, set.owner
                    ));
                }
                by_version.insert(migration.version, (set.owner, migration.clone()));
            }
        }
        Ok(by_version
            .into_values()
            .map(|(_, migration)| migration)
            .collect())
    }

    /// Checks that each set has the same migrations (versions and names) for both backends.
    pub fn check_parity(&self) -> Result<(), String> {
        for set in &self.sets {
            let names = |migrator: &Migrator| -> Vec<(i64, String)> {
                migrator
                    .iter()
                    .map(|m| (m.version, m.description.to_string()))
                    .collect()
            };
            if names(set.sqlite) != names(set.postgres) {
                return Err(format!(
                    "les migrations SQLite et PostgreSQL de {} diffèrent",
                    set.owner
                ));
            }
        }
        Ok(())
    }

    /// Applies every pending migration, in version order, in one migrator.
    pub async fn run(&self, db: &Db) -> DbResult<()> {
        let merged = self.merged(db.backend()).map_err(DbError::Constraint)?;
        let migrator = Migrator::with_migrations(merged);
        match db {
            Db::Sqlite(pool) => migrator.run(pool).await?,
            Db::Postgres(pool) => migrator.run(pool).await?,
        }
        Ok(())
    }

    /// Versions known to the program and not yet applied to the database (empty when up to date).
    pub async fn pending(&self, db: &Db) -> DbResult<Vec<i64>> {
        let merged = self.merged(db.backend()).map_err(DbError::Constraint)?;
        let applied: BTreeSet<i64> = match db
            .fetch_scalars::<i64>(Query::new(
                "SELECT version FROM _sqlx_migrations WHERE success = TRUE",
            ))
            .await
        {
            Ok(versions) => versions.into_iter().collect(),
            // No table yet: nothing is applied.
            Err(_) => BTreeSet::new(),
        };
        Ok(merged
            .iter()
            .map(|m| m.version)
            .filter(|v| !applied.contains(v))
            .collect())
    }
}

/// Tables and their columns, to compare the schemas the two backends end with.
pub async fn schema(db: &Db) -> DbResult<BTreeMap<String, BTreeSet<String>>> {
    #[derive(sqlx::FromRow)]
    struct Column {
        table_name: String,
        column_name: String,
    }
    let query = match db.backend() {
        Backend::Sqlite => Query::new(
            "SELECT m.name AS table_name, p.name AS column_name \
             FROM sqlite_master m JOIN pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> '_sqlx_migrations'",
        ),
        Backend::Postgres => Query::new(
            "SELECT table_name::text AS table_name, column_name::text AS column_name \
             FROM information_schema.columns \
             WHERE table_schema = current_schema() AND table_name <> '_sqlx_migrations'",
        ),
    };
    let mut tables: HashMap<String, BTreeSet<String>> = HashMap::new();
    for column in db.fetch_all::<Column>(query).await? {
        tables
            .entry(column.table_name)
            .or_default()
            .insert(column.column_name);
    }
    Ok(tables.into_iter().collect())
}
