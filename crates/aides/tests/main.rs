//! The integration tests of the `aides` module, in one binary (faster to build and link than one per file).
//!
//! - Pure acceptance tests on the shared data and the domain oracles: `perimetres_fixture`, `recherche_oracles`,
//!   `alertes`, `donnees_reelles`, `referentiels_generes` (which also regenerates `src/referentiels/generated.rs`).
//! - Through HTTP on SQLite and, with `FABRIQUE_TEST_POSTGRES_URL`, PostgreSQL: `http`.

mod common;
mod generateur;

mod alertes;
mod donnees_reelles;
mod perimetres_fixture;
mod recherche_oracles;
mod referentiels_generes;

mod http;
