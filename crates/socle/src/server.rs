//! The HTTP server: binds, serves, and shuts down gracefully on SIGINT or SIGTERM.

use std::net::SocketAddr;
use tokio_util::sync::CancellationToken;

use crate::app::AppState;

/// Serves until a shutdown signal, then lets requests in flight finish (at most
/// [`crate::web::SHUTDOWN_GRACE`]), stops the job worker and closes the pool.
pub async fn run(app: AppState, listener: tokio::net::TcpListener) -> anyhow::Result<()> {
    let shutdown = CancellationToken::new();
    let worker = app
        .config()
        .run_jobs
        .then(|| crate::jobs::spawn_worker(app.clone(), shutdown.clone()));
    let router = crate::web::router(app.clone());
    let signal = shutdown.clone();
    tokio::spawn(async move {
        wait_for_signal().await;
        tracing::info!("arrêt demandé : fin des requêtes en cours");
        signal.cancel();
    });
    let graceful = shutdown.clone();
    let server = axum::serve(
        listener,
        router.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async move { graceful.cancelled().await });
    let drained = async {
        shutdown.cancelled().await;
        tokio::time::sleep(crate::web::SHUTDOWN_GRACE).await;
    };
    tokio::select! {
        result = server => result?,
        () = drained => tracing::warn!("délai d'arrêt dépassé : requêtes restantes abandonnées"),
    }
    if let Some(worker) = worker {
        let _ = worker.await;
    }
    app.db().close().await;
    Ok(())
}

async fn wait_for_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
