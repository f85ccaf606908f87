//! The pure domain of water-use restrictions: types and rules, with no I/O, no async and no database.
//!
//! Architecture invariant: nothing here reads a file, a clock or a socket; callers pass the day, the data and
//! the geometry in, and get values back.

pub mod arrete;
pub mod calcul;
pub mod horaire;
pub mod nomenclature;
pub mod qualite;
pub mod recherche;
pub mod regle_gestion;
pub mod restriction;
pub mod texte;
pub mod zone_alerte;
pub mod zone_calculee;
