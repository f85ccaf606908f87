//! Plain data describing the French administrative geography, as the platform's `territoires` (or,
//! in tests, the COG 2026 files of the shared folder) supplies it.
//!
//! The perimeter graph is built from it; nothing here knows a file format.

/// Where a territory lies: metropolitan France, an overseas département-région (DROM) or an
/// overseas collectivity (COM).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Zone {
    /// Metropolitan France, Corsica included.
    Metro,
    /// Guadeloupe, Martinique, Guyane, La Réunion, Mayotte.
    Drom,
    /// Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin, TAAF, Wallis et Futuna,
    /// Polynésie française, Nouvelle-Calédonie, Clipperton.
    Com,
}

impl Zone {
    /// Parses the `zone` column of the COG files (`metro`, `drom`, `com`).
    pub fn from_code(code: &str) -> Option<Zone> {
        match code.trim() {
            "metro" => Some(Zone::Metro),
            "drom" => Some(Zone::Drom),
            "com" => Some(Zone::Com),
            _ => None,
        }
    }

    /// Whether the zone is overseas (`FRA-OM`) rather than mainland (`FRA-MET`).
    pub fn outre_mer(self) -> bool {
        !matches!(self, Zone::Metro)
    }
}

/// A région (or a COM acting as one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TerritoireRegion {
    /// INSEE code: 2 digits, or the 3-digit COM code.
    pub code: String,
    /// Name.
    pub nom: String,
    /// Zone.
    pub zone: Zone,
}

/// A département (or a COM acting as one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TerritoireDepartement {
    /// INSEE code: 2 or 3 characters (`2A`, `971`, `975`).
    pub code: String,
    /// Name.
    pub nom: String,
    /// Code of its région.
    pub region: String,
    /// Zone.
    pub zone: Zone,
}

/// An EPCI à fiscalité propre.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TerritoireEpci {
    /// 9-digit SIREN.
    pub siren: String,
    /// Name.
    pub nom: String,
    /// Type as the COG writes it (`CC`, `CA`, `CU`, `METRO`, `MET69`).
    pub type_epci: String,
    /// Population as published (never the sum of its communes).
    pub population: Option<u64>,
    /// INSEE codes of its member communes.
    pub membres: Vec<String>,
}

/// A current commune.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TerritoireCommune {
    /// 5-character INSEE code.
    pub code_insee: String,
    /// Name.
    pub nom: String,
    /// Code of its département.
    pub departement: String,
    /// Code of its région.
    pub region: String,
    /// Its own SIREN, when it has one (COM communes have none).
    pub siren: Option<String>,
    /// SIREN of its EPCI, when it belongs to one.
    pub epci_siren: Option<String>,
    /// Municipal population, when known.
    pub population: Option<u64>,
    /// Postcodes (several communes may share one: never an identifier).
    pub codes_postaux: Vec<String>,
    /// Zone.
    pub zone: Zone,
}

/// The whole geography the perimeter graph is built from.
#[derive(Debug, Clone, Default)]
pub struct Territoires {
    /// Régions.
    pub regions: Vec<TerritoireRegion>,
    /// Départements.
    pub departements: Vec<TerritoireDepartement>,
    /// EPCI.
    pub epci: Vec<TerritoireEpci>,
    /// Communes.
    pub communes: Vec<TerritoireCommune>,
}
