//! Integration tests of the drought module, through HTTP on the real router, on SQLite and (when
//! `FABRIQUE_TEST_POSTGRES_URL` is set) PostgreSQL, plus the acceptance tests of issue #5 on the shared data.
//!
//! - `acceptance`: the pure domain on the real samples (counts, oracles, random points);
//! - `imports`: the command-line importers on the real samples, and a malformed file that changes nothing;
//! - `api`: the `/zones` lookup (same answers as the pure domain), its errors, exports and their ETags;
//! - `gestion`: the DDT back-office end to end, permissions by département, checks, concurrency;
//! - `publication`: snapshots, audit, change feed followed by another process, corrupted snapshots;
//! - `pages`: the public pages on the demo data;
//! - `abonnements`: double opt-in, notification after publication, one-click unsubscribe, reminders.

mod abonnements;
mod acceptance;
mod api;
mod commun;
mod gestion;
mod imports;
mod pages;
mod publication;
