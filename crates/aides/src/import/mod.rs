//! Imports: pure parsers of feeds and open data, and the idempotent merge of imported aids.

pub mod ademe;
pub mod fonds_vert;
mod fusion;
pub mod territoires;

pub use fusion::{AideImportee, RapportImport, ResultatImport, fusionner_import, importer_lot};
