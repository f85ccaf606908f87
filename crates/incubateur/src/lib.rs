//! Module `incubateur` of La Fabrique: the incubator itself — calls for projects, submissions, jury, startups with
//! dated phases, members and missions, committees and impact.
//!
//! - [`domain`]: types and rules, synchronous and free of I/O (no database, no HTTP, no async);
//! - [`import`] and [`export`]: lossless parsers and writers of the beta.gouv.fr open formats;
//! - [`store`]: SQL through `socle::db`, returning domain types, and the in-memory catalogue of startups;
//! - [`service`]: the use cases shared by pages, API, jobs and demo (load → domain decides → write with its audit
//!   entry, in one transaction);
//! - [`web`] and [`api`]: HTML pages (askama, DSFR) and JSON endpoints (with their `OpenAPI` description);
//! - [`jobs`]: committee alerts, retention, automatic closing of calls; [`commandes`]: `fabrique import` and
//!   `fabrique export`; [`demo`]: the Fabrique numérique of 2018.
//!
//! Architecture invariant: this crate depends on `socle` and on no other module of La Fabrique. Links to the
//! services born of the first call (`/aides`, `/mines`…) are data ([`liens::LIENS_MODULES`]), never imports.

pub mod acces;
pub mod api;
pub mod commandes;
pub mod demo;
pub mod domain;
pub mod export;
pub mod import;
pub mod jobs;
pub mod liens;
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

/// Id of the module: URL prefix, API prefix, audit module and role module.
pub const MODULE: &str = "incubateur";

/// The module, registered by the binary.
#[derive(Debug, Clone, Copy, Default)]
pub struct Incubateur;

/// Roles of the module (spec §7). Agents are any signed-in account: they need no role.
pub const ROLES: &[RoleDef] = &[
    RoleDef {
        module: MODULE,
        role: acces::ROLE_ADMIN,
        label: "Équipe de l'incubateur (par incubateur)",
        scoped: true,
    },
    RoleDef {
        module: MODULE,
        role: acces::ROLE_PRE_JURE,
        label: "Pré-juré (par appel à projets)",
        scoped: true,
    },
    RoleDef {
        module: MODULE,
        role: acces::ROLE_JURE,
        label: "Juré (par appel à projets)",
        scoped: true,
    },
    RoleDef {
        module: MODULE,
        role: acces::ROLE_PRESIDENT,
        label: "Président du jury (par appel à projets)",
        scoped: true,
    },
    RoleDef {
        module: MODULE,
        role: acces::ROLE_SPONSOR,
        label: "Sponsor (par startup)",
        scoped: true,
    },
    RoleDef {
        module: MODULE,
        role: acces::ROLE_COACH,
        label: "Coach (par startup)",
        scoped: true,
    },
    RoleDef {
        module: MODULE,
        role: acces::ROLE_EQUIPE,
        label: "Équipe d'une startup (par startup)",
        scoped: true,
    },
    RoleDef {
        module: MODULE,
        role: acces::ROLE_PORTEFEUILLE,
        label: "Gestionnaire de portefeuille DINUM (lecture)",
        scoped: false,
    },
];

impl Module for Incubateur {
    fn info(&self) -> ModuleInfo {
        ModuleInfo {
            id: MODULE,
            title: "Incubateur",
            summary: "Appels à projets, jury, startups d'État et comités d'investissement de la Fabrique \
                      numérique, avec les données ouvertes de beta.gouv.fr.",
            anchor: "beta.gouv.fr",
            href: "/incubateur",
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
        ROLES
    }

    fn jobs(&self) -> Vec<JobHandler> {
        jobs::handlers()
    }

    fn schedules(&self) -> Vec<Schedule> {
        jobs::schedules()
    }

    fn init<'a>(&'a self, app: &'a AppState) -> BoxFuture<'a, anyhow::Result<()>> {
        Box::pin(async move {
            store::catalogue::install(app).await?;
            app.insert_extension(std::sync::Arc::new(store::jury::CacheNotes::default()));
            Ok(())
        })
    }

    fn demo<'a>(&'a self, app: &'a AppState) -> BoxFuture<'a, anyhow::Result<()>> {
        Box::pin(demo::load(app))
    }

    fn importers(&self) -> Vec<Importer> {
        commandes::importers()
    }

    fn exporters(&self) -> Vec<Exporter> {
        commandes::exporters()
    }
}
