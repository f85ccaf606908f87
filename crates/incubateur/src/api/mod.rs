//! The JSON API of the module (`/api/v1/incubateur/…`) and the beta.gouv.fr compatible `/api/v2.7/startups.json`.
//!
//! - [`statistiques`] and [`v27`]: the DTOs of the open endpoints outside checks rely on;
//! - [`publique`]: startups, incubators, calls and statistics — public data only, no personal contact;
//! - [`privee`]: what a signed-in caller may read about their own submissions and the scores they may see.
//!
//! Domain types are not `Serialize` (CONVENTIONS §3.2): these DTOs are the only serialised shapes. Handlers call
//! the same store, service and domain functions as the pages; the two never call each other.

pub mod privee;
pub mod publique;
pub mod statistiques;
pub mod v27;

use axum::Router;
use axum::routing::get;
use socle::AppState;
use utoipa::OpenApi as _;

/// The API routes of the module.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/incubateur/statistiques/phases",
            get(publique::statistiques_phases),
        )
        .route("/api/v2.7/startups.json", get(publique::startups_v27))
        .route("/api/v1/incubateur/startups", get(publique::startups))
        .route("/api/v1/incubateur/startups/{id}", get(publique::startup))
        .route("/api/v1/incubateur/incubateurs", get(publique::incubateurs))
        .route(
            "/api/v1/incubateur/incubateurs/{id}",
            get(publique::incubateur),
        )
        .route("/api/v1/incubateur/appels", get(publique::appels))
        .route("/api/v1/incubateur/appels/{id}", get(publique::appel))
        .route(
            "/api/v1/incubateur/candidatures",
            get(privee::mes_candidatures),
        )
        .route(
            "/api/v1/incubateur/appels/{id}/notes",
            get(privee::notes_visibles),
        )
}

/// The `OpenAPI` description of [`routes`].
pub fn openapi() -> utoipa::openapi::OpenApi {
    #[derive(utoipa::OpenApi)]
    #[openapi(
        paths(
            publique::statistiques_phases,
            publique::startups_v27,
            publique::startups,
            publique::startup,
            publique::incubateurs,
            publique::incubateur,
            publique::appels,
            publique::appel,
            privee::mes_candidatures,
            privee::notes_visibles,
        ),
        tags((name = "incubateur", description = "Appels à projets, startups d'État et statistiques de la Fabrique numérique (données de beta.gouv.fr)"))
    )]
    struct Doc;
    Doc::openapi()
}
