//! Publications (immutable snapshots with their files) and the daily history of levels by commune.

use chrono::{DateTime, NaiveDate, Utc};
use socle::db::{Query, Tx, now};

use super::{Conn, StoreResult};

/// A publication to store.
#[derive(Debug, Clone)]
pub struct NouvellePublication<'a> {
    /// Its UUID.
    pub id: &'a str,
    /// The day computed.
    pub jour: NaiveDate,
    /// Why it was produced, in French.
    pub motif: &'a str,
    /// Number of computed zones.
    pub nb_zones: usize,
    /// Highest computed zone id.
    pub dernier_id_zone: i64,
    /// The manifest (JSON).
    pub manifeste: &'a [u8],
    /// SHA-256 of the manifest.
    pub sha256: &'a str,
    /// Its files: name, content, SHA-256.
    pub fichiers: Vec<(&'a str, &'a [u8], &'a str)>,
}

/// A stored publication.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Publication {
    /// Order of publication.
    pub seq: i64,
    /// UUID.
    pub id: String,
    /// The day computed.
    pub jour: NaiveDate,
    /// Why.
    pub motif: String,
    /// Number of computed zones.
    pub nb_zones: i64,
    /// The manifest (JSON text).
    pub manifeste: String,
    /// SHA-256 of the manifest.
    pub sha256: String,
    /// When.
    pub created_at: DateTime<Utc>,
}

const COLUMNS: &str = "seq, id, jour, motif, nb_zones, manifeste, sha256, created_at";

/// Highest computed zone id ever published (0 before the first publication).
pub async fn dernier_id_zone(conn: &mut impl Conn) -> StoreResult<i64> {
    let row: Option<(Option<i64>,)> = conn
        .fetch_optional(Query::new(
            "SELECT MAX(dernier_id_zone) FROM secheresse_publications",
        ))
        .await?;
    Ok(row.and_then(|(max,)| max).unwrap_or(0))
}

/// Stores a publication and its files; returns its sequence number.
pub async fn insert(tx: &mut Tx, publication: &NouvellePublication<'_>) -> StoreResult<i64> {
    let manifeste = String::from_utf8_lossy(publication.manifeste).into_owned();
    let seq: i64 = tx
        .fetch_scalar(
            Query::new(
                "INSERT INTO secheresse_publications (id, jour, motif, nb_zones, dernier_id_zone, manifeste, sha256, \
                 created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING seq",
            )
            .bind(publication.id)
            .bind(publication.jour)
            .bind(publication.motif)
            .bind(publication.nb_zones)
            .bind(publication.dernier_id_zone)
            .bind(manifeste)
            .bind(publication.sha256)
            .bind(now()),
        )
        .await?;
    for (nom, contenu, sha256) in &publication.fichiers {
        tx.execute(
            Query::new(
                "INSERT INTO secheresse_publication_fichiers (publication_seq, nom, contenu, sha256) \
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(seq)
            .bind(*nom)
            .bind(contenu.to_vec())
            .bind(*sha256),
        )
        .await?;
    }
    Ok(seq)
}

/// The latest publication.
pub async fn latest(conn: &mut impl Conn) -> StoreResult<Option<Publication>> {
    Ok(conn
        .fetch_optional(Query::assembled(format!(
            "SELECT {COLUMNS} FROM secheresse_publications ORDER BY seq DESC LIMIT 1"
        )))
        .await?)
}

/// The latest publications, newest first.
pub async fn list(conn: &mut impl Conn, limit: i64) -> StoreResult<Vec<Publication>> {
    Ok(conn
        .fetch_all(
            Query::assembled(format!(
                "SELECT {COLUMNS} FROM secheresse_publications ORDER BY seq DESC LIMIT $1"
            ))
            .bind(limit),
        )
        .await?)
}

/// The files of a publication: name and content.
pub async fn fichiers(conn: &mut impl Conn, seq: i64) -> StoreResult<Vec<(String, Vec<u8>)>> {
    Ok(conn
        .fetch_all(
            Query::new(
                "SELECT nom, contenu FROM secheresse_publication_fichiers WHERE publication_seq = $1 ORDER BY nom",
            )
            .bind(seq),
        )
        .await?)
}

/// One day of a commune's history.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct JourCommune {
    /// The day.
    pub jour: NaiveDate,
    /// Water type code.
    pub type_zone: String,
    /// Level code.
    pub niveau: String,
    /// The arrêté behind it.
    pub arrete_numero: Option<String>,
}

/// Replaces the history of a day: (commune, type, level, arrêté) rows.
pub async fn write_historique(
    tx: &mut Tx,
    jour: NaiveDate,
    lignes: &[(String, &'static str, &'static str, Option<String>)],
) -> StoreResult<()> {
    tx.execute(Query::new("DELETE FROM secheresse_historique WHERE jour = $1").bind(jour))
        .await?;
    for (commune, type_zone, niveau, numero) in lignes {
        tx.execute(
            Query::new(
                "INSERT INTO secheresse_historique (jour, code_insee, type_zone, niveau, arrete_numero) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(jour)
            .bind(commune.as_str())
            .bind(*type_zone)
            .bind(*niveau)
            .bind(numero.clone()),
        )
        .await?;
    }
    Ok(())
}

/// The history of a commune, newest day first.
pub async fn historique_commune(
    conn: &mut impl Conn,
    code_insee: &str,
) -> StoreResult<Vec<JourCommune>> {
    Ok(conn
        .fetch_all(
            Query::new(
                "SELECT jour, type_zone, niveau, arrete_numero FROM secheresse_historique WHERE code_insee = $1 \
                 ORDER BY jour DESC, type_zone",
            )
            .bind(code_insee),
        )
        .await?)
}
