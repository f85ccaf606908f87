//! Module `mines` of La Fabrique: the mining cadastre and the instruction of mining procedures (anchor: Camino).
//!
//! - Pure domain: reference tables ([`referentiels`]), the procedure engine and the permissions ([`domain`]),
//!   perimeter import ([`perimetre`]), replay of machine cases ([`rejeu`]).
//! - On the platform: the store ([`store`]), the writes ([`instruction`]), what a reader may see ([`lecture`]),
//!   the roles ([`acces`]), the pages ([`web`]), the JSON API ([`api`]), the map layer ([`carte`]), the open-data
//!   downloads ([`export`]) and the demo data ([`demo`]).
//!
//! Architecture invariant: the domain has no database, HTTP or async; the other layers call it, never the
//! reverse. [`Mines`] is what the binary registers.

pub mod acces;
pub mod api;
pub mod carte;
pub mod demo;
pub mod domain;
pub mod export;
pub mod instruction;
pub mod lecture;
pub mod perimetre;
pub mod referentiels;
pub mod rejeu;
pub mod store;
pub mod web;

use axum::Router;
use futures::future::BoxFuture;
use socle::AppState;
use socle::auth::RoleDef;
use socle::db::MigrationSet;
use socle::jobs::{Every, JobFuture, JobHandler, Schedule};
use socle::module::{Exporter, Module, ModuleInfo};

/// The mining cadastre, as registered in the binary.
#[derive(Debug, Clone, Copy, Default)]
pub struct Mines;

/// Kind of the recomputation job.
pub const JOB_RECALCUL: &str = "mines.recalcul";

fn recalcul(app: AppState, _payload: serde_json::Value) -> JobFuture {
    Box::pin(async move {
        let date = instruction::aujourdhui();
        let modifies = instruction::recalculer_tout(&app, date).await?;
        tracing::info!(modifies, %date, "statuts des titres miniers recalculés");
        Ok(())
    })
}

/// Writes the public titres, unfiltered, in `format` (the platform's exporters).
fn exporter(
    app: AppState,
    mut sortie: Box<dyn std::io::Write + Send>,
    format: export::FormatExport,
) -> BoxFuture<'static, anyhow::Result<()>> {
    Box::pin(async move {
        let titres = store::export_titres(app.db(), &store::Filtres::default()).await?;
        let entreprises = store::entreprises_by_code(app.db()).await?;
        let territoires = app.territoires();
        let contexte = export::Contexte {
            entreprises: &entreprises,
            territoires: &territoires,
        };
        sortie.write_all(&format.ecrire(&titres, &contexte)?)?;
        Ok(())
    })
}

fn export_csv(
    app: AppState,
    sortie: Box<dyn std::io::Write + Send>,
) -> BoxFuture<'static, anyhow::Result<()>> {
    exporter(app, sortie, export::FormatExport::Csv)
}

fn export_geojson(
    app: AppState,
    sortie: Box<dyn std::io::Write + Send>,
) -> BoxFuture<'static, anyhow::Result<()>> {
    exporter(app, sortie, export::FormatExport::Geojson)
}

impl Module for Mines {
    fn info(&self) -> ModuleInfo {
        ModuleInfo {
            id: "mines",
            title: "Cadastre minier",
            summary: "Les titres miniers de France, leurs démarches et leurs périmètres, en carte et en données \
                      ouvertes ; le dépôt en ligne des demandes d'ARM et d'AXM et leur instruction.",
            anchor: "Camino",
            href: "/mines",
        }
    }

    fn migrations(&self) -> Option<MigrationSet> {
        static SQLITE: sqlx::migrate::Migrator = sqlx::migrate!("migrations/sqlite");
        static POSTGRES: sqlx::migrate::Migrator = sqlx::migrate!("migrations/postgres");
        Some(MigrationSet {
            owner: "mines",
            sqlite: &SQLITE,
            postgres: &POSTGRES,
        })
    }

    fn routes(&self) -> Router<AppState> {
        web::routes()
    }

    fn api_routes(&self) -> Router<AppState> {
        api::routes()
    }

    fn openapi(&self) -> utoipa::openapi::OpenApi {
        api::openapi()
    }

    fn roles(&self) -> &'static [RoleDef] {
        acces::ROLES
    }

    fn jobs(&self) -> Vec<JobHandler> {
        vec![JobHandler {
            kind: JOB_RECALCUL,
            max_attempts: 3,
            run: recalcul,
        }]
    }

    fn schedules(&self) -> Vec<Schedule> {
        // Statuts depend on the date (a titre ends, a prolongation enters survie provisoire): recompute nightly.
        vec![Schedule {
            name: "mines.recalcul-quotidien",
            kind: JOB_RECALCUL,
            every: Every::DailyAt {
                hour: 2,
                minute: 30,
            },
        }]
    }

    fn init<'a>(&'a self, app: &'a AppState) -> BoxFuture<'a, anyhow::Result<()>> {
        Box::pin(async move {
            carte::reconstruire(app).await?;
            // Other processes' writes reach this process's map within a few seconds; the task lives as long
            // as the runtime.
            drop(socle::changes::follow(
                app.clone(),
                carte::SUJET,
                std::time::Duration::from_secs(5),
                carte::rebuild,
            ));
            Ok(())
        })
    }

    fn demo<'a>(&'a self, app: &'a AppState) -> BoxFuture<'a, anyhow::Result<()>> {
        Box::pin(demo::load(app))
    }

    fn exporters(&self) -> Vec<Exporter> {
        vec![
            Exporter {
                name: "mines-titres-csv",
                help: "titres miniers publics en CSV (champs de l'export de Camino)",
                run: export_csv,
            },
            Exporter {
                name: "mines-titres-geojson",
                help: "titres miniers publics en GeoJSON (périmètres à 7 décimales)",
                run: export_geojson,
            },
        ]
    }
}
