//! Rate limits of the JSON API, per IP and per API token (GCRA from the `governor` crate).
//!
//! Limits live in the memory of each process: behind a load balancer of N processes the effective limit is
//! up to N times the configured one, which is acceptable for protecting the service from a runaway client
//! (the goal) and avoids a round trip to a shared store on every request.

use axum::extract::{ConnectInfo, Request, State};
use axum::http::HeaderMap;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Arc;

use crate::app::AppState;
use crate::config::Config;
use crate::web::error::AppError;

/// The limiters of one process.
#[derive(Clone)]
pub struct RateLimits {
    per_ip: Arc<DefaultKeyedRateLimiter<IpAddr>>,
    per_token: Arc<DefaultKeyedRateLimiter<String>>,
}

impl std::fmt::Debug for RateLimits {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RateLimits")
    }
}

fn quota(per_minute: u32) -> Quota {
    Quota::per_minute(NonZeroU32::new(per_minute).unwrap_or(NonZeroU32::MIN))
}

impl RateLimits {
    /// Limiters with the configured quotas.
    pub fn new(config: &Config) -> Self {
        Self {
            per_ip: Arc::new(RateLimiter::keyed(quota(config.api_rate_per_minute_ip))),
            per_token: Arc::new(RateLimiter::keyed(quota(config.api_rate_per_minute_token))),
        }
    }
}

/// The client IP: the socket peer, or the first `X-Forwarded-For` address when configured behind a proxy.
pub fn client_ip(headers: &HeaderMap, peer: Option<SocketAddr>, trust_proxy: bool) -> IpAddr {
    if trust_proxy
        && let Some(forwarded) = headers
            .get("x-forwarded-for")
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.split(',').next())
            .and_then(|first| first.trim().parse::<IpAddr>().ok())
    {
        return forwarded;
    }
    peer.map(|peer| peer.ip())
        .unwrap_or(IpAddr::from([127, 0, 0, 1]))
}

/// The client IP of a request, as an extractor.
#[derive(Debug, Clone, Copy)]
pub struct ClientIp(pub IpAddr);

impl axum::extract::FromRequestParts<AppState> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        app: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|info| info.0);
        Ok(Self(client_ip(
            &parts.headers,
            peer,
            app.config().trust_proxy,
        )))
    }
}

/// Middleware of the API: a token is limited by its own quota, an anonymous caller by its IP.
pub async fn limit_api(State(app): State<AppState>, request: Request, next: Next) -> Response {
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|info| info.0);
    let verdict = match request
        .headers()
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
    {
        Some(token) => app
            .limits()
            .per_token
            .check_key(&crate::auth::token_hash(token.trim())),
        None => app.limits().per_ip.check_key(&client_ip(
            request.headers(),
            peer,
            app.config().trust_proxy,
        )),
    };
    match verdict {
        Ok(()) => next.run(request).await,
        Err(not_until) => {
            let wait = not_until.wait_time_from(DefaultClock::default().now());
            AppError::TooManyRequests(wait.as_secs().max(1)).into_response()
        }
    }
}
