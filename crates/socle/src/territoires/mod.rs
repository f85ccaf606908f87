//! French administrative geography: régions, départements, EPCI and communes, with containment and
//! autocomplete.
//!
//! The dataset shipped in the binary is parsed once per process; a newer one imported by
//! `fabrique import territoires` is stored in the database and wins over the shipped one in every process at
//! its next start (and at once in the importing process).

pub mod api;
pub mod dataset;
pub mod index;

use std::sync::{Arc, OnceLock};

pub use dataset::{Commune, Dataset, Departement, Epci, Region};
pub use index::{Entry, Kind, Territoires};

use crate::app::AppState;
use crate::audit::{self, Actor};
use crate::db::{Db, Query, now};

/// The index of the shipped dataset, built once per process.
pub fn embedded() -> anyhow::Result<Arc<Territoires>> {
    static EMBEDDED: OnceLock<Arc<Territoires>> = OnceLock::new();
    if let Some(index) = EMBEDDED.get() {
        return Ok(index.clone());
    }
    let index = Arc::new(Territoires::build(&Dataset::embedded()?));
    Ok(EMBEDDED.get_or_init(|| index).clone())
}

/// The territoires of the database if one was imported, else the shipped ones.
pub async fn load(db: &Db) -> anyhow::Result<Arc<Territoires>> {
    match imported_dataset(db).await? {
        Some(dataset) => Ok(Arc::new(Territoires::build(&dataset))),
        None => embedded(),
    }
}

/// The latest dataset imported into the database, if any.
async fn imported_dataset(db: &Db) -> anyhow::Result<Option<Dataset>> {
    let imported: Option<(Vec<u8>,)> = db
        .fetch_optional(Query::new(
            "SELECT content FROM territoires_datasets ORDER BY id DESC LIMIT 1",
        ))
        .await?;
    Ok(match imported {
        Some((content,)) => Some(Dataset::from_bytes(&content)?),
        None => None,
    })
}

/// The dataset in use: the imported one, else the shipped one (for `fabrique export territoires`).
pub async fn current_dataset(db: &Db) -> anyhow::Result<Dataset> {
    match imported_dataset(db).await? {
        Some(dataset) => Ok(dataset),
        None => Ok(Dataset::embedded()?),
    }
}

/// Reads a dataset in our format (gzipped or not) or as the npm package archive.
pub fn parse_any(bytes: &[u8]) -> anyhow::Result<Dataset> {
    let is_gzip = bytes.starts_with(&[0x1f, 0x8b]);
    if is_gzip {
        // Both our file and the npm archive are gzipped: a tar has "ustar" at offset 257 once inflated.
        let mut head = vec![0_u8; 512];
        let read =
            std::io::Read::read(&mut flate2::read::GzDecoder::new(bytes), &mut head).unwrap_or(0);
        if read >= 262 && &head[257..262] == b"ustar" {
            return Ok(Dataset::from_npm_package(bytes)?);
        }
    }
    Ok(Dataset::from_bytes(bytes)?)
}

/// Counts of a dataset, for the import report.
pub fn summary(dataset: &Dataset) -> String {
    format!(
        "{} : {} régions, {} départements, {} EPCI, {} communes",
        dataset.source,
        dataset.regions.len(),
        dataset.departements.len(),
        dataset.epci.len(),
        dataset.communes.len()
    )
}

/// Stores a new dataset (audited) and switches this process to it.
pub async fn import(app: &AppState, dataset: &Dataset, actor: &Actor) -> anyhow::Result<String> {
    let content = dataset.to_gzip()?;
    let summary = summary(dataset);
    let mut tx = app.db().begin().await?;
    tx.execute(
        Query::new(
            "INSERT INTO territoires_datasets (source, content, imported_at) VALUES ($1, $2, $3)",
        )
        .bind(&dataset.source)
        .bind(content)
        .bind(now()),
    )
    .await?;
    audit::record(
        &mut tx,
        audit::Entry {
            actor,
            module: "socle",
            action: "import_territoires",
            target: "territoires",
            summary: &format!("Import des territoires {summary}"),
            details: serde_json::json!({ "source": dataset.source }),
        },
    )
    .await?;
    tx.commit().await?;
    app.replace_territoires(Arc::new(Territoires::build(dataset)));
    Ok(summary)
}

/// Counts of the loaded index, for the administration.
pub fn summary_of(territoires: &Territoires) -> String {
    format!(
        "{} : {} régions, {} départements, {} EPCI, {} communes",
        territoires.source(),
        territoires.count(Kind::Region),
        territoires.count(Kind::Departement),
        territoires.count(Kind::Epci),
        territoires.count(Kind::Commune)
    )
}

/// The code at the end of an autocomplete choice ("Montpellier (34172)" → "34172"), else the trimmed text.
pub fn code_in_choice(choice: &str) -> &str {
    let choice = choice.trim();
    match (choice.rfind('('), choice.ends_with(')')) {
        (Some(open), true) => choice[open + 1..choice.len() - 1].trim(),
        _ => choice,
    }
}

#[cfg(test)]
mod tests {
    use super::code_in_choice;

    #[test]
    fn the_code_is_read_from_an_autocomplete_choice() {
        assert_eq!(code_in_choice("Montpellier (34172)"), "34172");
        assert_eq!(
            code_in_choice(" Saint-Denis (La Réunion) (97411) "),
            "97411"
        );
        assert_eq!(code_in_choice("34000"), "34000");
    }
}
