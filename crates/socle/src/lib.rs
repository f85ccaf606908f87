//! The platform of La Fabrique, shared by every module and knowing none of them.
//!
//! Architecture invariant: module crates depend on `socle`, never on each other; only the `fabrique` binary
//! knows every module. Each folder is one concern with its own tests:
//!
//! - [`config`]: typed `FABRIQUE_…` configuration, validated at start-up, secrets redacted.
//! - [`db`]: one query path to SQLite and PostgreSQL, one ordered migrator for every crate.
//! - [`app`]: the shared state of a process; [`module`]: what a module hands to the platform.
//! - [`web`]: router, middleware, errors, layout, forms, static assets; [`api`]: JSON conventions, OpenAPI.
//! - [`auth`]: accounts, sessions, roles, API tokens; [`admin`]: administration pages.
//! - [`audit`]: hash-chained journal; [`jobs`]: durable queue and schedules; [`mail`]: outbox and SMTP;
//!   [`files`]: blob store with type checks and encryption at rest.
//! - [`geo`]: reprojection (pure-Rust PROJ), polygon repair, geodesic areas, GeoJSON at 7 decimals.
//! - [`search`]: French analysis for tantivy (folding before stemming).
//! - [`territoires`]: French administrative geography; [`text`]: folding of French names.
//! - [`changes`]: change feed that keeps the in-memory indexes of several processes consistent.
//! - [`obs`]: health probes, metrics, logs; [`server`]: the HTTP server and its graceful shutdown.

pub mod admin;
pub mod api;
pub mod app;
pub mod audit;
pub mod auth;
pub mod changes;
pub mod config;
pub mod db;
pub mod files;
pub mod geo;
pub mod jobs;
pub mod mail;
pub mod module;
pub mod obs;
pub mod search;
pub mod server;
pub mod territoires;
#[cfg(feature = "testing")]
pub mod testing;
pub mod text;
pub mod web;

pub use app::AppState;
pub use module::{Module, ModuleInfo};
pub use web::error::{AppError, AppResult};
