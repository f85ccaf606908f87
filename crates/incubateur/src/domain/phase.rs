//! Phases of a startup: the 8 current codes of beta.gouv.fr, the legacy aliases accepted on import, and the
//! nominal moves between phases decided by a committee.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use thiserror::Error;

use super::valeur::{ChampsInconnus, OrdreCles};

/// One of the 8 phase codes in use since 2026 (espace-membre DB constraint, `Beta::Startup::PHASES`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PhaseCode {
    /// `investigation`: the problem is confirmed by an intrapreneur and a coach.
    Investigation,
    /// `construction`: an MVP built by 2–4 people in 6–12 months.
    Construction,
    /// `acceleration`: national deployment.
    Acceleration,
    /// `consolidation`: leaving incubation (was `perennisation` until May 2026).
    Consolidation,
    /// `transfere`: left the network, still online.
    Transfere,
    /// `opere`: mature, still followed in the network.
    Opere,
    /// `abandon`: service stopped.
    Abandon,
    /// `abandon-investigation`: inconclusive investigation.
    AbandonInvestigation,
}

impl PhaseCode {
    /// Every code, in the order of the site's `_phases` collection (`order` 1 to 8).
    pub const ALL: [PhaseCode; 8] = [
        PhaseCode::Opere,
        PhaseCode::Transfere,
        PhaseCode::Consolidation,
        PhaseCode::Acceleration,
        PhaseCode::Construction,
        PhaseCode::Investigation,
        PhaseCode::AbandonInvestigation,
        PhaseCode::Abandon,
    ];

    /// The code as written in the data.
    pub fn code(self) -> &'static str {
        match self {
            PhaseCode::Investigation => "investigation",
            PhaseCode::Construction => "construction",
            PhaseCode::Acceleration => "acceleration",
            PhaseCode::Consolidation => "consolidation",
            PhaseCode::Transfere => "transfere",
            PhaseCode::Opere => "opere",
            PhaseCode::Abandon => "abandon",
            PhaseCode::AbandonInvestigation => "abandon-investigation",
        }
    }

    /// The French label shown on beta.gouv.fr.
    pub fn label(self) -> &'static str {
        match self {
            PhaseCode::Investigation => "Investigation",
            PhaseCode::Construction => "Construction",
            PhaseCode::Acceleration => "Accélération",
            PhaseCode::Consolidation => "En consolidation",
            PhaseCode::Transfere => "Transféré",
            PhaseCode::Opere => "Opéré au sein du réseau beta.gouv.fr",
            PhaseCode::Abandon => "Services arrêtés",
            PhaseCode::AbandonInvestigation => "Investigations non concluantes",
        }
    }

    /// Display order of the site's `_phases` collection (1 = `opere` … 8 = `abandon`).
    pub fn order(self) -> u8 {
        match self {
            PhaseCode::Opere => 1,
            PhaseCode::Transfere => 2,
            PhaseCode::Consolidation => 3,
            PhaseCode::Acceleration => 4,
            PhaseCode::Construction => 5,
            PhaseCode::Investigation => 6,
            PhaseCode::AbandonInvestigation => 7,
            PhaseCode::Abandon => 8,
        }
    }

    /// Whether a startup whose current phase is this one counts as active (`Beta::Startup::ACTIVE_PHASES`).
    pub fn is_active(self) -> bool {
        matches!(
            self,
            PhaseCode::Investigation
                | PhaseCode::Construction
                | PhaseCode::Acceleration
                | PhaseCode::Consolidation
                | PhaseCode::Opere
        )
    }

    /// Both abandons are terminal: leaving them is an audited admin reopening, never a nominal move.
    pub fn is_terminal(self) -> bool {
        matches!(self, PhaseCode::Abandon | PhaseCode::AbandonInvestigation)
    }

    /// The phases a committee or an admin may move to from this one (spec §3.2, "nominal moves").
    pub fn nominal_moves(self) -> &'static [PhaseCode] {
        use PhaseCode::*;
        match self {
            Investigation => &[Construction, AbandonInvestigation],
            Construction => &[Acceleration, Consolidation, Transfere, Abandon],
            Acceleration => &[Consolidation, Transfere, Opere, Abandon],
            Consolidation => &[Transfere, Opere, Abandon, Acceleration],
            Opere => &[Transfere, Abandon],
            Transfere => &[Abandon],
            Abandon | AbandonInvestigation => &[],
        }
    }

    /// Whether `self → next` is a nominal move.
    pub fn allows_move_to(self, next: PhaseCode) -> bool {
        self.nominal_moves().contains(&next)
    }

    /// The abandon phase that stops a startup currently in this phase (`arret` committee decision).
    pub fn stop_phase(self) -> PhaseCode {
        if self == PhaseCode::Investigation {
            PhaseCode::AbandonInvestigation
        } else {
            PhaseCode::Abandon
        }
    }
}

impl fmt::Display for PhaseCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A phase name that is neither a current code nor a known alias.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error(
    "phase inconnue « {0} » (attendu : opere, transfere, consolidation, acceleration, construction, investigation, abandon-investigation ou abandon)"
)]
pub struct PhaseInconnue(pub String);

impl FromStr for PhaseCode {
    type Err = PhaseInconnue;

    /// Parses one of the 8 current codes only; aliases go through [`AliasPhases::resolve`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PhaseCode::ALL
            .into_iter()
            .find(|phase| phase.code() == s)
            .ok_or_else(|| PhaseInconnue(s.to_owned()))
    }
}

/// How a phase name read on import maps to a current code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResolutionPhase {
    /// One of the 8 current codes.
    Courant(PhaseCode),
    /// A renamed code, mapped without doubt (`perennisation`, `transfer`).
    Renomme(PhaseCode),
    /// A legacy code whose meaning is uncertain (`success`, `alumni`): mapped by configuration, with a warning.
    Incertain(PhaseCode),
}

impl ResolutionPhase {
    /// The current code the name maps to.
    pub fn phase(self) -> PhaseCode {
        match self {
            ResolutionPhase::Courant(p)
            | ResolutionPhase::Renomme(p)
            | ResolutionPhase::Incertain(p) => p,
        }
    }
}

/// The configurable map of legacy phase names (spec §3.1, "import-only aliases").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AliasPhases {
    /// Target of `success` ("Pérennisé").
    pub success: PhaseCode,
    /// Target of `alumni` ("Partenariat terminé").
    pub alumni: PhaseCode,
}

impl Default for AliasPhases {
    /// The likely targets named by the spec (still to verify with the beta.gouv.fr team).
    fn default() -> Self {
        AliasPhases {
            success: PhaseCode::Consolidation,
            alumni: PhaseCode::Transfere,
        }
    }
}

impl AliasPhases {
    /// Maps a phase name read from a file to a current code.
    pub fn resolve(&self, name: &str) -> Result<ResolutionPhase, PhaseInconnue> {
        if let Ok(code) = name.parse::<PhaseCode>() {
            return Ok(ResolutionPhase::Courant(code));
        }
        match name {
            // Renamed in May 2026 (beta.gouv.fr PR #21550).
            "perennisation" => Ok(ResolutionPhase::Renomme(PhaseCode::Consolidation)),
            "transfer" => Ok(ResolutionPhase::Renomme(PhaseCode::Transfere)),
            "success" => Ok(ResolutionPhase::Incertain(self.success)),
            "alumni" => Ok(ResolutionPhase::Incertain(self.alumni)),
            other => Err(PhaseInconnue(other.to_owned())),
        }
    }
}

/// One dated phase of a startup, `{name, start, end?, comment?}`.
#[derive(Debug, Clone, PartialEq)]
pub struct Phase {
    /// The current code of the phase.
    pub name: PhaseCode,
    /// The name as written when it was a legacy alias, so that the export writes it back unchanged.
    pub alias: Option<String>,
    /// Start date (civil date, valid time).
    pub start: NaiveDate,
    /// Explicit end date, when recorded (273 of 1,695 entries).
    pub end: Option<NaiveDate>,
    /// Free comment.
    pub comment: Option<String>,
    /// Keys unknown to the module.
    pub extra: ChampsInconnus,
    /// Source order of the keys.
    pub key_order: OrdreCles,
}

impl Phase {
    /// A phase with only a name and a start date.
    pub fn new(name: PhaseCode, start: NaiveDate) -> Self {
        Phase {
            name,
            alias: None,
            start,
            end: None,
            comment: None,
            extra: ChampsInconnus::new(),
            key_order: OrdreCles::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_parses_back() {
        for phase in PhaseCode::ALL {
            assert_eq!(phase.code().parse::<PhaseCode>(), Ok(phase));
        }
        let orders: Vec<u8> = PhaseCode::ALL.iter().map(|p| p.order()).collect();
        assert_eq!(orders, [1, 2, 3, 4, 5, 6, 7, 8]);
    }

    #[test]
    fn legacy_aliases_are_mapped_and_unknown_names_refused() {
        let aliases = AliasPhases::default();
        assert_eq!(
            aliases.resolve("perennisation"),
            Ok(ResolutionPhase::Renomme(PhaseCode::Consolidation))
        );
        assert_eq!(
            aliases.resolve("transfer"),
            Ok(ResolutionPhase::Renomme(PhaseCode::Transfere))
        );
        assert_eq!(
            aliases.resolve("alumni"),
            Ok(ResolutionPhase::Incertain(PhaseCode::Transfere))
        );
        let custom = AliasPhases {
            success: PhaseCode::Opere,
            ..AliasPhases::default()
        };
        assert_eq!(
            custom.resolve("success").map(ResolutionPhase::phase),
            Ok(PhaseCode::Opere)
        );
        assert!(
            aliases.resolve("Investigation").is_err(),
            "codes are case-sensitive"
        );
        assert!(aliases.resolve("beta").is_err());
    }

    #[test]
    fn abandons_are_terminal_and_have_no_nominal_move() {
        for phase in PhaseCode::ALL {
            assert_eq!(phase.is_terminal(), phase.nominal_moves().is_empty());
        }
        assert!(PhaseCode::Investigation.allows_move_to(PhaseCode::Construction));
        assert!(!PhaseCode::Construction.allows_move_to(PhaseCode::Investigation));
        assert_eq!(
            PhaseCode::Investigation.stop_phase(),
            PhaseCode::AbandonInvestigation
        );
        assert_eq!(PhaseCode::Acceleration.stop_phase(), PhaseCode::Abandon);
    }

    #[test]
    fn five_phases_are_active() {
        assert_eq!(PhaseCode::ALL.iter().filter(|p| p.is_active()).count(), 5);
        assert!(!PhaseCode::Transfere.is_active());
    }
}
