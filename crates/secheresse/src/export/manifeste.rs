//! The manifest of a publication: every file with its size and SHA-256, so that a snapshot can be verified and
//! pinned (spec §7).

use serde_json::json;
use sha2::{Digest, Sha256};

use crate::export::ExportError;

/// One file of a publication.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FichierManifeste {
    /// File name.
    pub nom: String,
    /// Size in bytes.
    pub octets: u64,
    /// SHA-256, lowercase hexadecimal.
    pub sha256: String,
}

/// The manifest of an immutable publication.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Manifeste {
    /// The publication's identifier (a UUID chosen by the caller).
    pub publication_id: String,
    /// When it was produced (RFC 3339, chosen by the caller: the domain reads no clock).
    pub date: String,
    /// Its files, sorted by name.
    pub fichiers: Vec<FichierManifeste>,
}

impl Manifeste {
    /// Hashes the files of a publication.
    pub fn new<'a>(
        publication_id: &str,
        date: &str,
        fichiers: impl IntoIterator<Item = (&'a str, &'a [u8])>,
    ) -> Self {
        let mut fichiers: Vec<FichierManifeste> = fichiers
            .into_iter()
            .map(|(nom, contenu)| FichierManifeste {
                nom: nom.to_owned(),
                octets: u64::try_from(contenu.len()).unwrap_or(u64::MAX),
                sha256: hex::encode(Sha256::digest(contenu)),
            })
            .collect();
        fichiers.sort_by(|a, b| a.nom.cmp(&b.nom));
        Self {
            publication_id: publication_id.to_owned(),
            date: date.to_owned(),
            fichiers,
        }
    }

    /// Whether a file's content matches its entry.
    pub fn verify(&self, nom: &str, contenu: &[u8]) -> bool {
        self.fichiers.iter().any(|fichier| {
            fichier.nom == nom && fichier.sha256 == hex::encode(Sha256::digest(contenu))
        })
    }

    /// The manifest as JSON.
    pub fn to_json(&self) -> Result<Vec<u8>, ExportError> {
        let fichiers: Vec<_> = self
            .fichiers
            .iter()
            .map(|fichier| json!({ "nom": fichier.nom, "octets": fichier.octets, "sha256": fichier.sha256 }))
            .collect();
        Ok(serde_json::to_vec_pretty(&json!({
            "publicationId": self.publication_id,
            "date": self.date,
            "fichiers": fichiers,
        }))?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifest_hashes_each_file_and_detects_changes() {
        let manifeste = Manifeste::new(
            "6f1c0d8e-0000-4000-8000-000000000000",
            "2026-07-02T16:00:00+02:00",
            [("b.csv", b"abc".as_slice()), ("a.geojson", b"".as_slice())],
        );
        assert_eq!(manifeste.fichiers[0].nom, "a.geojson");
        // SHA-256 of "abc" (FIPS 180-2 test vector).
        assert_eq!(
            manifeste.fichiers[1].sha256,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(manifeste.fichiers[1].octets, 3);
        assert!(manifeste.verify("b.csv", b"abc"));
        assert!(!manifeste.verify("b.csv", b"abd"));
        let json: serde_json::Value =
            serde_json::from_slice(&manifeste.to_json().expect("written")).expect("valid JSON");
        assert_eq!(json["fichiers"][1]["sha256"], manifeste.fichiers[1].sha256);
    }
}
