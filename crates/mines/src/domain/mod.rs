//! Pure domain of the mining cadastre: no I/O, no async; every rule here is a function over owned values.
//!
//! Architecture invariant: nothing in `domain` reads files, the clock or a database; the date "today" is always a
//! parameter, so every computation is deterministic and can be replayed "as at date D".

pub mod acteur;
pub mod administrations;
pub mod date;
pub mod decimal;
pub mod definitions;
pub mod etape;
pub mod fiscalite;
pub mod heritage;
pub mod instruction;
pub mod machines;
pub mod permissions;
pub mod phases;
pub mod proprietes;
pub mod recalcul;
pub mod statut;
pub mod titre_statut;
pub mod visibilite;
