//! Module `secheresse` of La Fabrique: water-use restrictions during droughts (anchors ASSEC and VigiEau).
//!
//! This crate holds the pure part of the module, with no database, HTTP or async:
//! - [`domain`]: zones d'alerte, arrêtés cadres and de restriction, restrictions and usages, rules of gestion,
//!   the computation of the published zones, the `/zones` lookup rules and the "allowed now?" reading of texts;
//! - [`import`] and [`export`]: the open-data formats (GeoJSON, CSV, JSON), parsed and written by pure functions;
//! - [`spatial`]: a generic point-in-polygon index, free of domain types, meant to move to the platform;
//! - [`localiser`]: the audit tool `fabrique secheresse localiser`.
//!
//! Legal frame: code de l'environnement L.211-3 and R.211-66 to R.211-70 (décret 2021-795 du 23 juin 2021).

pub mod domain;
pub mod export;
pub mod import;
pub mod localiser;
pub mod spatial;
