//! The HTTP layer: router assembly, middleware, errors, layout, forms and static assets.
//!
//! Middleware, from the outside in (each line wraps the next):
//! request id and tracing → compression → metrics → security headers → sessions → error rendering →
//! timeout → body limit → CSRF → caller resolution → routes. Error rendering sits outside the timeout, the
//! body limit and the CSRF check so that their refusals get the same pages as handler errors; the layers
//! inside it copy what the page needs (the caller, the CSRF token) into the response extensions.

pub mod assets;
pub mod csrf;
pub mod error;
pub mod forms;
pub mod layout;
pub mod limits;
pub mod pager;
pub mod pages;

use axum::Router;
use axum::extract::{DefaultBodyLimit, MatchedPath, Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use std::time::{Duration, Instant};
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;
use tower_sessions::{Expiry, SessionManagerLayer};

use crate::app::AppState;
use crate::auth::MaybeUser;
use crate::auth::session_store::DbSessionStore;
use crate::web::csrf::CsrfToken;
use crate::web::error::{AppError, ErrorReport};
use crate::web::layout::PageContext;

pub use error::AppResult;

/// Name of the session cookie.
pub const SESSION_COOKIE: &str = "fabrique_session";

/// Content Security Policy: no inline script or style anywhere, no third-party origin. `data:` images are
/// needed by the DSFR stylesheet (its form controls are inline SVG).
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                       font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; \
                       form-action 'self'; frame-ancestors 'none'";

/// Builds the whole application router.
pub fn router(app: AppState) -> Router {
    // Install the metrics recorder before the first request is counted.
    crate::obs::prometheus();
    let mut html = Router::new()
        .merge(pages::routes())
        .merge(crate::auth::web::routes())
        .merge(crate::admin::routes())
        .route("/static/{hash}/{*path}", get(assets::serve));
    let mut api = Router::new()
        .merge(crate::territoires::api::routes())
        .merge(crate::api::routes());
    for module in app.modules() {
        html = html.merge(module.routes());
        api = api.merge(module.api_routes());
    }
    let api = api.layer(middleware::from_fn_with_state(
        app.clone(),
        limits::limit_api,
    ));

    let config = app.config().clone();
    let sessions = SessionManagerLayer::new(DbSessionStore::new(app.db().clone()))
        .with_name(SESSION_COOKIE)
        .with_secure(config.behind_tls)
        .with_http_only(true)
        .with_same_site(tower_sessions::cookie::SameSite::Lax)
        .with_expiry(Expiry::OnInactivity(time::Duration::hours(12)));

    let mut router = Router::new()
        .merge(html)
        .merge(api)
        .merge(crate::obs::routes())
        .route_layer(middleware::from_fn(tag_route))
        .fallback(fallback)
        .layer(DefaultBodyLimit::max(config.max_body_bytes))
        .layer(middleware::from_fn_with_state(
            app.clone(),
            crate::auth::middleware::load_user,
        ))
        .layer(middleware::from_fn_with_state(app.clone(), csrf::protect))
        .layer(tower_http::limit::RequestBodyLimitLayer::new(
            config.max_upload_bytes,
        ))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            config.request_timeout,
        ))
        .layer(middleware::from_fn_with_state(app.clone(), render_errors))
        .layer(sessions);
    for (name, value) in security_headers(config.behind_tls) {
        router = router.layer(SetResponseHeaderLayer::if_not_present(name, value));
    }
    let request_id = HeaderName::from_static("x-request-id");
    router
        .layer(middleware::from_fn(crate::obs::record_metrics))
        .layer(CompressionLayer::new())
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(TraceLayer::new_for_http().make_span_with(|request: &Request| {
            let id = request.headers().get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or("-");
            tracing::info_span!("http", method = %request.method(), path = %request.uri().path(), request_id = %id)
        }))
        .layer(SetRequestIdLayer::new(request_id, MakeRequestUuid))
        .with_state(app)
}

fn security_headers(behind_tls: bool) -> Vec<(HeaderName, HeaderValue)> {
    let mut headers = vec![
        (
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CSP),
        ),
        (
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ),
        (
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        ),
        (header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")),
        (
            HeaderName::from_static("cross-origin-opener-policy"),
            HeaderValue::from_static("same-origin"),
        ),
        (
            HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static("camera=(), microphone=(), geolocation=(self), payment=()"),
        ),
    ];
    if behind_tls {
        headers.push((
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=63072000"),
        ));
    }
    headers
}

async fn fallback() -> AppError {
    AppError::not_found()
}

/// The route template that matched, kept in the response for the metrics middleware.
#[derive(Debug, Clone)]
pub struct RouteTag(pub String);

async fn tag_route(request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|path| path.as_str().to_owned());
    let mut response = next.run(request).await;
    if let Some(route) = route {
        response.extensions_mut().insert(RouteTag(route));
    }
    response
}

/// Whether the response already carries a body meant for the user.
fn is_rendered(response: &Response) -> bool {
    response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|content_type| {
            content_type.starts_with("text/html")
                || content_type.starts_with("application/json")
                || content_type.starts_with("application/problem+json")
        })
}

/// Whether the caller wants JSON rather than a page.
fn wants_json(request: &Request) -> bool {
    request.uri().path().starts_with("/api/")
        || request
            .headers()
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|accept| {
                accept.contains("application/json") && !accept.contains("text/html")
            })
}

/// Middleware: turns every error into a page in the layout, or a problem document for the API.
async fn render_errors(State(app): State<AppState>, request: Request, next: Next) -> Response {
    let json = wants_json(&request);
    let path = request.uri().path().to_owned();
    let path_and_query = request
        .uri()
        .path_and_query()
        .map(|pq| pq.as_str().to_owned())
        .unwrap_or_default();
    let started = Instant::now();
    let response = next.run(request).await;
    let status = response.status();
    let report = match response.extensions().get::<ErrorReport>() {
        Some(report) => report.clone(),
        None if status.is_client_error() || status.is_server_error() => {
            if is_rendered(&response) {
                return response;
            }
            ErrorReport::for_status(status)
        }
        None => return response,
    };
    if status.is_server_error() {
        tracing::error!(
            status = status.as_u16(),
            cause = report.cause.as_deref().unwrap_or("-"),
            elapsed_ms = started.elapsed().as_millis() as u64,
            "erreur serveur"
        );
    }
    if status == StatusCode::UNAUTHORIZED && !json {
        let next_page = percent_encode(&path_and_query);
        return Redirect::to(&format!("/compte/connexion?suivant={next_page}")).into_response();
    }
    let user = response
        .extensions()
        .get::<MaybeUser>()
        .cloned()
        .unwrap_or_default()
        .0;
    let csrf = response
        .extensions()
        .get::<CsrfToken>()
        .map(|t| t.0.clone())
        .unwrap_or_default();
    let mut rendered = if json {
        crate::api::problem_response(&report, &path)
    } else {
        let context = PageContext::build(&app, user, csrf, path);
        pages::error_page(context, &report)
    };
    *rendered.status_mut() = status;
    for name in [header::ALLOW, header::RETRY_AFTER, header::SET_COOKIE] {
        for value in response.headers().get_all(&name) {
            rendered.headers_mut().append(name.clone(), value.clone());
        }
    }
    if let Some(seconds) = report.retry_after {
        rendered
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    }
    rendered
}

/// Percent-encodes a value for a query string.
pub fn percent_encode(value: &str) -> String {
    serde_urlencoded::to_string([("", value)])
        .map(|s| s[1..].to_owned())
        .unwrap_or_default()
}

/// Timeout of the graceful shutdown: requests in flight get this long to finish.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(20);
