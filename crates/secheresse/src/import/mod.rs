//! Readers of the open-data formats: pure functions from bytes to domain values.
//!
//! Every reader refuses a malformed input as a whole, naming the feature index or the line and the reason, so
//! that a caller can import "all or nothing" (issue #5, "Bad input"). Text that is not valid UTF-8 is read with
//! the Latin-1 repair of [`crate::domain::texte::decode_utf8_or_latin1`] rather than refused.

mod communes;
mod geojson;
mod usages;
mod zones_csv;

pub use self::communes::{ContourCommune, parse_communes_geojson};
pub use self::geojson::{
    FormatZones, SituationZone, TypeGeometrie, ZoneImportee, parse_geometrie, parse_zones_geojson,
};
pub use self::usages::{UsageDistinct, group_usage_keys, parse_usages_distincts};
pub(crate) use self::zones_csv::line_at;
pub use self::zones_csv::{ZoneEnVigueur, parse_date_francaise, parse_zones_en_vigueur_csv};

use thiserror::Error;

/// Why an import was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ImportError {
    /// The document is not JSON, or not of the expected shape.
    #[error("document JSON invalide : {0}")]
    Document(String),
    /// One feature of a GeoJSON file is invalid (index from 0, in file order).
    #[error("entité n° {index} : {raison}")]
    Entite {
        /// Index of the feature in the `features` array.
        index: usize,
        /// What is wrong.
        raison: String,
    },
    /// One line of a CSV file is invalid (line numbers from 1, header included).
    #[error("ligne {ligne} : {raison}")]
    Ligne {
        /// Line of the file where the record starts.
        ligne: u64,
        /// What is wrong.
        raison: String,
    },
}
