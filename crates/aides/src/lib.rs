//! Module `aides` of La Fabrique: the aids (funding, engineering) a collectivité can get for its
//! territory and project — the Aides-territoires service.
//!
//! The pure domain and search engine, with no database, HTTP or async:
//! - [`referentiels`]: every enumeration of the spec with its French labels;
//! - [`perimetres`]: the perimeter graph (communes → Europe, basins, ad-hoc) and its matching rule;
//! - [`aide`]: aids, backers, programs, the review workflow and the deadline rules;
//! - [`search`]: the in-memory tantivy index, query parsing and "why this aid";
//! - [`api`]: result DTOs with the anchor's Django field names (and, in `api::routes`, the JSON handlers);
//! - [`import`]: pure parsers of the feeds and open data (ADEME Agir, Fonds vert, COG files);
//! - [`alertes`]: saved-search alerts, deadline reminders and iCal;
//! - [`acces`]: who may do what (pure rules over the caller's roles).
//!
//! The service on top of the platform `socle`:
//! - [`store`]: SQL through `socle::db`, returning domain types;
//! - [`etat`]: the in-memory state (perimeter graph and search index) built from the database, swapped
//!   atomically and kept in step across processes by the change feed;
//! - [`service`]: the use cases shared by pages, API, jobs, imports and demo (load → domain decides → write
//!   with its audit entry, in one transaction → rebuild);
//! - [`web`]: the pages (askama, DSFR); [`jobs`]: alerts, reminders, daily reindex;
//!   [`commandes`]: `fabrique import` and `fabrique export`; [`demo`]: deterministic demo data.
//!
//! Architecture invariant: this crate depends on `socle` and on no other module of La Fabrique; the domain
//! modules listed first never touch the database, HTTP or async.

pub mod acces;
pub mod aide;
pub mod alertes;
pub mod api;
pub mod commandes;
pub mod demo;
pub mod etat;
pub mod import;
pub mod jobs;
pub mod perimetres;
pub mod referentiels;
pub mod search;
pub mod service;
pub mod store;
pub mod texte;
pub mod web;

use futures::future::BoxFuture;
use socle::auth::RoleDef;
use socle::db::MigrationSet;
use socle::jobs::{JobHandler, Schedule};
use socle::module::{Exporter, Importer};
use socle::{AppState, Module, ModuleInfo};

/// Id of the module: URL prefix, API prefix, audit module, role module and change-feed topic.
pub const MODULE: &str = "aides";

/// The module, registered by the binary.
#[derive(Debug, Clone, Copy, Default)]
pub struct Aides;

/// Roles of the module (spec §7): aid carriers scoped to their carrier, and the module's admins. Searching,
/// alerts and amendments need no role (nor an account).
pub const ROLES: &[RoleDef] = &[
    RoleDef {
        module: MODULE,
        role: acces::ROLE_PORTEUR,
        label: "Porteur d'aides (par porteur : l'identifiant du porteur)",
        scoped: true,
    },
    RoleDef {
        module: MODULE,
        role: acces::ROLE_ADMIN,
        label: "Administrateur des aides (revue, publication, référentiels)",
        scoped: false,
    },
];

impl Module for Aides {
    fn info(&self) -> ModuleInfo {
        ModuleInfo {
            id: MODULE,
            title: "Aides aux territoires",
            summary: "Trouver les aides financières et en ingénierie auxquelles une collectivité a droit \
                      pour son territoire et son projet, et recevoir les nouvelles par courriel.",
            anchor: "Aides-territoires",
            href: "/aides",
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
        api::routes::routes()
    }

    fn openapi(&self) -> utoipa::openapi::OpenApi {
        api::routes::openapi()
    }

    fn roles(&self) -> &'static [RoleDef] {
        ROLES
    }

    fn jobs(&self) -> Vec<JobHandler> {
        jobs::handlers()
    }

    fn schedules(&self) -> Vec<Schedule> {
        jobs::schedules()
    }

    fn init<'a>(&'a self, app: &'a AppState) -> BoxFuture<'a, anyhow::Result<()>> {
        Box::pin(etat::installer(app))
    }

    fn demo<'a>(&'a self, app: &'a AppState) -> BoxFuture<'a, anyhow::Result<()>> {
        Box::pin(demo::charger(app))
    }

    fn importers(&self) -> Vec<Importer> {
        commandes::importers()
    }

    fn exporters(&self) -> Vec<Exporter> {
        commandes::exporters()
    }
}
