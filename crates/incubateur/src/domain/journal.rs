//! Audit entries produced by the state machines: one entry per successful transition, none on refusal.
//!
//! The platform's hash-chained journal stores them; here they are plain values so that tests can count them.

use chrono::NaiveDateTime;

use super::roles::Role;

/// One transition, as recorded for the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntreeJournal<S> {
    /// Who acted.
    pub acteur: Role,
    /// The action's code (`publier`, `deposer`…).
    pub action: &'static str,
    /// State before.
    pub avant: S,
    /// State after.
    pub apres: S,
    /// Reason or motivation, when the action carries one.
    pub motif: Option<String>,
    /// When (UTC, given by the caller's clock).
    pub horodatage: NaiveDateTime,
}
