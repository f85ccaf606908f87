//! The dataset of French administrative geography: types, the shipped file and its source format.
//!
//! Source: the npm package `@etalab/decoupage-administratif` (Etalab, from the INSEE Code officiel
//! géographique; version 6.0.0 = COG 2026), chosen because it is kept up to date every year by the State's
//! open-data team and joins in one place what the COG spreads over several files (EPCI membership from the
//! DGCL, postcodes from La Poste, populations). `scripts/territoires.sh` packs it and turns it into
//! `crates/socle/data/territoires.json.gz` with [`Dataset::from_npm_package`]; `fabrique import territoires`
//! accepts either form.
//!
//! Codes are strings everywhere: INSEE codes keep their leading zeros and Corsica's `2A`/`2B`.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::io::Read;

/// A région (or an overseas collectivité listed with them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Region {
    /// INSEE code (`76`, or `975` for an overseas collectivité).
    pub code: String,
    /// Name.
    pub nom: String,
    /// `metro`, `drom` or `com`.
    pub zone: String,
}

/// A département (or an overseas collectivité).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Departement {
    /// INSEE code (`34`, `2A`, `971`).
    pub code: String,
    /// Name.
    pub nom: String,
    /// Code of its région.
    pub region: String,
    /// `metro`, `drom` or `com`.
    pub zone: String,
}

/// An EPCI à fiscalité propre.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Epci {
    /// SIREN (9 digits).
    pub code: String,
    /// Name.
    pub nom: String,
    /// Legal form: `CC`, `CA`, `CU`, `METRO` or `MET69`.
    #[serde(rename = "type")]
    pub nature: String,
    /// Population totale.
    pub population: u64,
}

/// A commune (commune actuelle of the COG).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Commune {
    /// INSEE code, 5 characters.
    pub code: String,
    /// Name.
    pub nom: String,
    /// Code of its département (absent for a few overseas collectivités).
    pub departement: Option<String>,
    /// Code of its région.
    pub region: Option<String>,
    /// SIREN of its EPCI, when it belongs to one.
    pub epci: Option<String>,
    /// SIREN of the commune itself.
    pub siren: Option<String>,
    /// Postcodes.
    pub codes_postaux: Vec<String>,
    /// Population municipale.
    pub population: u64,
}

/// The whole geography.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dataset {
    /// Where it comes from (package and version).
    pub source: String,
    /// Régions.
    pub regions: Vec<Region>,
    /// Départements.
    pub departements: Vec<Departement>,
    /// EPCI.
    pub epci: Vec<Epci>,
    /// Communes.
    pub communes: Vec<Commune>,
}

/// A dataset that cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum DatasetError {
    /// Unreadable archive or file.
    #[error("lecture impossible : {0}")]
    Io(#[from] std::io::Error),
    /// A file of the package is missing.
    #[error("fichier {0} absent du paquet")]
    Missing(&'static str),
    /// A JSON file is malformed.
    #[error("{file} : JSON invalide à la ligne {line}, colonne {column} : {reason}")]
    Json {
        /// File name.
        file: String,
        /// Line (1-based).
        line: usize,
        /// Column (1-based).
        column: usize,
        /// What serde said.
        reason: String,
    },
    /// The content breaks an invariant (unknown container, duplicate code).
    #[error("données incohérentes : {0}")]
    Inconsistent(String),
}

fn parse_json<T: for<'de> Deserialize<'de>>(file: &str, bytes: &[u8]) -> Result<T, DatasetError> {
    serde_json::from_slice(bytes).map_err(|error| DatasetError::Json {
        file: file.to_owned(),
        line: error.line(),
        column: error.column(),
        reason: error.to_string(),
    })
}

impl Dataset {
    /// The dataset shipped with the program.
    pub fn embedded() -> Result<Self, DatasetError> {
        static SHIPPED: &[u8] = include_bytes!("../../data/territoires.json.gz");
        Self::from_bytes(SHIPPED)
    }

    /// Reads our own format, gzipped or not.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, DatasetError> {
        let json = if bytes.starts_with(&[0x1f, 0x8b]) {
            let mut out = Vec::new();
            flate2::read::GzDecoder::new(bytes).read_to_end(&mut out)?;
            out
        } else {
            bytes.to_vec()
        };
        let dataset: Self = parse_json("territoires.json", &json)?;
        dataset.check()?;
        Ok(dataset)
    }

    /// Our format, gzipped, as shipped.
    pub fn to_gzip(&self) -> Result<Vec<u8>, DatasetError> {
        use std::io::Write as _;
        let json =
            serde_json::to_vec(self).map_err(|e| DatasetError::Inconsistent(e.to_string()))?;
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        encoder.write_all(&json)?;
        Ok(encoder.finish()?)
    }

    /// Reads the npm package `@etalab/decoupage-administratif`, as the `.tgz` of `npm pack`.
    pub fn from_npm_package(tgz: &[u8]) -> Result<Self, DatasetError> {
        let mut files: HashMap<String, Vec<u8>> = HashMap::new();
        let mut version = String::from("?");
        let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(tgz));
        for entry in archive.entries()? {
            let mut entry = entry?;
            let path = entry.path()?.to_string_lossy().into_owned();
            let name = path.rsplit('/').next().unwrap_or_default().to_owned();
            let wanted = matches!(
                name.as_str(),
                "communes.json"
                    | "departements.json"
                    | "regions.json"
                    | "epci.json"
                    | "package.json"
            );
            if wanted && (path.contains("/data/") || name == "package.json") {
                let mut bytes = Vec::new();
                entry.read_to_end(&mut bytes)?;
                if name == "package.json" {
                    #[derive(Deserialize)]
                    struct Package {
                        version: String,
                    }
                    version = parse_json::<Package>("package.json", &bytes)?.version;
                } else {
                    files.insert(name, bytes);
                }
            }
        }
        let mut take = |name: &'static str| files.remove(name).ok_or(DatasetError::Missing(name));
        let (communes, departements, regions, epci) = (
            take("communes.json")?,
            take("departements.json")?,
            take("regions.json")?,
            take("epci.json")?,
        );
        Self::from_npm_files(&version, &communes, &departements, &regions, &epci)
    }

    /// Builds the dataset from the four JSON files of the npm package.
    pub fn from_npm_files(
        version: &str,
        communes: &[u8],
        departements: &[u8],
        regions: &[u8],
        epci: &[u8],
    ) -> Result<Self, DatasetError> {
        #[derive(Deserialize)]
        #[serde(rename_all = "camelCase")]
        struct NpmCommune {
            code: String,
            nom: String,
            #[serde(rename = "type")]
            nature: String,
            departement: Option<String>,
            region: Option<String>,
            siren: Option<String>,
            #[serde(default)]
            codes_postaux: Vec<String>,
            #[serde(default)]
            population: u64,
        }
        #[derive(Deserialize)]
        struct NpmDepartement {
            code: String,
            nom: String,
            region: String,
            zone: String,
        }
        #[derive(Deserialize)]
        struct NpmRegion {
            code: String,
            nom: String,
            zone: String,
        }
        #[derive(Deserialize)]
        #[serde(rename_all = "camelCase")]
        struct NpmEpci {
            code: String,
            nom: String,
            #[serde(rename = "type")]
            nature: String,
            #[serde(default)]
            population_totale: u64,
            membres: Vec<NpmMembre>,
        }
        #[derive(Deserialize)]
        struct NpmMembre {
            code: String,
        }

        let raw_communes: Vec<NpmCommune> = parse_json("communes.json", communes)?;
        let raw_epci: Vec<NpmEpci> = parse_json("epci.json", epci)?;
        let mut epci_of: HashMap<String, String> = HashMap::new();
        for group in &raw_epci {
            for member in &group.membres {
                epci_of.insert(member.code.clone(), group.code.clone());
            }
        }
        let regions: Vec<NpmRegion> = parse_json("regions.json", regions)?;
        let departements: Vec<NpmDepartement> = parse_json("departements.json", departements)?;
        let dataset = Dataset {
            source: format!("@etalab/decoupage-administratif {version}"),
            regions: regions
                .into_iter()
                .map(|r| Region {
                    code: r.code,
                    nom: r.nom,
                    zone: r.zone,
                })
                .collect(),
            departements: departements
                .into_iter()
                .map(|d| Departement {
                    code: d.code,
                    nom: d.nom,
                    region: d.region,
                    zone: d.zone,
                })
                .collect(),
            epci: raw_epci
                .into_iter()
                .map(|e| Epci {
                    code: e.code,
                    nom: e.nom,
                    nature: e.nature,
                    population: e.population_totale,
                })
                .collect(),
            communes: raw_communes
                .into_iter()
                // Communes déléguées, associées and the arrondissements of Paris, Lyon and Marseille share codes
                // or sit inside a commune actuelle: only the communes actuelles are territories of their own.
                .filter(|c| c.nature == "commune-actuelle")
                .map(|c| Commune {
                    epci: epci_of.get(&c.code).cloned(),
                    code: c.code,
                    nom: c.nom,
                    departement: c.departement,
                    region: c.region,
                    siren: c.siren,
                    codes_postaux: c.codes_postaux,
                    population: c.population,
                })
                .collect(),
        };
        dataset.check()?;
        Ok(dataset)
    }

    /// Checks codes are unique and every container exists.
    fn check(&self) -> Result<(), DatasetError> {
        let regions: std::collections::HashSet<&str> =
            self.regions.iter().map(|r| r.code.as_str()).collect();
        let departements: std::collections::HashSet<&str> =
            self.departements.iter().map(|d| d.code.as_str()).collect();
        let epci: std::collections::HashSet<&str> =
            self.epci.iter().map(|e| e.code.as_str()).collect();
        if regions.len() != self.regions.len()
            || departements.len() != self.departements.len()
            || epci.len() != self.epci.len()
        {
            return Err(DatasetError::Inconsistent("code en double".to_owned()));
        }
        for departement in &self.departements {
            if !regions.contains(departement.region.as_str()) {
                return Err(DatasetError::Inconsistent(format!(
                    "le département {} renvoie à une région inconnue {}",
                    departement.code, departement.region
                )));
            }
        }
        let mut communes = std::collections::HashSet::new();
        for commune in &self.communes {
            if !communes.insert(commune.code.as_str()) {
                return Err(DatasetError::Inconsistent(format!(
                    "commune {} en double",
                    commune.code
                )));
            }
            let unknown = commune
                .departement
                .as_deref()
                .is_some_and(|d| !departements.contains(d))
                || commune
                    .region
                    .as_deref()
                    .is_some_and(|r| !regions.contains(r))
                || commune.epci.as_deref().is_some_and(|e| !epci.contains(e));
            if unknown {
                return Err(DatasetError::Inconsistent(format!(
                    "la commune {} renvoie à un territoire inconnu",
                    commune.code
                )));
            }
        }
        Ok(())
    }
}
