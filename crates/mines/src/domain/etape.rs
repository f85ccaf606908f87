//! Entities of the procedure: titres, démarches, étapes, documents and their identifiers.
//!
//! These are plain owned values: the store fills them, the rules read them. Optional properties (`Option`) mean
//! "not provided on this étape"; the héritage step may fill them from the previous étape.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::date::CaminoDate;
use crate::referentiels::{DemarcheTypeId, EtapeStatutId, EtapeTypeId, TitreTypeId};

macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub struct $name(pub String);

        impl $name {
            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                Self(value.to_string())
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

string_id!(
    /// Id of a titre.
    TitreId
);
string_id!(
    /// Id of a démarche (the procedure definitions list exceptions by this id).
    DemarcheId
);
string_id!(
    /// Id of an étape.
    EtapeId
);
string_id!(
    /// Id of an entreprise (titulaire, amodiataire).
    EntrepriseId
);
string_id!(
    /// Id of a commune (INSEE code).
    CommuneId
);
string_id!(
    /// Country or overseas territory code of Camino (`FR` metropolitan France, `GF` Guyane, `GP`, `MQ`, `RE`…).
    PaysId
);

impl PaysId {
    /// Guyane française.
    pub fn is_guyane(&self) -> bool {
        self.0 == "GF"
    }

    /// Metropolitan France.
    pub fn is_metropole(&self) -> bool {
        self.0 == "FR"
    }

    /// Overseas territories: every Camino pays except metropolitan France.
    pub fn is_outre_mer(&self) -> bool {
        !self.0.is_empty() && !self.is_metropole()
    }
}

/// A value of the free-form `contenu` of an étape.
#[derive(Debug, Clone, PartialEq)]
pub enum ContenuValeur {
    /// Checkbox.
    Booleen(bool),
    /// Number.
    Nombre(f64),
    /// Text.
    Texte(String),
    /// Several choices.
    Liste(Vec<String>),
}

/// The `contenu` of an étape: section → element → value.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Contenu(pub BTreeMap<String, BTreeMap<String, ContenuValeur>>);

impl Contenu {
    /// Value of an element, if present.
    pub fn get(&self, section: &str, element: &str) -> Option<&ContenuValeur> {
        self.0.get(section).and_then(|s| s.get(element))
    }

    /// Sets an element.
    pub fn set(&mut self, section: &str, element: &str, valeur: ContenuValeur) {
        self.0
            .entry(section.to_string())
            .or_default()
            .insert(element.to_string(), valeur);
    }

    /// `contenu.arm.mecanise` when it is a boolean (ARM: prospection with mechanised means).
    pub fn arm_mecanise(&self) -> Option<bool> {
        match self.get("arm", "mecanise") {
            Some(ContenuValeur::Booleen(b)) => Some(*b),
            _ => None,
        }
    }

    /// `contenu.arm.franchissements` when it is a number (ARM: number of watercourse crossings).
    pub fn arm_franchissements(&self) -> Option<f64> {
        match self.get("arm", "franchissements") {
            Some(ContenuValeur::Nombre(n)) => Some(*n),
            _ => None,
        }
    }
}

/// Which properties an étape inherits from the previous étape of its démarche instead of carrying its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Heritage {
    /// Titulaires.
    pub titulaires: bool,
    /// Amodiataires.
    pub amodiataires: bool,
    /// Start date.
    pub date_debut: bool,
    /// End date.
    pub date_fin: bool,
    /// Duration.
    pub duree: bool,
    /// Substances.
    pub substances: bool,
    /// Perimeter, surface and communes.
    pub perimetre: bool,
}

/// Who may read a document or an avis besides the administrations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Confidentialite {
    /// Everybody.
    Public,
    /// The companies of the titre and the administrations.
    TitulairesEtAdministrations,
    /// The administrations only.
    Administrations,
}

/// A document attached to an étape.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// Id.
    pub id: String,
    /// Document type id (see [`crate::referentiels::DOCUMENTS_TYPES`]).
    pub type_id: String,
    /// Who may read it.
    pub confidentialite: Confidentialite,
}

/// An étape of a démarche.
#[derive(Debug, Clone, PartialEq)]
pub struct Etape {
    /// Id.
    pub id: EtapeId,
    /// Type.
    pub type_id: EtapeTypeId,
    /// Statut.
    pub statut_id: EtapeStatutId,
    /// Date of the étape.
    pub date: CaminoDate,
    /// A draft never changes statuts (spec §7).
    pub is_brouillon: bool,
    /// Start of validity carried by a decision or publication.
    pub date_debut: Option<CaminoDate>,
    /// End of validity carried by a decision or publication.
    pub date_fin: Option<CaminoDate>,
    /// Duration in months.
    pub duree: Option<u32>,
    /// Surface in km².
    pub surface: Option<f64>,
    /// Pays of the perimeter (first commune's).
    pub pays_id: Option<PaysId>,
    /// Titulaires.
    pub titulaires: Option<Vec<EntrepriseId>>,
    /// Amodiataires.
    pub amodiataires: Option<Vec<EntrepriseId>>,
    /// Substances légales.
    pub substances: Option<Vec<String>>,
    /// Perimeter in WGS84 (shared: héritage copies it between étapes).
    pub perimetre: Option<Arc<::geo::MultiPolygon<f64>>>,
    /// Communes intersecting the perimeter.
    pub communes: Option<Vec<CommuneId>>,
    /// Free-form content.
    pub contenu: Contenu,
    /// Inherited properties.
    pub heritage: Heritage,
    /// Documents.
    pub documents: Vec<Document>,
}

impl Etape {
    /// A non-draft étape with only its type, statut and date; the id is derived from them.
    pub fn new(type_id: EtapeTypeId, statut_id: EtapeStatutId, date: CaminoDate) -> Self {
        Self {
            id: EtapeId(format!(
                "{}-{}-{date}",
                type_id.as_str(),
                statut_id.as_str()
            )),
            type_id,
            statut_id,
            date,
            is_brouillon: false,
            date_debut: None,
            date_fin: None,
            duree: None,
            surface: None,
            pays_id: None,
            titulaires: None,
            amodiataires: None,
            substances: None,
            perimetre: None,
            communes: None,
            contenu: Contenu::default(),
            heritage: Heritage::default(),
            documents: Vec::new(),
        }
    }
}

/// A démarche of a titre.
#[derive(Debug, Clone, PartialEq)]
pub struct Demarche {
    /// Id.
    pub id: DemarcheId,
    /// Type.
    pub type_id: DemarcheTypeId,
    /// Order among the démarches of the titre (ties between démarches starting the same day).
    pub ordre: u32,
    /// Étapes, in any order (the engine orders them).
    pub etapes: Vec<Etape>,
}

/// A titre minier with its démarches.
#[derive(Debug, Clone, PartialEq)]
pub struct Titre {
    /// Id.
    pub id: TitreId,
    /// Name.
    pub nom: String,
    /// Type.
    pub type_id: TitreTypeId,
    /// Démarches.
    pub demarches: Vec<Demarche>,
}
