//! Protection against cross-site request forgery on every form.
//!
//! Double-submit token: a random value in a cookie (`HttpOnly`, `SameSite=Lax`, `__Host-` prefixed behind TLS
//! so that a sibling sub-domain cannot plant it) must come back with every unsafe request, as the `_csrf`
//! field of a urlencoded form, the `_csrf` query parameter (multipart uploads, whose body is streamed) or the
//! `X-CSRF-Token` header (scripts). A forged request from another site cannot read the cookie, so it cannot
//! send the value. Unlike a token kept in the session, it needs no database row for anonymous visitors.
//! Requests authenticated by an API bearer token carry no ambient credential and are exempt.
//!
//! A refused request gets a 403 before reaching any handler, so nothing is written.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http_body_util::BodyExt as _;
use subtle::ConstantTimeEq as _;

use crate::app::AppState;
use crate::web::error::AppError;

/// The token of the current request, for forms.
#[derive(Debug, Clone)]
pub struct CsrfToken(pub String);

/// Name of the form field and query parameter.
pub const FIELD: &str = "_csrf";
/// Name of the header.
pub const HEADER: &str = "x-csrf-token";

fn cookie_name(behind_tls: bool) -> &'static str {
    if behind_tls {
        "__Host-fabrique_csrf"
    } else {
        "fabrique_csrf"
    }
}

/// Reads a cookie from the request headers.
pub fn read_cookie(request: &Request, name: &str) -> Option<String> {
    request
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
}

fn same(a: &str, b: &str) -> bool {
    !a.is_empty() && a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

fn from_query(request: &Request) -> Option<String> {
    let query = request.uri().query()?;
    serde_urlencoded::from_str::<Vec<(String, String)>>(query)
        .ok()?
        .into_iter()
        .find(|(key, _)| key == FIELD)
        .map(|(_, value)| value)
}

/// Middleware: issues the cookie and checks unsafe requests.
pub async fn protect(State(app): State<AppState>, request: Request, next: Next) -> Response {
    let name = cookie_name(app.config().behind_tls);
    let path = request.uri().path().to_owned();
    let existing = read_cookie(&request, name).filter(|token| token.len() >= 32);
    let token = existing.clone().unwrap_or_else(crate::auth::random_token);
    let unsafe_method = !matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    let bearer = request
        .headers()
        .get(header::AUTHORIZATION)
        .is_some_and(|value| value.as_bytes().starts_with(b"Bearer "));
    // On the JSON API only a session cookie is an ambient credential worth forging; a call without one
    // (a program, a public endpoint) has nothing to protect.
    let api_without_session = request.uri().path().starts_with("/api/")
        && read_cookie(&request, crate::web::SESSION_COOKIE).is_none();

    let mut request = request;
    if unsafe_method && !bearer && !api_without_session {
        let presented = match request
            .headers()
            .get(HEADER)
            .and_then(|value| value.to_str().ok())
        {
            Some(value) => Some(value.to_owned()),
            None => match from_query(&request) {
                Some(value) => Some(value),
                None => {
                    let (presented, rebuilt) =
                        match read_form_field(request, app.config().max_body_bytes).await {
                            Ok(pair) => pair,
                            Err(response) => return response,
                        };
                    request = rebuilt;
                    presented
                }
            },
        };
        let valid = match (&existing, &presented) {
            (Some(cookie), Some(presented)) => same(cookie, presented),
            _ => false,
        };
        if !valid {
            return refuse(request, next).await;
        }
    }

    request.extensions_mut().insert(CsrfToken(token.clone()));
    let mut response = next.run(request).await;
    response.extensions_mut().insert(CsrfToken(token.clone()));
    // Pages need the cookie for their forms; API answers and static files do not.
    let page = !path.starts_with("/api/") && !path.starts_with("/static/");
    if existing.is_none() && page {
        let secure = if app.config().behind_tls {
            "; Secure"
        } else {
            ""
        };
        let cookie = format!("{name}={token}; Path=/; HttpOnly; SameSite=Lax{secure}");
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

/// Refuses a request without a valid token, but answers 404 for an unknown path and 405 for a method the
/// path does not take, as if the check came after routing. To learn which, the router is probed with the
/// same path, no body and a method no route handles: it answers 404 or 405 with `Allow` without running any
/// handler (routes of the project never use `any()`).
async fn refuse(request: Request, next: Next) -> Response {
    let original = request.method().clone();
    let (mut parts, _) = request.into_parts();
    parts.method = Method::from_bytes(b"CSRF-PROBE").unwrap_or(Method::OPTIONS);
    let probe = next.run(Request::from_parts(parts, Body::empty())).await;
    let allowed = probe
        .headers()
        .get_all(header::ALLOW)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .any(|method| method.trim() == original.as_str());
    match probe.status() {
        axum::http::StatusCode::NOT_FOUND => probe,
        axum::http::StatusCode::METHOD_NOT_ALLOWED if !allowed => probe,
        _ => AppError::Forbidden(
            "le jeton de sécurité du formulaire est absent ou périmé ; rechargez la page et recommencez".to_owned(),
        )
        .into_response(),
    }
}

/// Buffers a urlencoded body to read its `_csrf` field, and gives back a request with the same body.
async fn read_form_field(
    request: Request,
    limit: usize,
) -> Result<(Option<String>, Request), Response> {
    let is_form = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return Ok((None, request));
    }
    let (parts, body) = request.into_parts();
    let bytes = match http_body_util::Limited::new(body, limit).collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(_) => return Err(AppError::PayloadTooLarge.into_response()),
    };
    let presented = serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes)
        .ok()
        .and_then(|pairs| {
            pairs
                .into_iter()
                .find(|(key, _)| key == FIELD)
                .map(|(_, value)| value)
        });
    Ok((presented, Request::from_parts(parts, Body::from(bytes))))
}
