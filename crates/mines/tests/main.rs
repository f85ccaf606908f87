//! Tests of the mines module, in one binary (the crate links the whole platform: one link instead of one per
//! file).
//!
//! - Acceptance on the real data of `../shared/data/mines` (skipped with a message when absent):
//!   [`machines_cas`], [`fiscalite_matrices`], [`referentiels_comptes`], [`referentiels_generes`].
//! - Through HTTP on the real router, on SQLite and, with `FABRIQUE_TEST_POSTGRES_URL`, PostgreSQL:
//!   [`pages`], [`api`], [`instruction`], [`exports`], [`confidentialite`].

mod commun;

mod api;
mod confidentialite;
mod exports;
mod fiscalite_matrices;
mod instruction;
mod machines_cas;
mod pages;
mod referentiels_comptes;
mod referentiels_generes;
