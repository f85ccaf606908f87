//! Conventions of the JSON API: strict query parameters, pagination, problem details, OpenAPI assembly and
//! its human documentation page.

use askama::Template;
use axum::Router;
use axum::extract::{FromRequestParts, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Serialize;
use serde::de::DeserializeOwned;
use utoipa::openapi::OpenApi;

use crate::app::AppState;
use crate::web::error::{AppError, AppResult, ErrorReport};
use crate::web::layout::PageContext;
use crate::web::pages::render;

/// Routes of the API documentation.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/openapi.json", get(openapi_json))
        .route("/api", get(docs_page))
}

/// The query parameters an endpoint accepts; anything else is refused with 400, so that a typo in a filter
/// never silently returns unfiltered data.
pub trait QueryParams: DeserializeOwned {
    /// Accepted parameter names.
    const NAMES: &'static [&'static str];
}

/// Query extractor that refuses unknown parameters and explains bad values in French. Repeated keys
/// (`type=commune&type=epci`) fill `Vec` fields.
#[derive(Debug, Clone)]
pub struct ApiQuery<T>(pub T);

impl<S: Send + Sync, T: QueryParams> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let query = parts.uri.query().unwrap_or_default();
        let pairs: Vec<(String, String)> = serde_html_form::from_str(query)
            .map_err(|_| AppError::BadRequest("la chaîne de requête est mal formée".to_owned()))?;
        let unknown: Vec<&str> = pairs
            .iter()
            .map(|(key, _)| key.as_str())
            .filter(|key| !T::NAMES.contains(key))
            .collect();
        if !unknown.is_empty() {
            return Err(AppError::BadRequest(format!(
                "paramètre inconnu : {} (paramètres acceptés : {})",
                unknown.join(", "),
                T::NAMES.join(", ")
            )));
        }
        serde_html_form::from_str(query)
            .map(ApiQuery)
            .map_err(|error| AppError::BadRequest(format!("paramètre invalide : {error}")))
    }
}

/// Default number of results per page.
pub const DEFAULT_PAGE_SIZE: u32 = 20;
/// Largest page a caller may ask for.
pub const MAX_PAGE_SIZE: u32 = 100;

/// A checked page request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageRequest {
    /// 1-based page number.
    pub page: u32,
    /// Results per page.
    pub page_size: u32,
}

impl PageRequest {
    /// Checks `page` (≥ 1) and `page_size` (1 to [`MAX_PAGE_SIZE`]).
    pub fn new(page: Option<u32>, page_size: Option<u32>) -> AppResult<Self> {
        let page = page.unwrap_or(1);
        let page_size = page_size.unwrap_or(DEFAULT_PAGE_SIZE);
        if page == 0 {
            return Err(AppError::BadRequest(
                "page doit valoir au moins 1".to_owned(),
            ));
        }
        if page_size == 0 || page_size > MAX_PAGE_SIZE {
            return Err(AppError::BadRequest(format!(
                "page_size doit être compris entre 1 et {MAX_PAGE_SIZE}"
            )));
        }
        Ok(Self { page, page_size })
    }

    /// Rows to skip.
    pub fn offset(&self) -> usize {
        (self.page as usize - 1) * self.page_size as usize
    }

    /// Rows to take.
    pub fn limit(&self) -> usize {
        self.page_size as usize
    }
}

/// A page of results, in the shape of Django REST Framework (used by Aides-territoires and many reusers).
#[derive(Debug, Clone, Serialize)]
pub struct Paginated<T> {
    /// Total number of results.
    pub count: usize,
    /// URL of the next page.
    pub next: Option<String>,
    /// URL of the previous page.
    pub previous: Option<String>,
    /// This page.
    pub results: Vec<T>,
}

impl<T> Paginated<T> {
    /// Builds the page and its links, keeping every other parameter of the request.
    pub fn new(
        results: Vec<T>,
        count: usize,
        page: PageRequest,
        base_url: &str,
        uri: &axum::http::Uri,
    ) -> Self {
        let link = |number: u32| {
            let mut pairs: Vec<(String, String)> = uri
                .query()
                .and_then(|query| serde_html_form::from_str::<Vec<(String, String)>>(query).ok())
                .unwrap_or_default()
                .into_iter()
                .filter(|(key, _)| key != "page")
                .collect();
            pairs.push(("page".to_owned(), number.to_string()));
            let query = serde_urlencoded::to_string(&pairs).unwrap_or_default();
            format!("{base_url}{}?{query}", uri.path())
        };
        let last_page = count.div_ceil(page.page_size as usize).max(1) as u32;
        Self {
            count,
            next: (page.page < last_page).then(|| link(page.page + 1)),
            previous: (page.page > 1).then(|| link(page.page - 1)),
            results,
        }
    }
}

/// A JSON response.
pub fn json<T: Serialize>(value: &T) -> Response {
    axum::Json(value).into_response()
}

/// Whether the caller already holds the representation tagged `etag` (a quoted entity tag): `If-None-Match`
/// lists it, weak or strong (RFC 9110 §13.1.2 compares weakly for this header), or is `*`.
pub fn if_none_match(request: &axum::http::HeaderMap, etag: &str) -> bool {
    request
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .map(|candidate| candidate.trim())
        .any(|candidate| candidate == "*" || candidate.trim_start_matches("W/") == etag)
}

/// A bulk download with a strong `ETag` (SHA-256 of the body).
///
/// Answers `304 Not Modified` when the caller already has it (`If-None-Match`), so reusers polling an export
/// every hour transfer nothing when nothing changed.
pub fn etag_response(
    request: &axum::http::HeaderMap,
    body: Vec<u8>,
    content_type: &'static str,
) -> Response {
    use sha2::Digest as _;
    let etag = format!("\"{}\"", hex::encode(&sha2::Sha256::digest(&body)[..16]));
    let mut response = if if_none_match(request, &etag) {
        axum::http::StatusCode::NOT_MODIFIED.into_response()
    } else {
        let mut response = body.into_response();
        response
            .headers_mut()
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
        response
    };
    if let Ok(value) = HeaderValue::from_str(&etag) {
        response.headers_mut().insert(header::ETAG, value);
    }
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

/// The RFC 9457 problem document of an error report.
pub fn problem_response(report: &ErrorReport, instance: &str) -> Response {
    let mut body = serde_json::json!({
        "type": format!("/api#probleme-{}", report.code),
        "title": report.status.canonical_reason().unwrap_or("Erreur"),
        "status": report.status.as_u16(),
        "detail": report.message,
        "code": report.code,
        "instance": instance,
    });
    if !report.fields.is_empty() {
        body["errors"] = serde_json::to_value(&report.fields).unwrap_or_default();
    }
    let mut response = axum::Json(body).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    response
}

/// The OpenAPI 3.1 document of the whole program: the platform's paths plus every module's.
pub fn openapi(app: &AppState) -> OpenApi {
    let mut document = crate::territoires::api::openapi();
    for module in app.modules() {
        document.merge(module.openapi());
    }
    document.info.title = "API de La Fabrique numérique".to_owned();
    document.info.version = "1".to_owned();
    document.info.description = Some(
        "API ouverte des services de la Fabrique numérique. Les erreurs suivent la RFC 9457 (application/problem+json) \
         avec un code stable ; les listes sont paginées (count, next, previous, results) ; les paramètres inconnus \
         sont refusés (400) ; les appels sont limités par adresse IP et par jeton (429 avec Retry-After)."
            .to_owned(),
    );
    document
}

async fn openapi_json(State(app): State<AppState>) -> Response {
    json(&openapi(&app))
}

/// One operation of the documentation page.
struct Operation {
    method: String,
    path: String,
    summary: String,
    parameters: Vec<(String, String, bool)>,
}

#[derive(Template)]
#[template(path = "api_docs.html")]
struct DocsPage {
    ctx: PageContext,
    operations: Vec<Operation>,
}

async fn docs_page(State(app): State<AppState>, ctx: PageContext) -> AppResult<Response> {
    let document = serde_json::to_value(openapi(&app)).map_err(AppError::internal)?;
    let mut operations = Vec::new();
    if let Some(paths) = document.get("paths").and_then(|p| p.as_object()) {
        for (path, item) in paths {
            let Some(methods) = item.as_object() else {
                continue;
            };
            for (method, operation) in methods {
                let summary = operation
                    .get("summary")
                    .or_else(|| operation.get("description"))
                    .and_then(|s| s.as_str())
                    .unwrap_or_default()
                    .to_owned();
                let parameters = operation
                    .get("parameters")
                    .and_then(|p| p.as_array())
                    .map(|list| {
                        list.iter()
                            .map(|p| {
                                (
                                    p.get("name")
                                        .and_then(|n| n.as_str())
                                        .unwrap_or_default()
                                        .to_owned(),
                                    p.get("description")
                                        .and_then(|d| d.as_str())
                                        .unwrap_or_default()
                                        .to_owned(),
                                    p.get("required").and_then(|r| r.as_bool()).unwrap_or(false),
                                )
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                operations.push(Operation {
                    method: method.to_uppercase(),
                    path: path.clone(),
                    summary,
                    parameters,
                });
            }
        }
    }
    render(&DocsPage { ctx, operations })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_none_match_compares_weakly_over_the_whole_list() {
        let with = |value: &str| {
            let mut headers = axum::http::HeaderMap::new();
            headers.insert(header::IF_NONE_MATCH, HeaderValue::from_str(value).unwrap());
            headers
        };
        assert!(if_none_match(&with("\"a\""), "\"a\""));
        assert!(if_none_match(&with("\"b\", W/\"a\""), "\"a\""));
        assert!(if_none_match(&with("*"), "\"a\""));
        assert!(!if_none_match(&with("\"b\""), "\"a\""));
        // Unquoted values are not entity tags.
        assert!(!if_none_match(&with("a"), "\"a\""));
        assert!(!if_none_match(&axum::http::HeaderMap::new(), "\"a\""));
    }

    #[test]
    fn an_unchanged_download_answers_304() {
        let first = etag_response(
            &axum::http::HeaderMap::new(),
            b"[1,2]".to_vec(),
            "application/json",
        );
        assert_eq!(first.status(), axum::http::StatusCode::OK);
        let etag = first.headers().get(header::ETAG).unwrap().clone();
        let mut headers = axum::http::HeaderMap::new();
        headers.insert(header::IF_NONE_MATCH, etag);
        assert_eq!(
            etag_response(&headers, b"[1,2]".to_vec(), "application/json").status(),
            axum::http::StatusCode::NOT_MODIFIED
        );
        assert_eq!(
            etag_response(&headers, b"[1,2,3]".to_vec(), "application/json").status(),
            axum::http::StatusCode::OK
        );
    }

    #[test]
    fn page_requests_are_bounded() {
        assert!(PageRequest::new(Some(0), None).is_err());
        assert!(PageRequest::new(None, Some(MAX_PAGE_SIZE + 1)).is_err());
        let page = PageRequest::new(Some(3), Some(10)).unwrap();
        assert_eq!((page.offset(), page.limit()), (20, 10));
    }

    #[test]
    fn pagination_links_keep_other_parameters() {
        let uri: axum::http::Uri = "/api/v1/territoires?q=saint&page=2&page_size=10"
            .parse()
            .unwrap();
        let page = PageRequest::new(Some(2), Some(10)).unwrap();
        let paginated = Paginated::new(vec![1, 2], 35, page, "http://h", &uri);
        assert_eq!(
            paginated.next.as_deref(),
            Some("http://h/api/v1/territoires?q=saint&page_size=10&page=3")
        );
        assert_eq!(
            paginated.previous.as_deref(),
            Some("http://h/api/v1/territoires?q=saint&page_size=10&page=1")
        );
        let last = Paginated::new(
            vec![1],
            35,
            PageRequest::new(Some(4), Some(10)).unwrap(),
            "",
            &uri,
        );
        assert!(last.next.is_none());
    }
}
