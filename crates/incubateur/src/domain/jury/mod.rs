//! Review, jury and deliberation (spec §3.4).
//!
//! Pre-jury marks, audition planning and calendars, the weighted grid, conflicts of interest, score visibility,
//! normalisation and agreement, decisions and minutes.

pub mod conflits;
pub mod deliberation;
pub mod grille;
pub mod ics;
pub mod marques;
pub mod notation;
pub mod planning;
pub mod statistiques;

use std::fmt;

/// Identifier of a juror (or pre-juror).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct JureId(pub u64);

impl fmt::Display for JureId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}
