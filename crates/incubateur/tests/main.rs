//! The integration test binary of the module (one binary: the crate links the whole platform).
//!
//! - `donnees_reelles`, `proprietes`: the pure domain on the shared data and by properties;
//! - `import_api`: the 662 startups imported as `check-incubateur` writes them, statistics against the oracles;
//! - `parcours`: a call end to end through HTTP (guards, audit, confidentiality, onboarding, committees, retention);
//! - `demo_pages`: the demo on both backends and every page on it; schema parity of the two backends.

mod commun;
mod demo_pages;
mod donnees_reelles;
mod import_api;
mod parcours;
mod proprietes;
