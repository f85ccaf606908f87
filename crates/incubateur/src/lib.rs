//! Module `incubateur` of La Fabrique: the incubator itself — calls for projects, submissions, jury, startups with
//! dated phases, members and missions, committees and impact.
//!
//! This crate currently holds the pure part of the module:
//! - [`domain`]: types and rules, synchronous and free of I/O (no database, no HTTP, no async);
//! - [`import`]: lossless parsers of the beta.gouv.fr open formats (pure), plus a small file-system helper kept apart
//!   in [`import::fichiers`];
//! - [`export`]: the same formats written back, so that a re-import gives the same data;
//! - [`api`]: serialisable DTOs shaped like the public endpoints (`/api/v2.7/startups.json`,
//!   `/api/v1/incubateur/statistiques/phases`).
//!
//! Architecture invariant: this crate depends on no other module of La Fabrique and, for now, not on `socle`
//! either; the store, web and API layers will be added on top of these types without changing them.

pub mod api;
pub mod domain;
pub mod export;
pub mod import;
