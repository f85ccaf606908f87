//! From laureate to startup, then investment committees (spec §3.5).
//!
//! A laureate becomes a startup in `investigation` only through the sponsor gate (signed commitment, named sponsor,
//! intrapreneur freed at least 2 days a week, intended budget line). Committees are held at most six calendar
//! months apart, 30–45 days before the money runs out, with alerts at D−45 and D−30 before the runway end.

use chrono::NaiveDate;
use thiserror::Error;

use super::dates::{add_months, minus_days};
use super::evenement::{Evenement, EvenementCode};
use super::ids::{IncubateurId, OrganisationId, StartupId};
use super::membre::RoleStartup;
use super::phase::{Phase, PhaseCode};
use super::regles_phase::current_phase;
use super::startup::{SponsorRef, Startup};

/// Days a week the intrapreneur must be freed during investigation.
pub const JOURS_LIBERES_MIN: u8 = 2;
/// Budget line expected at the end of investigation, lower bound in euros (about €150–200k).
pub const BUDGET_CONSTRUCTION_MIN: i64 = 150_000;
/// Months between two committees, at most.
pub const MOIS_ENTRE_COMITES: u32 = 6;
/// Days before a committee its document is due.
pub const JOURS_DOCUMENT_AVANT_COMITE: u64 = 7;
/// Alerts before the runway end, in days.
pub const ALERTES_JOURS: [u64; 2] = [45, 30];

/// The sponsor's commitment, as recorded by the incubator team.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EngagementSponsor {
    /// The *fiche d'engagement* is signed.
    pub fiche_signee: bool,
    /// The sponsoring organisation.
    pub sponsor: Option<OrganisationId>,
    /// Days a week the intrapreneur is freed.
    pub jours_liberes: u8,
    /// A budget line is intended.
    pub ligne_budgetaire_envisagee: bool,
}

/// A missing condition of the sponsor gate.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ConditionManquante {
    /// Not signed.
    #[error("la fiche d'engagement n'est pas signée")]
    FicheNonSignee,
    /// No sponsor.
    #[error("aucun sponsor n'est désigné")]
    SponsorAbsent,
    /// Not freed enough.
    #[error("l'intrapreneur n'est libéré que {0} jour(s) par semaine (au moins 2)")]
    LiberationInsuffisante(u8),
    /// No budget line.
    #[error("aucune ligne budgétaire n'est envisagée")]
    BudgetNonEnvisage,
}

impl EngagementSponsor {
    /// Every unmet condition (empty when the gate is open).
    pub fn missing(&self) -> Vec<ConditionManquante> {
        let mut missing = Vec::new();
        if !self.fiche_signee {
            missing.push(ConditionManquante::FicheNonSignee);
        }
        if self.sponsor.is_none() {
            missing.push(ConditionManquante::SponsorAbsent);
        }
        if self.jours_liberes < JOURS_LIBERES_MIN {
            missing.push(ConditionManquante::LiberationInsuffisante(
                self.jours_liberes,
            ));
        }
        if !self.ligne_budgetaire_envisagee {
            missing.push(ConditionManquante::BudgetNonEnvisage);
        }
        missing
    }
}

/// A mission to create for the new startup; validation then follows in espace-membre's flow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissionAPrevoir {
    /// Role on the startup.
    pub role: RoleStartup,
    /// Startup.
    pub startup: StartupId,
    /// First day.
    pub start: NaiveDate,
}

/// A laureate to onboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Laureat {
    /// Id chosen for the startup (file name on beta.gouv.fr).
    pub startup: StartupId,
    /// Product name.
    pub title: String,
    /// Mission statement (the problem).
    pub mission: String,
    /// Incubator.
    pub incubateur: IncubateurId,
}

/// Turns a laureate into a startup in `investigation` starting `date`, with the intrapreneur and coach missions
/// to create; refuses with every unmet condition of the sponsor gate.
pub fn onboard(
    laureat: &Laureat,
    engagement: &EngagementSponsor,
    date: NaiveDate,
) -> Result<(Startup, Vec<MissionAPrevoir>), Vec<ConditionManquante>> {
    let missing = engagement.missing();
    let Some(sponsor) = engagement.sponsor.clone().filter(|_| missing.is_empty()) else {
        return Err(missing);
    };
    let mut startup = Startup::new(
        laureat.startup.clone(),
        laureat.title.clone(),
        laureat.mission.clone(),
        laureat.incubateur.clone(),
        vec![Phase::new(PhaseCode::Investigation, date)],
    );
    startup.sponsors = Some(vec![SponsorRef {
        id: sponsor,
        with_prefix: true,
    }]);
    let missions = [RoleStartup::Intrapreneur, RoleStartup::Coach]
        .into_iter()
        .map(|role| MissionAPrevoir {
            role,
            startup: laureat.startup.clone(),
            start: date,
        })
        .collect();
    Ok((startup, missions))
}

/// A committee's decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecisionComite {
    /// `renouvellement`: renewed for 6 months.
    Renouvellement,
    /// `provisoire`: provisional extension of 1 or 2 months.
    Provisoire {
        /// 1 or 2.
        mois: u8,
    },
    /// `changement_phase`: a nominal move.
    ChangementPhase {
        /// Target phase.
        vers: PhaseCode,
    },
    /// `arret`: stop.
    Arret,
}

impl DecisionComite {
    /// ASCII code.
    pub fn code(self) -> &'static str {
        match self {
            DecisionComite::Renouvellement => "renouvellement",
            DecisionComite::Provisoire { .. } => "provisoire",
            DecisionComite::ChangementPhase { .. } => "changement_phase",
            DecisionComite::Arret => "arret",
        }
    }

    /// French label.
    pub fn label(self) -> &'static str {
        match self {
            DecisionComite::Renouvellement => "Renouvellement (6 mois)",
            DecisionComite::Provisoire { .. } => "Prolongation provisoire (1–2 mois)",
            DecisionComite::ChangementPhase { .. } => "Changement de phase",
            DecisionComite::Arret => "Arrêt",
        }
    }
}

/// Why a committee decision cannot apply.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ComiteError {
    /// Provisional extension must be 1 or 2 months.
    #[error("une prolongation provisoire dure 1 ou 2 mois, pas {0}")]
    DureeProvisoire(u8),
    /// The move is not nominal.
    #[error("changement de phase non prévu : de « {de} » vers « {vers} »")]
    ChangementNonNominal {
        /// Current phase.
        de: PhaseCode,
        /// Requested phase.
        vers: PhaseCode,
    },
    /// The startup is stopped (terminal phase).
    #[error(
        "la startup est en phase terminale « {0} » : seule une réouverture par un administrateur est possible"
    )]
    PhaseTerminale(PhaseCode),
    /// Construction needs a confirmed budget.
    #[error(
        "le passage en construction demande une ligne budgétaire confirmée d'au moins 150 000 € (confirmée : {0} €)"
    )]
    BudgetInsuffisant(i64),
    /// The startup has no phase.
    #[error("la startup n'a aucune phase")]
    SansPhase,
}

/// A committee.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comite {
    /// Date.
    pub date: NaiveDate,
    /// Decision.
    pub decision: DecisionComite,
    /// Reason.
    pub motif: String,
    /// Confirmed budget line, in euros (needed to enter construction).
    pub budget_confirme: Option<i64>,
    /// When the money runs out.
    pub fin_financement: Option<NaiveDate>,
}

/// What a committee changes.
#[derive(Debug, Clone, PartialEq)]
pub struct EffetComite {
    /// Events to add (`committee`, plus `end` on a stop).
    pub evenements: Vec<Evenement>,
    /// The new phase, when the phase changes.
    pub nouvelle_phase: Option<Phase>,
    /// Next committee due date.
    pub prochain_comite: Option<NaiveDate>,
    /// Alert dates before the runway end (D−45, D−30).
    pub alertes: Vec<NaiveDate>,
}

/// Alert dates before the runway end: D−45 and D−30.
pub fn runway_alerts(fin_financement: NaiveDate) -> Vec<NaiveDate> {
    ALERTES_JOURS
        .iter()
        .map(|days| minus_days(fin_financement, *days))
        .collect()
}

/// The day the committee document is due: 7 days before.
pub fn document_due(date_comite: NaiveDate) -> NaiveDate {
    minus_days(date_comite, JOURS_DOCUMENT_AVANT_COMITE)
}

/// The next committee: `months` calendar months later (clamped to the month end), and no later than 30 days
/// before the runway end when it is known.
pub fn next_committee(
    date: NaiveDate,
    months: u32,
    fin_financement: Option<NaiveDate>,
) -> NaiveDate {
    let by_calendar = add_months(date, months.min(MOIS_ENTRE_COMITES));
    match fin_financement {
        Some(end) => by_calendar.min(minus_days(end, 30)).max(date),
        None => by_calendar,
    }
}

/// Decides the effect of a committee on a startup.
pub fn apply_committee(startup: &Startup, comite: &Comite) -> Result<EffetComite, ComiteError> {
    let current = current_phase(&startup.phases)
        .ok_or(ComiteError::SansPhase)?
        .name;
    if current.is_terminal() {
        return Err(ComiteError::PhaseTerminale(current));
    }
    let mut committee_event = Evenement::new(EvenementCode::Committee, comite.date);
    committee_event.comment = Some(format!("{} — {}", comite.decision.label(), comite.motif));
    let mut evenements = vec![committee_event];
    let (nouvelle_phase, months) = match comite.decision {
        DecisionComite::Renouvellement => (None, Some(6)),
        DecisionComite::Provisoire { mois } => {
            if !(1..=2).contains(&mois) {
                return Err(ComiteError::DureeProvisoire(mois));
            }
            (None, Some(u32::from(mois)))
        }
        DecisionComite::ChangementPhase { vers } => {
            if !current.allows_move_to(vers) {
                return Err(ComiteError::ChangementNonNominal { de: current, vers });
            }
            if vers == PhaseCode::Construction {
                let budget = comite.budget_confirme.unwrap_or(0);
                if budget < BUDGET_CONSTRUCTION_MIN {
                    return Err(ComiteError::BudgetInsuffisant(budget));
                }
            }
            let months = (!vers.is_terminal()).then_some(6);
            (Some(Phase::new(vers, comite.date)), months)
        }
        DecisionComite::Arret => {
            evenements.push(Evenement::new(EvenementCode::End, comite.date));
            (Some(Phase::new(current.stop_phase(), comite.date)), None)
        }
    };
    Ok(EffetComite {
        evenements,
        nouvelle_phase,
        prochain_comite: months.map(|m| next_committee(comite.date, m, comite.fin_financement)),
        alertes: comite
            .fin_financement
            .map(runway_alerts)
            .unwrap_or_default(),
    })
}

/// Appends a new phase, setting the previous current phase's `end` to the new start (spec §3.2).
pub fn push_phase(phases: &mut Vec<Phase>, phase: Phase) {
    let start = phase.start;
    let latest = phases.iter().map(|p| p.start).max();
    if let Some(previous) = phases.iter_mut().rev().find(|p| Some(p.start) == latest)
        && previous.end.is_none()
    {
        previous.end = Some(start);
    }
    phases.push(phase);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("date")
    }

    fn laureat() -> Laureat {
        Laureat {
            startup: StartupId::parse("camino").expect("id"),
            title: "Camino".into(),
            mission: "Le cadastre minier numérique ouvert".into(),
            incubateur: IncubateurId::parse("mtes").expect("id"),
        }
    }

    fn open_gate() -> EngagementSponsor {
        EngagementSponsor {
            fiche_signee: true,
            sponsor: Some(OrganisationId::parse("dgaln").expect("id")),
            jours_liberes: 2,
            ligne_budgetaire_envisagee: true,
        }
    }

    #[test]
    fn the_gate_lists_every_missing_condition() {
        let missing = onboard(
            &laureat(),
            &EngagementSponsor {
                jours_liberes: 1,
                ..EngagementSponsor::default()
            },
            date("2018-01-15"),
        )
        .expect_err("closed gate");
        let messages: Vec<String> = missing.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            [
                "la fiche d'engagement n'est pas signée",
                "aucun sponsor n'est désigné",
                "l'intrapreneur n'est libéré que 1 jour(s) par semaine (au moins 2)",
                "aucune ligne budgétaire n'est envisagée",
            ]
        );
    }

    #[test]
    fn an_open_gate_creates_the_startup_in_investigation_and_two_missions() {
        let (startup, missions) =
            onboard(&laureat(), &open_gate(), date("2018-01-15")).expect("open gate");
        assert_eq!(startup.current_phase(), Some(PhaseCode::Investigation));
        assert_eq!(startup.sponsors()[0].as_written(), "/organisations/dgaln");
        assert_eq!(
            missions.iter().map(|m| m.role).collect::<Vec<_>>(),
            [RoleStartup::Intrapreneur, RoleStartup::Coach]
        );
    }

    #[test]
    fn committees_schedule_the_next_one_within_six_calendar_months() {
        let (startup, _) =
            onboard(&laureat(), &open_gate(), date("2026-03-01")).expect("open gate");
        let comite = Comite {
            date: date("2026-08-31"),
            decision: DecisionComite::Renouvellement,
            motif: "Bon avancement".into(),
            budget_confirme: None,
            fin_financement: None,
        };
        let effet = apply_committee(&startup, &comite).expect("renewal");
        assert_eq!(effet.prochain_comite, Some(date("2027-02-28")));
        assert_eq!(effet.evenements[0].name, EvenementCode::Committee);
        let provisional = Comite {
            decision: DecisionComite::Provisoire { mois: 2 },
            ..comite.clone()
        };
        assert_eq!(
            apply_committee(&startup, &provisional)
                .expect("provisional")
                .prochain_comite,
            Some(date("2026-10-31"))
        );
        let bad = Comite {
            decision: DecisionComite::Provisoire { mois: 3 },
            ..comite.clone()
        };
        assert_eq!(
            apply_committee(&startup, &bad),
            Err(ComiteError::DureeProvisoire(3))
        );
        let runway = Comite {
            fin_financement: Some(date("2026-12-31")),
            ..comite
        };
        let effet = apply_committee(&startup, &runway).expect("renewal");
        assert_eq!(effet.prochain_comite, Some(date("2026-12-01")));
        assert_eq!(effet.alertes, [date("2026-11-16"), date("2026-12-01")]);
        assert_eq!(document_due(date("2026-12-01")), date("2026-11-24"));
    }

    #[test]
    fn phase_changes_must_be_nominal_and_construction_needs_a_budget() {
        let (startup, _) =
            onboard(&laureat(), &open_gate(), date("2018-01-15")).expect("open gate");
        let to = |vers, budget| Comite {
            date: date("2018-06-01"),
            decision: DecisionComite::ChangementPhase { vers },
            motif: "m".into(),
            budget_confirme: budget,
            fin_financement: None,
        };
        assert_eq!(
            apply_committee(&startup, &to(PhaseCode::Acceleration, None)),
            Err(ComiteError::ChangementNonNominal {
                de: PhaseCode::Investigation,
                vers: PhaseCode::Acceleration
            })
        );
        assert_eq!(
            apply_committee(&startup, &to(PhaseCode::Construction, Some(90_000))),
            Err(ComiteError::BudgetInsuffisant(90_000))
        );
        let effet =
            apply_committee(&startup, &to(PhaseCode::Construction, Some(180_000))).expect("move");
        assert_eq!(
            effet.nouvelle_phase.map(|p| p.name),
            Some(PhaseCode::Construction)
        );
    }

    #[test]
    fn a_stop_ends_investigation_with_its_own_abandon_and_an_end_event() {
        let (mut startup, _) =
            onboard(&laureat(), &open_gate(), date("2018-01-15")).expect("open gate");
        let stop = Comite {
            date: date("2018-04-01"),
            decision: DecisionComite::Arret,
            motif: "Pas de sponsor durable".into(),
            budget_confirme: None,
            fin_financement: None,
        };
        let effet = apply_committee(&startup, &stop).expect("stop");
        let phase = effet.nouvelle_phase.expect("new phase");
        assert_eq!(phase.name, PhaseCode::AbandonInvestigation);
        assert_eq!(
            effet
                .evenements
                .iter()
                .map(|e| e.name.code())
                .collect::<Vec<_>>(),
            ["committee", "end"]
        );
        assert_eq!(effet.prochain_comite, None);
        push_phase(&mut startup.phases, phase);
        assert_eq!(startup.phases[0].end, Some(date("2018-04-01")));
        assert_eq!(
            apply_committee(&startup, &stop),
            Err(ComiteError::PhaseTerminale(PhaseCode::AbandonInvestigation))
        );
    }
}
