//! What a module (a service of La Fabrique) hands to the platform.
//!
//! Architecture invariant: `socle` knows no module. Each module crate implements [`Module`] and the binary
//! passes the list to [`crate::app::AppState::start`]; menus, migrations, routes, OpenAPI, jobs, demo data,
//! imports and exports are all collected from that list, so adding a module touches one line of the binary.

use axum::Router;
use futures::future::BoxFuture;
use std::path::PathBuf;

use crate::app::AppState;
use crate::auth::RoleDef;
use crate::db::MigrationSet;
use crate::jobs::{JobHandler, Schedule};

/// How a module presents itself in menus and on the home page.
#[derive(Debug, Clone)]
pub struct ModuleInfo {
    /// Stable identifier, also the URL prefix (`/aides`) and the API prefix (`/api/v1/aides`).
    pub id: &'static str,
    /// Short French title of the menu.
    pub title: &'static str,
    /// One French sentence saying what the service does, for whom.
    pub summary: &'static str,
    /// The Startup d'État of the 2018 call it continues (e.g. "Aides-territoires").
    pub anchor: &'static str,
    /// Path of its home page.
    pub href: &'static str,
}

/// Where an import reads from.
#[derive(Debug)]
pub enum ImportSource {
    /// A file or a folder.
    Path(PathBuf),
    /// Standard input, read whole (`-` on the command line).
    Stdin(Vec<u8>),
}

/// What an import did, printed by the command line.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ImportReport {
    /// Records created.
    pub created: u64,
    /// Records updated.
    pub updated: u64,
    /// Records left as they were.
    pub unchanged: u64,
    /// Notes for the operator (skipped lines…).
    pub notes: Vec<String>,
}

/// An importer of `fabrique import <name> <file|->`.
pub struct Importer {
    /// Name on the command line.
    pub name: &'static str,
    /// French help line.
    pub help: &'static str,
    /// Runs the import; all or nothing.
    pub run: fn(AppState, ImportSource) -> BoxFuture<'static, anyhow::Result<ImportReport>>,
}

/// An exporter of `fabrique export <name>`, writing to standard output.
pub struct Exporter {
    /// Name on the command line.
    pub name: &'static str,
    /// French help line.
    pub help: &'static str,
    /// Runs the export into the writer.
    pub run: fn(AppState, Box<dyn std::io::Write + Send>) -> BoxFuture<'static, anyhow::Result<()>>,
}

impl std::fmt::Debug for Importer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Importer")
            .field("name", &self.name)
            .finish()
    }
}

impl std::fmt::Debug for Exporter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Exporter")
            .field("name", &self.name)
            .finish()
    }
}

/// A service of La Fabrique. Every method but [`Module::info`] has an empty default.
pub trait Module: Send + Sync + 'static {
    /// Menu entry and home-page card.
    fn info(&self) -> ModuleInfo;

    /// The module's migrations, if it owns tables.
    fn migrations(&self) -> Option<MigrationSet> {
        None
    }

    /// HTML routes, with their full paths (`/aides/…`).
    fn routes(&self) -> Router<AppState> {
        Router::new()
    }

    /// JSON routes, with their full paths (`/api/v1/aides/…`); they get the API middleware (rate limits,
    /// problem details).
    fn api_routes(&self) -> Router<AppState> {
        Router::new()
    }

    /// OpenAPI description of [`Module::api_routes`].
    fn openapi(&self) -> utoipa::openapi::OpenApi {
        utoipa::openapi::OpenApiBuilder::new().build()
    }

    /// Roles this module grants, for the administration page and `fabrique user grant`.
    fn roles(&self) -> &'static [RoleDef] {
        &[]
    }

    /// Background job kinds it runs.
    fn jobs(&self) -> Vec<JobHandler> {
        Vec::new()
    }

    /// Periodic jobs.
    fn schedules(&self) -> Vec<Schedule> {
        Vec::new()
    }

    /// Builds in-memory state (indexes) once the database is migrated; called at every start.
    fn init<'a>(&'a self, _app: &'a AppState) -> BoxFuture<'a, anyhow::Result<()>> {
        Box::pin(async { Ok(()) })
    }

    /// Loads deterministic demo data; called by `fabrique demo` and `serve --demo` on an empty database.
    fn demo<'a>(&'a self, _app: &'a AppState) -> BoxFuture<'a, anyhow::Result<()>> {
        Box::pin(async { Ok(()) })
    }

    /// Importers of `fabrique import`.
    fn importers(&self) -> Vec<Importer> {
        Vec::new()
    }

    /// Exporters of `fabrique export`.
    fn exporters(&self) -> Vec<Exporter> {
        Vec::new()
    }
}
