//! Audition planner: 3-minute pitch + 5-minute questions per candidate, plus an optional buffer, in a random order
//! drawn from a stored seed (Fisher–Yates), with breaks after every N auditions.
//!
//! Twelve auditions without buffer take 96 minutes.

use chrono::{Duration, NaiveDateTime};
use thiserror::Error;

use crate::domain::candidature::CandidatureId;
use crate::domain::hasard::Tirage;

/// Settings of an audition session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParametresPlanning {
    /// Start of the first audition (Paris civil time).
    pub debut: NaiveDateTime,
    /// Pitch length (3 minutes by default).
    pub pitch: Duration,
    /// Questions length (5 minutes by default).
    pub questions: Duration,
    /// Buffer after each audition (change-over).
    pub battement: Duration,
    /// A break after every `pause_toutes` auditions (0 = no break).
    pub pause_toutes: usize,
    /// Length of a break.
    pub duree_pause: Duration,
    /// Seed of the order, stored for audit.
    pub graine: u64,
}

impl ParametresPlanning {
    /// The spec's format: 3 + 5 minutes, no buffer, no break.
    pub fn standard(debut: NaiveDateTime, graine: u64) -> Self {
        ParametresPlanning {
            debut,
            pitch: Duration::minutes(3),
            questions: Duration::minutes(5),
            battement: Duration::zero(),
            pause_toutes: 0,
            duree_pause: Duration::zero(),
            graine,
        }
    }
}

/// One audition slot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Creneau {
    /// Place in the order, from 1.
    pub ordre: usize,
    /// Candidate.
    pub candidature: CandidatureId,
    /// Start of the pitch.
    pub debut: NaiveDateTime,
    /// End of the pitch, start of the questions.
    pub fin_pitch: NaiveDateTime,
    /// End of the questions.
    pub fin: NaiveDateTime,
}

/// A break.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pause {
    /// Start.
    pub debut: NaiveDateTime,
    /// End.
    pub fin: NaiveDateTime,
}

/// The plan of an audition session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planning {
    /// Seed that produced the order.
    pub graine: u64,
    /// Slots in order.
    pub creneaux: Vec<Creneau>,
    /// Breaks.
    pub pauses: Vec<Pause>,
}

/// Why a plan cannot be made.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PlanningError {
    /// No candidate.
    #[error("aucune candidature à auditionner")]
    AucuneCandidature,
    /// A candidate appears twice.
    #[error("la candidature {0} figure deux fois dans la liste des auditions")]
    Doublon(CandidatureId),
    /// A duration is zero or negative.
    #[error("les durées de pitch et de questions doivent être positives")]
    DureeInvalide,
}

impl Planning {
    /// Plans the auditions of `candidatures`. The order depends only on the seed and on the set of candidates
    /// (the input is sorted before the shuffle), so the same seed always gives the same plan.
    pub fn build(
        candidatures: &[CandidatureId],
        parametres: &ParametresPlanning,
    ) -> Result<Self, PlanningError> {
        if candidatures.is_empty() {
            return Err(PlanningError::AucuneCandidature);
        }
        if parametres.pitch <= Duration::zero()
            || parametres.questions <= Duration::zero()
            || parametres.battement < Duration::zero()
        {
            return Err(PlanningError::DureeInvalide);
        }
        let mut order = candidatures.to_vec();
        order.sort();
        if let Some(pair) = order.windows(2).find(|pair| pair[0] == pair[1]) {
            return Err(PlanningError::Doublon(pair[0]));
        }
        Tirage::new(parametres.graine).shuffle(&mut order);
        let mut creneaux = Vec::with_capacity(order.len());
        let mut pauses = Vec::new();
        let mut clock = parametres.debut;
        for (index, candidature) in order.into_iter().enumerate() {
            if index > 0 && parametres.pause_toutes > 0 && index % parametres.pause_toutes == 0 {
                pauses.push(Pause {
                    debut: clock,
                    fin: clock + parametres.duree_pause,
                });
                clock += parametres.duree_pause;
            }
            let fin_pitch = clock + parametres.pitch;
            let fin = fin_pitch + parametres.questions;
            creneaux.push(Creneau {
                ordre: index + 1,
                candidature,
                debut: clock,
                fin_pitch,
                fin,
            });
            clock = fin + parametres.battement;
        }
        Ok(Planning {
            graine: parametres.graine,
            creneaux,
            pauses,
        })
    }

    /// End of the last audition.
    pub fn fin(&self) -> Option<NaiveDateTime> {
        self.creneaux.last().map(|slot| slot.fin)
    }

    /// The slot of a candidate.
    pub fn creneau(&self, candidature: CandidatureId) -> Option<&Creneau> {
        self.creneaux
            .iter()
            .find(|slot| slot.candidature == candidature)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start() -> NaiveDateTime {
        NaiveDateTime::parse_from_str("2018-01-11 14:00", "%Y-%m-%d %H:%M").expect("date-time")
    }

    fn twelve() -> Vec<CandidatureId> {
        (1..=12).map(CandidatureId).collect()
    }

    #[test]
    fn twelve_auditions_take_96_minutes() {
        let plan =
            Planning::build(&twelve(), &ParametresPlanning::standard(start(), 7)).expect("plan");
        assert_eq!(plan.fin(), Some(start() + Duration::minutes(96)));
        assert_eq!(
            plan.creneaux[0].fin_pitch - plan.creneaux[0].debut,
            Duration::minutes(3)
        );
        assert!(plan.pauses.is_empty());
    }

    #[test]
    fn the_order_depends_only_on_the_seed() {
        let parametres = ParametresPlanning::standard(start(), 2017);
        let mut reversed = twelve();
        reversed.reverse();
        let a = Planning::build(&twelve(), &parametres).expect("plan");
        let b = Planning::build(&reversed, &parametres).expect("plan");
        assert_eq!(a, b);
        let c =
            Planning::build(&twelve(), &ParametresPlanning::standard(start(), 2018)).expect("plan");
        assert_ne!(a.creneaux, c.creneaux);
    }

    #[test]
    fn breaks_and_buffers_shift_the_following_slots() {
        let parametres = ParametresPlanning {
            battement: Duration::minutes(2),
            pause_toutes: 4,
            duree_pause: Duration::minutes(15),
            ..ParametresPlanning::standard(start(), 1)
        };
        let plan = Planning::build(&twelve(), &parametres).expect("plan");
        assert_eq!(plan.pauses.len(), 2);
        // 12 × 8 min + 12 × 2 min of buffer (the last one included in the clock, not in the end) + 2 × 15 min.
        assert_eq!(
            plan.fin(),
            Some(start() + Duration::minutes(12 * 8 + 11 * 2 + 30))
        );
        assert_eq!(plan.creneaux[4].debut, plan.pauses[0].fin);
    }

    #[test]
    fn duplicates_and_empty_lists_are_refused() {
        let parametres = ParametresPlanning::standard(start(), 1);
        assert_eq!(
            Planning::build(&[], &parametres),
            Err(PlanningError::AucuneCandidature)
        );
        assert_eq!(
            Planning::build(&[CandidatureId(1), CandidatureId(1)], &parametres),
            Err(PlanningError::Doublon(CandidatureId(1)))
        );
    }
}
