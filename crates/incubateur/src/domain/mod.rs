//! Pure domain of the incubator: referentials, phase rules, calls and submissions, jury, committees.
//!
//! Architecture invariant: nothing here performs I/O, touches a database or is async. Clocks are passed in as
//! civil dates (`chrono::NaiveDate`), randomness as explicit seeds, so every rule is reproducible in tests.

pub mod appel;
pub mod candidature;
pub mod comite;
pub mod dates;
pub mod entonnoir;
pub mod evenement;
pub mod formulaire;
pub mod hasard;
pub mod ids;
pub mod incubateur;
pub mod journal;
pub mod jury;
pub mod linter;
pub mod membre;
pub mod organisation;
pub mod perimetre;
pub mod phase;
pub mod regles_phase;
pub mod roles;
pub mod startup;
pub mod valeur;
