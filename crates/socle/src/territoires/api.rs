//! `GET /api/v1/territoires?q=` (autocomplete) and `GET /api/v1/territoires/{type}/{code}`.

use axum::Router;
use axum::extract::{OriginalUri, Path, State};
use axum::response::Response;
use axum::routing::get;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use utoipa::{IntoParams, OpenApi, ToSchema};

use super::index::{Entry, Kind};
use crate::api::{ApiQuery, PageRequest, Paginated, QueryParams, json};
use crate::app::AppState;
use crate::web::error::{AppError, AppResult};

/// Routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/territoires", get(search))
        .route("/api/v1/territoires/{kind}/{code}", get(show))
}

/// OpenAPI of these routes.
pub fn openapi() -> utoipa::openapi::OpenApi {
    #[derive(OpenApi)]
    #[openapi(paths(search, show), tags((name = "territoires", description = "Géographie administrative française (COG)")))]
    struct Doc;
    Doc::openapi()
}

/// A territory.
#[derive(Debug, Serialize, ToSchema)]
pub struct TerritoireDto {
    /// `commune`, `epci`, `departement` or `region`.
    #[serde(rename = "type")]
    pub kind: Kind,
    /// Code INSEE (SIREN pour un EPCI).
    pub code: String,
    /// Nom.
    pub nom: String,
    /// Population (municipale pour une commune, somme des communes sinon).
    pub population: u64,
    /// Code du département (communes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub departement: Option<String>,
    /// Code de la région (communes, départements).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// SIREN de l'EPCI (communes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub epci: Option<String>,
    /// Codes postaux (communes).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub codes_postaux: Vec<String>,
    /// Nature juridique (EPCI : CC, CA, CU, METRO, MET69).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nature: Option<String>,
    /// `metro`, `drom` ou `com` (départements, régions).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
}

impl From<&Entry> for TerritoireDto {
    fn from(entry: &Entry) -> Self {
        Self {
            kind: entry.kind,
            code: entry.code.clone(),
            nom: entry.nom.clone(),
            population: entry.population,
            departement: entry.departement.clone(),
            region: entry.region.clone(),
            epci: entry.epci.clone(),
            codes_postaux: entry.codes_postaux.clone(),
            nature: entry.nature.clone(),
            zone: entry.zone.clone(),
        }
    }
}

/// A territory with its containers and the counts of its members.
#[derive(Debug, Serialize, ToSchema)]
pub struct TerritoireDetailDto {
    /// The territory.
    #[serde(flatten)]
    pub territoire: TerritoireDto,
    /// Its containers, narrowest first.
    pub contenants: Vec<TerritoireDto>,
    /// Number of members by kind (`commune`, `epci`, `departement`).
    pub membres: BTreeMap<String, usize>,
}

/// Query of the autocomplete.
#[derive(Debug, Deserialize, IntoParams)]
pub struct SearchParams {
    /// Texte recherché : nom (sans accents ni casse), code INSEE, SIREN ou code postal.
    pub q: Option<String>,
    /// Types à inclure (répétable) : commune, epci, departement, region.
    #[serde(rename = "type", default)]
    #[param(rename = "type")]
    pub types: Vec<String>,
    /// Page (à partir de 1).
    pub page: Option<u32>,
    /// Résultats par page (100 au plus).
    pub page_size: Option<u32>,
}

impl QueryParams for SearchParams {
    const NAMES: &'static [&'static str] = &["q", "type", "page", "page_size"];
}

/// Longest accepted query.
const MAX_QUERY_CHARS: usize = 200;

/// Recherche de territoires par nom, code INSEE, SIREN ou code postal.
#[utoipa::path(
    get,
    path = "/api/v1/territoires",
    tag = "territoires",
    params(SearchParams),
    responses(
        (status = 200, description = "Territoires classés : code exact, code postal, nom exact, début de nom, puis population"),
        (status = 400, description = "Paramètre inconnu ou invalide", content_type = "application/problem+json"),
    )
)]
async fn search(
    State(app): State<AppState>,
    OriginalUri(uri): OriginalUri,
    ApiQuery(params): ApiQuery<SearchParams>,
) -> AppResult<Response> {
    let page = PageRequest::new(params.page, params.page_size)?;
    let mut kinds = Vec::new();
    for name in &params.types {
        for part in name.split(',') {
            kinds.push(Kind::parse(part).ok_or_else(|| {
                AppError::BadRequest(format!(
                    "type inconnu : « {part} » (valeurs possibles : commune, epci, departement, region)"
                ))
            })?);
        }
    }
    let query = params.q.unwrap_or_default();
    if query.chars().count() > MAX_QUERY_CHARS {
        return Err(AppError::BadRequest(format!(
            "q ne doit pas dépasser {MAX_QUERY_CHARS} caractères"
        )));
    }
    let territoires = app.territoires();
    let found = territoires.search(&query, &kinds, page.offset(), page.limit());
    let results = found.results.into_iter().map(TerritoireDto::from).collect();
    Ok(json(&Paginated::new(
        results,
        found.count,
        page,
        &app.config().base_url,
        &uri,
    )))
}

/// Un territoire, ses contenants et le nombre de ses membres.
#[utoipa::path(
    get,
    path = "/api/v1/territoires/{kind}/{code}",
    tag = "territoires",
    params(
        ("kind" = String, Path, description = "commune, epci, departement ou region"),
        ("code" = String, Path, description = "Code INSEE (SIREN pour un EPCI)"),
    ),
    responses(
        (status = 200, body = TerritoireDetailDto),
        (status = 404, description = "Territoire inconnu", content_type = "application/problem+json"),
    )
)]
async fn show(
    State(app): State<AppState>,
    Path((kind, code)): Path<(String, String)>,
) -> AppResult<Response> {
    let kind = Kind::parse(&kind).ok_or_else(|| {
        AppError::NotFound(format!(
            "type de territoire inconnu : « {kind} » (commune, epci, departement, region)"
        ))
    })?;
    let territoires = app.territoires();
    let entry = territoires.get(kind, &code).ok_or_else(|| {
        AppError::NotFound(format!(
            "aucun territoire de type {} n'a le code {code}",
            kind.as_str()
        ))
    })?;
    let mut membres = BTreeMap::new();
    for member_kind in [Kind::Commune, Kind::Epci, Kind::Departement] {
        let count = territoires.members(entry, member_kind).len();
        if kind != Kind::Commune
            && member_kind != kind
            && (count > 0 || member_kind == Kind::Commune)
        {
            membres.insert(member_kind.as_str().to_owned(), count);
        }
    }
    Ok(json(&TerritoireDetailDto {
        territoire: entry.into(),
        contenants: territoires
            .containers(entry)
            .into_iter()
            .map(TerritoireDto::from)
            .collect(),
        membres,
    }))
}
