//! Funnel analytics per call: how many submissions reached each step, from submitted to laureate, then how many
//! of the resulting startups reached each phase or national impact.

use super::candidature::{Candidature, StatutCandidature};
use super::evenement::EvenementCode;
use super::phase::PhaseCode;
use super::startup::Startup;

/// A step of the funnel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EtapeEntonnoir {
    /// Submitted.
    Depose,
    /// Eligible.
    Recevable,
    /// Pre-selected.
    Preselectionne,
    /// Auditioned.
    Auditionne,
    /// Laureate.
    Laureat,
    /// Startup in investigation.
    Investigation,
    /// Reached construction.
    Construction,
    /// Reached acceleration.
    Acceleration,
    /// National impact validated (`national_impact` event).
    ImpactNational,
    /// Transferred.
    Transfere,
    /// Stopped (either abandon).
    Abandon,
}

impl EtapeEntonnoir {
    /// Steps in funnel order.
    pub const ALL: [EtapeEntonnoir; 11] = [
        EtapeEntonnoir::Depose,
        EtapeEntonnoir::Recevable,
        EtapeEntonnoir::Preselectionne,
        EtapeEntonnoir::Auditionne,
        EtapeEntonnoir::Laureat,
        EtapeEntonnoir::Investigation,
        EtapeEntonnoir::Construction,
        EtapeEntonnoir::Acceleration,
        EtapeEntonnoir::ImpactNational,
        EtapeEntonnoir::Transfere,
        EtapeEntonnoir::Abandon,
    ];

    /// French label.
    pub fn label(self) -> &'static str {
        match self {
            EtapeEntonnoir::Depose => "Déposé",
            EtapeEntonnoir::Recevable => "Recevable",
            EtapeEntonnoir::Preselectionne => "Présélectionné",
            EtapeEntonnoir::Auditionne => "Auditionné",
            EtapeEntonnoir::Laureat => "Lauréat",
            EtapeEntonnoir::Investigation => "Investigation",
            EtapeEntonnoir::Construction => "Construction",
            EtapeEntonnoir::Acceleration => "Accélération",
            EtapeEntonnoir::ImpactNational => "Impact national",
            EtapeEntonnoir::Transfere => "Transféré",
            EtapeEntonnoir::Abandon => "Abandon",
        }
    }
}

/// A submission of the call and, for laureates, the startup it became.
#[derive(Debug, Clone, Copy)]
pub struct Parcours<'a> {
    /// Submission.
    pub candidature: &'a Candidature,
    /// Startup, once onboarded.
    pub startup: Option<&'a Startup>,
}

fn reached(parcours: &Parcours<'_>, etape: EtapeEntonnoir) -> bool {
    let states = parcours.candidature.states_reached();
    let has_state = |state: StatutCandidature| states.contains(&state);
    let has_phase = |phases: &[PhaseCode]| {
        parcours.startup.is_some_and(|startup| {
            startup
                .phases
                .iter()
                .any(|phase| phases.contains(&phase.name))
        })
    };
    match etape {
        EtapeEntonnoir::Depose => has_state(StatutCandidature::Depose),
        EtapeEntonnoir::Recevable => has_state(StatutCandidature::Recevable),
        EtapeEntonnoir::Preselectionne => has_state(StatutCandidature::Preselectionne),
        EtapeEntonnoir::Auditionne => has_state(StatutCandidature::Auditionne),
        EtapeEntonnoir::Laureat => has_state(StatutCandidature::Laureat),
        EtapeEntonnoir::Investigation => has_phase(&[PhaseCode::Investigation]),
        EtapeEntonnoir::Construction => has_phase(&[PhaseCode::Construction]),
        EtapeEntonnoir::Acceleration => has_phase(&[PhaseCode::Acceleration]),
        EtapeEntonnoir::ImpactNational => parcours.startup.is_some_and(|startup| {
            startup
                .events()
                .iter()
                .any(|event| event.name == EvenementCode::NationalImpact)
        }),
        EtapeEntonnoir::Transfere => has_phase(&[PhaseCode::Transfere]),
        EtapeEntonnoir::Abandon => {
            has_phase(&[PhaseCode::Abandon, PhaseCode::AbandonInvestigation])
        }
    }
}

/// The number of submissions that ever reached each step, in funnel order.
pub fn funnel(parcours: &[Parcours<'_>]) -> Vec<(EtapeEntonnoir, usize)> {
    EtapeEntonnoir::ALL
        .iter()
        .map(|etape| {
            (
                *etape,
                parcours.iter().filter(|p| reached(p, *etape)).count(),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, NaiveDateTime};

    use super::*;
    use crate::domain::appel::StatutAppel;
    use crate::domain::candidature::{ActionCandidature, CandidatureId, ContexteCandidature};
    use crate::domain::evenement::Evenement;
    use crate::domain::ids::{IncubateurId, StartupId};
    use crate::domain::phase::Phase;
    use crate::domain::roles::Role;

    fn at() -> NaiveDateTime {
        NaiveDateTime::parse_from_str("2017-11-20 10:00", "%Y-%m-%d %H:%M").expect("date-time")
    }

    fn run(steps: &[(ActionCandidature, Role)]) -> Candidature {
        let contexte = ContexteCandidature {
            statut_appel: StatutAppel::Publie,
            appel_ouvert: true,
            erreurs_formulaire: vec![],
            audition_tenue: true,
            desistement_laureat: false,
        };
        let mut candidature = Candidature::new(CandidatureId(1), 1);
        for (action, role) in steps {
            let contexte = if *role == Role::PresidentJury {
                ContexteCandidature {
                    statut_appel: StatutAppel::Deliberation,
                    ..contexte.clone()
                }
            } else {
                contexte.clone()
            };
            candidature
                .apply(action, *role, &contexte, at())
                .expect("allowed step");
        }
        candidature
    }

    #[test]
    fn funnel_counts_every_step_ever_reached() {
        let admin = Role::AdminIncubateur;
        let deposited = run(&[(ActionCandidature::Deposer, Role::Agent)]);
        let refused = run(&[
            (ActionCandidature::Deposer, Role::Agent),
            (
                ActionCandidature::DeclarerIrrecevable {
                    motivation: "hors périmètre".into(),
                },
                admin,
            ),
        ]);
        let laureate = run(&[
            (ActionCandidature::Deposer, Role::Agent),
            (ActionCandidature::DeclarerRecevable, admin),
            (ActionCandidature::Preselectionner, admin),
            (ActionCandidature::MarquerAuditionne, admin),
            (
                ActionCandidature::DeclarerLaureat {
                    motivation: "convaincant".into(),
                },
                Role::PresidentJury,
            ),
        ]);
        let start = NaiveDate::from_ymd_opt(2018, 1, 1).expect("date");
        let mut startup = Startup::new(
            StartupId::parse("camino").expect("id"),
            "Camino".into(),
            "m".into(),
            IncubateurId::parse("mtes").expect("id"),
            vec![
                Phase::new(PhaseCode::Investigation, start),
                Phase::new(PhaseCode::Construction, start),
            ],
        );
        startup.events = Some(vec![Evenement::new(EvenementCode::NationalImpact, start)]);
        let parcours = [
            Parcours {
                candidature: &deposited,
                startup: None,
            },
            Parcours {
                candidature: &refused,
                startup: None,
            },
            Parcours {
                candidature: &laureate,
                startup: Some(&startup),
            },
        ];
        let counts: Vec<usize> = funnel(&parcours).into_iter().map(|(_, n)| n).collect();
        assert_eq!(counts, [3, 1, 1, 1, 1, 1, 1, 0, 1, 0, 0]);
    }
}
