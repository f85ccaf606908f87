//! Pre-jury in "marks" mode.
//!
//! Each pre-juror marks the submissions to audition; submissions are ranked by number of marks, descending, and ties
//! are broken by an explicit, configured list of rules. The rule that separated each pair of neighbours is stored, so
//! that the ranking can be explained.

use std::collections::{BTreeMap, BTreeSet};

use super::JureId;
use crate::domain::candidature::CandidatureId;
use crate::domain::hasard::Tirage;

/// A tie-break rule, applied in the configured order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegleDepartage {
    /// The president's recorded choice: this order of preference (submissions not listed come after).
    ChoixPresident(Vec<CandidatureId>),
    /// A seeded draw (the seed is stored with the call).
    Tirage {
        /// Seed.
        graine: u64,
    },
}

/// How a submission's place was decided relative to the one above it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Departage {
    /// More marks than the one above (or first).
    ParMarques,
    /// Same number of marks; the president's choice decided.
    ChoixPresident,
    /// Same number of marks; the seeded draw decided.
    Tirage {
        /// Seed used.
        graine: u64,
    },
    /// Same number of marks and no rule could separate them (a tie remains).
    Egalite,
}

/// One line of the ranking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LigneClassementMarques {
    /// Submission.
    pub candidature: CandidatureId,
    /// Number of distinct pre-jurors who marked it.
    pub marques: usize,
    /// Place, 1 = first; equal places only when a tie remains.
    pub rang: usize,
    /// What decided the place relative to the previous line.
    pub departage: Departage,
}

/// Ranks `candidatures` by the number of distinct pre-jurors who marked them (`marques` as pairs), breaking ties
/// with `regles` in order. Marks on unknown submissions are ignored.
pub fn classer_par_marques(
    candidatures: &[CandidatureId],
    marques: &[(JureId, CandidatureId)],
    regles: &[RegleDepartage],
) -> Vec<LigneClassementMarques> {
    let mut markers: BTreeMap<CandidatureId, BTreeSet<JureId>> = candidatures
        .iter()
        .map(|id| (*id, BTreeSet::new()))
        .collect();
    for (jure, candidature) in marques {
        if let Some(set) = markers.get_mut(candidature) {
            set.insert(*jure);
        }
    }
    // Each rule gives every submission a key; lower keys rank first.
    let keys: Vec<BTreeMap<CandidatureId, u64>> = regles
        .iter()
        .map(|regle| match regle {
            RegleDepartage::ChoixPresident(order) => candidatures
                .iter()
                .map(|id| {
                    (
                        *id,
                        order
                            .iter()
                            .position(|c| c == id)
                            .map_or(u64::MAX, |p| p as u64),
                    )
                })
                .collect(),
            RegleDepartage::Tirage { graine } => {
                let mut shuffled = candidatures.to_vec();
                shuffled.sort();
                Tirage::new(*graine).shuffle(&mut shuffled);
                shuffled
                    .iter()
                    .enumerate()
                    .map(|(position, id)| (*id, position as u64))
                    .collect()
            }
        })
        .collect();
    let count = |id: &CandidatureId| markers.get(id).map_or(0, BTreeSet::len);
    let mut order: Vec<CandidatureId> = candidatures.to_vec();
    order.sort_by(|a, b| {
        count(b).cmp(&count(a)).then_with(|| {
            keys.iter()
                .map(|key| key.get(a).cmp(&key.get(b)))
                .find(|o| o.is_ne())
                .unwrap_or(std::cmp::Ordering::Equal)
        })
    });
    let mut lines: Vec<LigneClassementMarques> = Vec::with_capacity(order.len());
    for (index, id) in order.iter().enumerate() {
        let (departage, rang) = match lines.last() {
            None => (Departage::ParMarques, 1),
            Some(previous) if previous.marques != count(id) => (Departage::ParMarques, index + 1),
            Some(previous) => {
                let deciding = regles
                    .iter()
                    .zip(&keys)
                    .find(|(_, key)| key.get(&previous.candidature) != key.get(id));
                match deciding {
                    Some((RegleDepartage::ChoixPresident(_), _)) => {
                        (Departage::ChoixPresident, index + 1)
                    }
                    Some((RegleDepartage::Tirage { graine }, _)) => {
                        (Departage::Tirage { graine: *graine }, index + 1)
                    }
                    None => (Departage::Egalite, previous.rang),
                }
            }
        };
        lines.push(LigneClassementMarques {
            candidature: *id,
            marques: count(id),
            rang,
            departage,
        });
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(values: &[u64]) -> Vec<CandidatureId> {
        values.iter().map(|v| CandidatureId(*v)).collect()
    }

    #[test]
    fn marks_rank_first_and_duplicates_count_once() {
        let candidatures = ids(&[1, 2, 3]);
        let marks = [
            (JureId(1), CandidatureId(2)),
            (JureId(1), CandidatureId(2)),
            (JureId(2), CandidatureId(2)),
            (JureId(1), CandidatureId(3)),
        ];
        let lines = classer_par_marques(&candidatures, &marks, &[]);
        let order: Vec<(u64, usize, usize)> = lines
            .iter()
            .map(|l| (l.candidature.0, l.marques, l.rang))
            .collect();
        assert_eq!(order, [(2, 2, 1), (3, 1, 2), (1, 0, 3)]);
    }

    #[test]
    fn ties_follow_the_configured_rules_and_record_which_applied() {
        let candidatures = ids(&[1, 2, 3, 4]);
        let marks = [
            (JureId(1), CandidatureId(1)),
            (JureId(1), CandidatureId(2)),
            (JureId(1), CandidatureId(3)),
        ];
        let rules = [
            RegleDepartage::ChoixPresident(ids(&[3])),
            RegleDepartage::Tirage { graine: 2017 },
        ];
        let lines = classer_par_marques(&candidatures, &marks, &rules);
        assert_eq!(lines[0].candidature, CandidatureId(3));
        assert_eq!(lines[1].departage, Departage::ChoixPresident);
        assert_eq!(lines[2].departage, Departage::Tirage { graine: 2017 });
        assert_eq!(lines[3].departage, Departage::ParMarques);
        assert_eq!(
            lines.iter().map(|l| l.rang).collect::<Vec<_>>(),
            [1, 2, 3, 4]
        );
        // The draw is reproducible.
        assert_eq!(classer_par_marques(&candidatures, &marks, &rules), lines);
    }

    #[test]
    fn without_rules_a_tie_shares_the_rank() {
        let lines = classer_par_marques(&ids(&[1, 2]), &[], &[]);
        assert_eq!(lines[1].departage, Departage::Egalite);
        assert_eq!((lines[0].rang, lines[1].rang), (1, 1));
    }
}
