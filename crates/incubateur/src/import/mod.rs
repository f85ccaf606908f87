//! Lossless import of the beta.gouv.fr open formats.
//!
//! Parsers here are pure: they take a file name (for messages) and its text, and return domain values or every
//! error found. An import validates everything first and returns all errors, so that nothing is imported half-way
//! (spec §7, issue "imports nothing half-way"). Warnings (legacy aliases, `"true"` strings, free values…) never
//! block an import.
//!
//! File-system access lives only in [`fichiers`], which walks a folder or reads a `.tar.gz` / `.zip` archive and
//! then hands the texts to these pure parsers.

mod champs;
pub mod fichiers;
mod node;
mod referentiels;
mod startups;
mod v27;

use std::fmt;

use thiserror::Error;

use crate::domain::phase::AliasPhases;

pub use referentiels::{parse_incubateurs_json, parse_organisations_json};
pub use startups::{parse_startup_markdown, parse_startups_fixture_json, parse_startups_markdown};
pub use v27::parse_startups_v27;

/// Why a record was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Raison {
    /// The file is not valid YAML or JSON.
    #[error("syntaxe invalide : {0}")]
    Syntaxe(String),
    /// A Markdown file has no front-matter between two `---` lines.
    #[error("en-tête YAML absent (attendu entre deux lignes « --- » au début du fichier)")]
    EnteteAbsent,
    /// A required field is missing.
    #[error("champ obligatoire « {0} » absent")]
    ChampManquant(String),
    /// A field has the wrong kind of value.
    #[error("le champ « {champ} » doit être {attendu}, pas {trouve}")]
    TypeInvalide {
        /// Path of the field (`phases[2].start`).
        champ: String,
        /// Expected kind.
        attendu: &'static str,
        /// Kind found.
        trouve: &'static str,
    },
    /// A date is not a civil date `YYYY-MM-DD`.
    #[error("date invalide « {valeur} » pour « {champ} » (attendu AAAA-MM-JJ)")]
    DateInvalide {
        /// Path of the field.
        champ: String,
        /// Value read.
        valeur: String,
    },
    /// A phase name is neither a current code nor a known alias.
    #[error("« {champ} » : {erreur}")]
    PhaseInconnue {
        /// Path of the field.
        champ: String,
        /// The underlying error.
        erreur: crate::domain::phase::PhaseInconnue,
    },
    /// A list that must not be empty is empty.
    #[error("la liste « {0} » ne doit pas être vide")]
    ListeVide(String),
    /// The contact is not an e-mail address.
    #[error("le contact « {0} » n'est pas une adresse électronique (il manque « @ »)")]
    ContactInvalide(String),
    /// An identifier is invalid.
    #[error("« {champ} » : {erreur}")]
    IdInvalide {
        /// Path of the field.
        champ: String,
        /// The underlying error.
        erreur: crate::domain::ids::IdError,
    },
    /// A value is outside a closed list.
    #[error("« {champ} » : {erreur}")]
    HorsListe {
        /// Path of the field.
        champ: String,
        /// The underlying error.
        erreur: crate::domain::organisation::ValeurHorsListe,
    },
    /// Two records share an id.
    #[error("l'identifiant « {id} » est déjà utilisé par {autre}")]
    Doublon {
        /// The id.
        id: String,
        /// Where it was first seen.
        autre: String,
    },
    /// A file or archive could not be read.
    #[error("lecture impossible : {0}")]
    Lecture(String),
}

/// An import error: the file, the line when known, and the reason.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub struct ImportError {
    /// File name as given by the caller.
    pub fichier: String,
    /// 1-based line, when known.
    pub ligne: Option<usize>,
    /// Why the record was refused.
    pub raison: Raison,
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.ligne {
            Some(ligne) => write!(f, "{}, ligne {} : {}", self.fichier, ligne, self.raison),
            None => write!(f, "{} : {}", self.fichier, self.raison),
        }
    }
}

/// Every record, or every error when there is one: an import is all or nothing.
pub(crate) fn lot<T>(
    items: Vec<T>,
    avertissements: Vec<Avertissement>,
    errors: Vec<ImportError>,
) -> ImportResult<T> {
    if errors.is_empty() {
        Ok(Lot {
            items,
            avertissements,
        })
    } else {
        Err(errors)
    }
}

/// The error of a JSON document that cannot be read at all, at the line serde stopped on.
pub(crate) fn syntaxe(fichier: &str) -> impl Fn(serde_json::Error) -> Vec<ImportError> + '_ {
    move |error| {
        vec![ImportError {
            fichier: fichier.to_owned(),
            ligne: Some(error.line()),
            raison: Raison::Syntaxe(error.to_string()),
        }]
    }
}

/// A non-blocking remark made during an import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Avertissement {
    /// File name.
    pub fichier: String,
    /// 1-based line, when known.
    pub ligne: Option<usize>,
    /// French message.
    pub message: String,
}

impl fmt::Display for Avertissement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.ligne {
            Some(ligne) => write!(f, "{}, ligne {} : {}", self.fichier, ligne, self.message),
            None => write!(f, "{} : {}", self.fichier, self.message),
        }
    }
}

/// Options of an import.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// Targets of the uncertain legacy phase names.
    pub aliases: AliasPhases,
}

/// The records of a successful import and its warnings.
#[derive(Debug, Clone, PartialEq)]
pub struct Lot<T> {
    /// The records, in source order.
    pub items: Vec<T>,
    /// Non-blocking remarks.
    pub avertissements: Vec<Avertissement>,
}

/// Result of an import: every record, or every error.
pub type ImportResult<T> = Result<Lot<T>, Vec<ImportError>>;

/// Parses a JSON file of startups, recognising its shape: the v2.7 document (a `data` list) or the front-matter
/// fixture (a `startups` list, or a bare list).
pub fn parse_startups_json(
    file_name: &str,
    text: &str,
    options: &ImportOptions,
) -> ImportResult<crate::domain::startup::Startup> {
    let is_v27 =
        serde_json::from_str::<std::collections::HashMap<&str, &serde_json::value::RawValue>>(text)
            .is_ok_and(|top| top.contains_key("data"));
    if is_v27 {
        parse_startups_v27(file_name, text, options)
    } else {
        parse_startups_fixture_json(file_name, text, options)
    }
}
