//! Writers of VigiEau's open-data shapes and of the publication manifest (spec §4, §7).
//!
//! They are pure functions from domain values to bytes. Names and columns keep VigiEau's spelling so that reusers can switch.

mod csv_files;
mod geojson;
mod manifeste;

pub use self::csv_files::{write_arretes_csv, write_restrictions_csv};
pub use self::geojson::{geometrie_value, write_zones_geojson};
pub use self::manifeste::{FichierManifeste, Manifeste};

use thiserror::Error;

/// Why an export could not be written.
#[derive(Debug, Error)]
pub enum ExportError {
    /// The CSV writer failed.
    #[error("écriture CSV impossible : {0}")]
    Csv(#[from] csv::Error),
    /// The JSON writer failed.
    #[error("écriture JSON impossible : {0}")]
    Json(#[from] serde_json::Error),
    /// The CSV buffer could not be taken back from the writer.
    #[error("écriture CSV impossible : {0}")]
    Tampon(String),
}
