//! Module `secheresse` of La Fabrique: water-use restrictions during droughts (anchors ASSEC and VigiEau).
//!
//! - [`domain`]: zones d'alerte, arrêtés cadres and de restriction, restrictions and usages, rules of gestion,
//!   the computation of the published zones, the `/zones` lookup rules, the "allowed now?" reading of texts and
//!   the data-quality checks — pure, with no database, HTTP or async;
//! - [`import`] and [`export`]: the open-data formats (GeoJSON, CSV, JSON), parsed and written by pure functions;
//! - [`spatial`]: a generic point-in-polygon index, free of domain types, meant to move to the platform;
//! - [`localiser`]: the audit tool `fabrique secheresse localiser`;
//! - [`store`]: the SQL of both backends; [`gestion`]: the audited changes of the DDT back-office;
//!   [`publication`]: immutable snapshots swapped atomically in every process; [`abonnement`]: subscriptions;
//!   [`jobs`]: mails, daily recomputation, reminders; [`importers`]: the command-line imports and exports;
//! - [`web`] and [`api`]: the pages (DSFR) and the JSON API (VigiEau's `/zones` contract), which call the same
//!   store and domain functions and never each other; [`demo`]: the demonstration data.
//!
//! Legal frame: code de l'environnement L.211-3 and R.211-66 to R.211-70 (décret 2021-795 du 23 juin 2021).
//!
//! Architecture invariant: this crate depends on `socle`, never on another module.

pub mod abonnement;
pub mod api;
pub mod demo;
pub mod domain;
pub mod export;
pub mod gestion;
pub mod import;
pub mod importers;
pub mod jobs;
pub mod localiser;
pub mod publication;
pub mod spatial;
pub mod store;
pub mod web;

use std::sync::Arc;

use futures::future::BoxFuture;
use socle::auth::RoleDef;
use socle::db::MigrationSet;
use socle::jobs::{JobHandler, Schedule};
use socle::module::{Exporter, Importer};
use socle::{AppState, Module, ModuleInfo};

/// Module id, also the URL prefix.
pub const MODULE: &str = "secheresse";
/// Role of a DDT(M) agent, granted per département code (organisation `34`, `2A`…).
pub const ROLE_AGENT: &str = "agent";
/// Role of the national administration (the ministry): every département.
pub const ROLE_MTE: &str = "mte";

static ROLES: [RoleDef; 2] = [
    RoleDef {
        module: MODULE,
        role: ROLE_AGENT,
        label: "Agent de DDT(M) : arrêtés sécheresse de son département",
        scoped: true,
    },
    RoleDef {
        module: MODULE,
        role: ROLE_MTE,
        label: "Administration nationale : arrêtés sécheresse de tous les départements",
        scoped: false,
    },
];

/// The drought module, registered by the binary.
#[derive(Debug, Clone, Copy, Default)]
pub struct Secheresse;

impl Module for Secheresse {
    fn info(&self) -> ModuleInfo {
        ModuleInfo {
            id: MODULE,
            title: "Sécheresse",
            summary: "Ce qui est restreint aujourd'hui à votre adresse selon l'eau que vous utilisez, les arrêtés \
                      qui le décident, et leur rédaction par les DDT.",
            anchor: "ASSEC, VigiEau",
            href: "/secheresse",
        }
    }

    fn migrations(&self) -> Option<MigrationSet> {
        static SQLITE: sqlx::migrate::Migrator = sqlx::migrate!("migrations/sqlite");
        static POSTGRES: sqlx::migrate::Migrator = sqlx::migrate!("migrations/postgres");
        Some(MigrationSet {
            owner: MODULE,
            sqlite: &SQLITE,
            postgres: &POSTGRES,
        })
    }

    fn routes(&self) -> axum::Router<AppState> {
        web::routes()
    }

    fn api_routes(&self) -> axum::Router<AppState> {
        api::routes()
    }

    fn openapi(&self) -> utoipa::openapi::OpenApi {
        api::openapi()
    }

    fn roles(&self) -> &'static [RoleDef] {
        &ROLES
    }

    fn jobs(&self) -> Vec<JobHandler> {
        jobs::handlers()
    }

    fn schedules(&self) -> Vec<Schedule> {
        jobs::schedules()
    }

    /// Loads the latest publication (checked against its manifest) into the process's `ArcSwap` and follows the
    /// change feed; when the latest publication cannot be loaded, the process starts with an unavailable
    /// snapshot (lookups answer 503, never wrong data) and retries at the next change.
    fn init<'a>(&'a self, app: &'a AppState) -> BoxFuture<'a, anyhow::Result<()>> {
        Box::pin(async move {
            let instantane = match publication::load_latest(app).await {
                Ok(Some(instantane)) => instantane,
                Ok(None) => publication::Instantane::vide(true),
                Err(error) => {
                    tracing::error!(error = %format!("{error:#}"), "publication sécheresse illisible : recherche indisponible");
                    publication::Instantane::vide(false)
                }
            };
            app.insert_extension(Arc::new(publication::Publications::new(Arc::new(
                instantane,
            ))));
            app.insert_extension(Arc::new(web::abonnement::LimiteAbonnements::default()));
            publication::follow(app.clone());
            Ok(())
        })
    }

    fn demo<'a>(&'a self, app: &'a AppState) -> BoxFuture<'a, anyhow::Result<()>> {
        Box::pin(demo::load(app))
    }

    fn importers(&self) -> Vec<Importer> {
        importers::importers()
    }

    fn exporters(&self) -> Vec<Exporter> {
        importers::exporters()
    }
}
