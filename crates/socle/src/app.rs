//! The state shared by every request, job and command of one process.
//!
//! [`AppState`] is a cheap handle (one `Arc`): the configuration, the database pool, the modules, the blob
//! store, the territoires and the in-memory state modules register at start (their indexes) through
//! [`AppState::insert_extension`] and [`AppState::extension`].

use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use arc_swap::ArcSwap;

use crate::config::Config;
use crate::db::{Db, MigrationSet, Migrations};
use crate::files::BlobStore;
use crate::jobs::JobRegistry;
use crate::module::{Module, ModuleInfo};
use crate::territoires::Territoires;
use crate::web::assets::Assets;
use crate::web::limits::RateLimits;

/// Shared state of the process.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    config: Config,
    db: Db,
    modules: Vec<Arc<dyn Module>>,
    infos: Vec<ModuleInfo>,
    migrations: Migrations,
    territoires: ArcSwap<Territoires>,
    files: BlobStore,
    jobs: JobRegistry,
    assets: Assets,
    limits: RateLimits,
    extensions: RwLock<HashMap<TypeId, Arc<dyn Any + Send + Sync>>>,
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState")
            .field("config", &self.inner.config)
            .field(
                "modules",
                &self.inner.infos.iter().map(|m| m.id).collect::<Vec<_>>(),
            )
            .finish_non_exhaustive()
    }
}

/// The platform's own migrations.
pub fn socle_migrations() -> MigrationSet {
    static SQLITE: sqlx::migrate::Migrator = sqlx::migrate!("migrations/sqlite");
    static POSTGRES: sqlx::migrate::Migrator = sqlx::migrate!("migrations/postgres");
    MigrationSet {
        owner: "socle",
        sqlite: &SQLITE,
        postgres: &POSTGRES,
    }
}

/// Every migration set of the program: the platform's, then the modules'.
pub fn all_migrations(modules: &[Arc<dyn Module>]) -> Migrations {
    Migrations::new(
        std::iter::once(socle_migrations()).chain(modules.iter().filter_map(|m| m.migrations())),
    )
}

impl AppState {
    /// Connects to the database, applies pending migrations, loads the territoires and lets every module build
    /// its in-memory state. This is what `serve`, `demo`, `import` and the tests call.
    pub async fn start(config: Config, modules: Vec<Arc<dyn Module>>) -> anyhow::Result<Self> {
        use anyhow::Context as _;
        let db = Db::connect(&config.database_url, config.db_max_connections)
            .await
            .with_context(|| format!("connexion à la base {:?} impossible", config.database_url))?;
        Self::start_with_db(config, db, modules).await
    }

    /// Like [`AppState::start`] on an already opened pool (tests open one schema per test).
    pub async fn start_with_db(
        config: Config,
        db: Db,
        modules: Vec<Arc<dyn Module>>,
    ) -> anyhow::Result<Self> {
        use anyhow::Context as _;
        let migrations = all_migrations(&modules);
        migrations.check_parity().map_err(anyhow::Error::msg)?;
        migrations.run(&db).await.context("échec des migrations")?;
        let territoires = crate::territoires::load(&db)
            .await
            .context("chargement des territoires")?;
        let files = BlobStore::open(&config).context("ouverture du stockage des fichiers")?;
        let mut jobs = JobRegistry::default();
        crate::jobs::register_platform_jobs(&mut jobs);
        for module in &modules {
            for handler in module.jobs() {
                jobs.add_handler(handler);
            }
            for schedule in module.schedules() {
                jobs.add_schedule(schedule);
            }
        }
        let infos = modules.iter().map(|m| m.info()).collect();
        let limits = RateLimits::new(&config);
        let state = Self {
            inner: Arc::new(Inner {
                config,
                db,
                infos,
                modules,
                migrations,
                territoires: ArcSwap::new(territoires),
                files,
                jobs,
                assets: Assets::load(),
                limits,
                extensions: RwLock::new(HashMap::new()),
            }),
        };
        for module in state.modules() {
            module
                .init(&state)
                .await
                .with_context(|| format!("initialisation du module {}", module.info().id))?;
        }
        Ok(state)
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    /// The database pool.
    pub fn db(&self) -> &Db {
        &self.inner.db
    }

    /// The registered modules.
    pub fn modules(&self) -> &[Arc<dyn Module>] {
        &self.inner.modules
    }

    /// Menu entries of the registered modules.
    pub fn module_infos(&self) -> &[ModuleInfo] {
        &self.inner.infos
    }

    /// Every migration of the program.
    pub fn migrations(&self) -> &Migrations {
        &self.inner.migrations
    }

    /// The current French administrative geography.
    pub fn territoires(&self) -> Arc<Territoires> {
        self.inner.territoires.load_full()
    }

    /// Replaces the territoires in this process (after `fabrique import territoires`).
    pub fn replace_territoires(&self, territoires: Arc<Territoires>) {
        self.inner.territoires.store(territoires);
    }

    /// The blob store.
    pub fn files(&self) -> &BlobStore {
        &self.inner.files
    }

    /// Job handlers and schedules.
    pub fn jobs(&self) -> &JobRegistry {
        &self.inner.jobs
    }

    /// Static assets and their content hash.
    pub fn assets(&self) -> &Assets {
        &self.inner.assets
    }

    /// Rate limiters of the API and of sign-in.
    pub fn limits(&self) -> &RateLimits {
        &self.inner.limits
    }

    /// Registers a value of a module (typically an index behind an `ArcSwap`), replacing any previous one.
    pub fn insert_extension<T: Any + Send + Sync>(&self, value: Arc<T>) {
        let mut extensions = self
            .inner
            .extensions
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        extensions.insert(TypeId::of::<T>(), value);
    }

    /// A value registered by [`AppState::insert_extension`].
    pub fn extension<T: Any + Send + Sync>(&self) -> Option<Arc<T>> {
        let extensions = self
            .inner
            .extensions
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        extensions
            .get(&TypeId::of::<T>())
            .cloned()
            .and_then(|value| value.downcast::<T>().ok())
    }
}
