//! Operations: health probes, Prometheus metrics, structured logs.

use axum::Router;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use std::sync::OnceLock;
use std::time::Instant;

use crate::app::AppState;
use crate::config::LogFormat;
use crate::web::RouteTag;

/// Routes of the probes and the metrics.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics_page))
}

/// Liveness: the process answers.
async fn healthz() -> &'static str {
    "ok"
}

/// Readiness: the database answers and every migration of this binary is applied.
async fn readyz(State(app): State<AppState>) -> Response {
    if !app.db().ping().await {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            "base de données injoignable",
        )
            .into_response();
    }
    match app.migrations().pending(app.db()).await {
        Ok(pending) if pending.is_empty() => "ok".into_response(),
        Ok(pending) => (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("{} migration(s) en attente", pending.len()),
        )
            .into_response(),
        Err(error) => (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("migrations illisibles : {error}"),
        )
            .into_response(),
    }
}

/// The Prometheus recorder of the process (installed once; later calls reuse it).
pub fn prometheus() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let builder = PrometheusBuilder::new()
            .set_buckets(&[
                0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
                10.0,
            ])
            .unwrap_or_else(|_| PrometheusBuilder::new());
        match builder.install_recorder() {
            Ok(handle) => handle,
            // Another recorder is installed (a test harness): keep an unattached one so rendering still works.
            Err(_) => PrometheusBuilder::new().build_recorder().handle(),
        }
    })
}

async fn metrics_page() -> String {
    prometheus().render()
}

/// Middleware: counts requests by route and status and records their latency.
pub async fn record_metrics(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().as_str().to_owned();
    let response = next.run(request).await;
    let route = response
        .extensions()
        .get::<RouteTag>()
        .map_or_else(|| "unmatched".to_owned(), |tag| tag.0.clone());
    let status = response.status().as_u16().to_string();
    metrics::counter!("http_requests_total", "method" => method.clone(), "route" => route.clone(), "status" => status)
        .increment(1);
    metrics::histogram!("http_request_duration_seconds", "method" => method, "route" => route)
        .record(started.elapsed().as_secs_f64());
    response
}

/// Installs the log subscriber (text or JSON), filtered by `RUST_LOG` (default `info`).
pub fn init_logs(format: LogFormat) {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = match format {
        LogFormat::Json => builder.json().flatten_event(true).try_init(),
        LogFormat::Text => builder.try_init(),
    };
}
