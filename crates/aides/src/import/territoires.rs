//! Pure parsers of the COG 2026 files (npm `@etalab/decoupage-administratif`, flattened).
//!
//! Communes and EPCI as `;` CSV, régions and départements as JSON. The platform's `territoires`
//! will supply the same data later; tests, benches and demo data read these files meanwhile.

use serde::Deserialize;

pub use crate::perimetres::territoires::{
    TerritoireCommune, TerritoireDepartement, TerritoireEpci, TerritoireRegion, Territoires, Zone,
};

/// Errors while reading a geography file; messages name the line or the value.
#[derive(Debug, thiserror::Error)]
pub enum TerritoireFichierError {
    /// The CSV could not be read.
    #[error("Lecture CSV impossible : {0}")]
    Csv(#[from] csv::Error),
    /// The JSON could not be read.
    #[error("Lecture JSON impossible : {0}")]
    Json(#[from] serde_json::Error),
    /// A value does not have the expected form.
    #[error("Valeur « {valeur} » invalide pour le champ « {champ} » (ligne {ligne}).")]
    Valeur {
        /// Field name.
        champ: &'static str,
        /// The value.
        valeur: String,
        /// 1-based line number (header = 1).
        ligne: u64,
    },
}

fn optionnel(valeur: &str) -> Option<String> {
    let valeur = valeur.trim();
    (!valeur.is_empty()).then(|| valeur.to_owned())
}

fn population(valeur: &str, ligne: u64) -> Result<Option<u64>, TerritoireFichierError> {
    optionnel(valeur)
        .map(|v| {
            v.parse().map_err(|_| TerritoireFichierError::Valeur {
                champ: "population",
                valeur: v.clone(),
                ligne,
            })
        })
        .transpose()
}

fn zone(valeur: &str, ligne: u64) -> Result<Zone, TerritoireFichierError> {
    Zone::from_code(valeur).ok_or_else(|| TerritoireFichierError::Valeur {
        champ: "zone",
        valeur: valeur.to_owned(),
        ligne,
    })
}

fn liste(valeur: &str) -> Vec<String> {
    valeur
        .split('|')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Reads `communes-2026-*.csv`:
/// `code_insee;nom;departement;region;siren;epci_siren;population;codes_postaux;zone`.
pub fn lire_communes(
    reader: impl std::io::Read,
) -> Result<Vec<TerritoireCommune>, TerritoireFichierError> {
    let mut csv = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(reader);
    let mut communes = Vec::new();
    for (index, record) in csv.records().enumerate() {
        let record = record?;
        let ligne = index as u64 + 2;
        let champ = |i: usize| record.get(i).unwrap_or_default();
        communes.push(TerritoireCommune {
            code_insee: champ(0).trim().to_owned(),
            nom: champ(1).trim().to_owned(),
            departement: champ(2).trim().to_owned(),
            region: champ(3).trim().to_owned(),
            siren: optionnel(champ(4)),
            epci_siren: optionnel(champ(5)),
            population: population(champ(6), ligne)?,
            codes_postaux: liste(champ(7)),
            zone: zone(champ(8), ligne)?,
        });
    }
    Ok(communes)
}

/// Reads `epci-2026.csv`:
/// `siren;nom;type;mode_financement;population_totale;population_municipale;membres_insee`.
pub fn lire_epci(
    reader: impl std::io::Read,
) -> Result<Vec<TerritoireEpci>, TerritoireFichierError> {
    let mut csv = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(reader);
    let mut epci = Vec::new();
    for (index, record) in csv.records().enumerate() {
        let record = record?;
        let ligne = index as u64 + 2;
        let champ = |i: usize| record.get(i).unwrap_or_default();
        epci.push(TerritoireEpci {
            siren: champ(0).trim().to_owned(),
            nom: champ(1).trim().to_owned(),
            type_epci: champ(2).trim().to_owned(),
            population: population(champ(5), ligne)?,
            membres: liste(champ(6)),
        });
    }
    Ok(epci)
}

#[derive(Deserialize)]
struct Entree {
    code: String,
    nom: String,
    zone: String,
    #[serde(default)]
    region: Option<String>,
}

/// Reads `regions-2026.json` (`[{code, chefLieu, nom, typeLiaison, zone}]`).
pub fn lire_regions(json: &str) -> Result<Vec<TerritoireRegion>, TerritoireFichierError> {
    let entrees: Vec<Entree> = serde_json::from_str(json)?;
    entrees
        .into_iter()
        .enumerate()
        .map(|(index, entree)| {
            Ok(TerritoireRegion {
                zone: zone(&entree.zone, index as u64 + 1)?,
                code: entree.code,
                nom: entree.nom,
            })
        })
        .collect()
}

/// Reads `departements-2026.json` (`[{code, region, chefLieu, nom, typeLiaison, zone}]`).
pub fn lire_departements(json: &str) -> Result<Vec<TerritoireDepartement>, TerritoireFichierError> {
    let entrees: Vec<Entree> = serde_json::from_str(json)?;
    entrees
        .into_iter()
        .enumerate()
        .map(|(index, entree)| {
            let ligne = index as u64 + 1;
            Ok(TerritoireDepartement {
                zone: zone(&entree.zone, ligne)?,
                region: entree
                    .region
                    .ok_or_else(|| TerritoireFichierError::Valeur {
                        champ: "region",
                        valeur: entree.code.clone(),
                        ligne,
                    })?,
                code: entree.code,
                nom: entree.nom,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commune_line_is_read_with_optional_fields() {
        let csv = "code_insee;nom;departement;region;siren;epci_siren;population;codes_postaux;zone\n\
                   97501;Miquelon-Langlade;975;975;;;596;97500;com\n\
                   34172;Montpellier;34;76;213401722;243400017;300000;34000|34070;metro\n";
        let communes = lire_communes(csv.as_bytes()).expect("communes");
        assert_eq!(communes.len(), 2);
        assert_eq!(communes[0].epci_siren, None);
        assert_eq!(communes[0].zone, Zone::Com);
        assert_eq!(communes[1].codes_postaux, vec!["34000", "34070"]);
    }

    #[test]
    fn bad_population_names_the_line() {
        let csv = "code_insee;nom;departement;region;siren;epci_siren;population;codes_postaux;zone\n\
                   34172;Montpellier;34;76;;;beaucoup;34000;metro\n";
        let error = lire_communes(csv.as_bytes()).expect_err("population invalide");
        assert!(error.to_string().contains("beaucoup") && error.to_string().contains("ligne 2"));
    }
}
