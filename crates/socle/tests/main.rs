//! Integration tests of the platform, through HTTP on the real router, on SQLite and (when
//! `FABRIQUE_TEST_POSTGRES_URL` is set) PostgreSQL.

mod accounts;
mod api;
mod platform;
mod services;
mod territoires;

use socle::testing::TestApp;

/// The platform alone, on every configured backend.
pub async fn apps() -> Vec<TestApp> {
    TestApp::backends(Vec::new()).await
}
