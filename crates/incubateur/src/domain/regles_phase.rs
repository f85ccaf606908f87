//! Phase rules (spec §3.2): the current phase by the site's rule, the phase as of a date, effective ends,
//! durations, "ever reached", starts per year and statistics by incubator × phase.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use super::ids::IncubateurId;
use super::phase::{Phase, PhaseCode};
use super::startup::Startup;

/// The current phase by the site's rule (`lib/models/startup.rb#latest_phase`): the phase with the greatest
/// `start`; on a tie the **first listed** wins, and future-dated phases count.
///
/// The first-listed tie-break matters: a last-listed rule gives other counts on 4 real startups.
pub fn current_phase(phases: &[Phase]) -> Option<&Phase> {
    // `max_by_key` keeps the last maximum, so the fold keeps the first one explicitly.
    phases
        .iter()
        .fold(None, |best: Option<&Phase>, phase| match best {
            Some(best) if best.start >= phase.start => Some(best),
            _ => Some(phase),
        })
}

/// The phase as of `date`: the same rule over the phases with `start <= date`; `None` when none has started.
pub fn phase_as_of(phases: &[Phase], date: NaiveDate) -> Option<&Phase> {
    phases
        .iter()
        .filter(|phase| phase.start <= date)
        .fold(None, |best: Option<&Phase>, phase| match best {
            Some(best) if best.start >= phase.start => Some(best),
            _ => Some(phase),
        })
}

/// The effective end of the phase at `index`: its explicit `end`, else the next strictly later `start` in the
/// list, else `None` (still running).
pub fn effective_end(phases: &[Phase], index: usize) -> Option<NaiveDate> {
    let phase = phases.get(index)?;
    phase.end.or_else(|| {
        phases[index + 1..]
            .iter()
            .map(|next| next.start)
            .find(|start| *start > phase.start)
    })
}

/// Duration in days of the phase at `index`, running to the next strictly later start (spec §3.2 "durations");
/// `None` when no later start exists.
pub fn duration_days(phases: &[Phase], index: usize) -> Option<i64> {
    let phase = phases.get(index)?;
    let next = phases[index + 1..]
        .iter()
        .map(|next| next.start)
        .find(|start| *start > phase.start)?;
    Some((next - phase.start).num_days())
}

impl Startup {
    /// The current phase by the site's rule (see [`current_phase`]).
    pub fn current_phase(&self) -> Option<PhaseCode> {
        current_phase(&self.phases).map(|phase| phase.name)
    }

    /// The phase as of `date` (see [`phase_as_of`]).
    pub fn phase_as_of(&self, date: NaiveDate) -> Option<PhaseCode> {
        phase_as_of(&self.phases, date).map(|phase| phase.name)
    }

    /// Whether the current phase is an active one.
    pub fn is_active(&self) -> bool {
        self.current_phase().is_some_and(PhaseCode::is_active)
    }
}

/// Number of startups by current phase (site rule).
pub fn count_by_current_phase(startups: &[Startup]) -> BTreeMap<PhaseCode, usize> {
    let mut counts = BTreeMap::new();
    for phase in startups.iter().filter_map(Startup::current_phase) {
        *counts.entry(phase).or_insert(0) += 1;
    }
    counts
}

/// Number of startups that list each phase at least once ("ever reached").
pub fn count_ever_reached(startups: &[Startup]) -> BTreeMap<PhaseCode, usize> {
    let mut counts = BTreeMap::new();
    for startup in startups {
        let mut seen: Vec<PhaseCode> = startup.phases.iter().map(|phase| phase.name).collect();
        seen.sort();
        seen.dedup();
        for phase in seen {
            *counts.entry(phase).or_insert(0) += 1;
        }
    }
    counts
}

/// Number of phase entries by (year of `start`, phase). `construction` starts per year is the "produits lancés"
/// indicator.
pub fn phase_starts_by_year(startups: &[Startup]) -> BTreeMap<(i32, PhaseCode), usize> {
    let mut counts = BTreeMap::new();
    for phase in startups.iter().flat_map(|startup| &startup.phases) {
        *counts.entry((phase.start.year(), phase.name)).or_insert(0) += 1;
    }
    counts
}

/// One cell of the statistics by incubator × phase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatistiquePhase {
    /// The incubator (the startup's `incubator` field).
    pub incubateur: IncubateurId,
    /// The phase; `None` when no phase has started at the date asked.
    pub phase: Option<PhaseCode>,
    /// Number of startups.
    pub nombre: usize,
}

/// Startups counted by `incubator` × phase: by the site's rule when `date` is `None`, else as of `date`.
/// Cells are sorted by incubator id, then phase code (`None` first); empty cells are not listed.
pub fn statistiques_phases(startups: &[Startup], date: Option<NaiveDate>) -> Vec<StatistiquePhase> {
    // Keyed by the phase code so that cells sort alphabetically, as the oracle files and the API list them.
    let mut counts: BTreeMap<(&IncubateurId, Option<&'static str>), usize> = BTreeMap::new();
    let mut phases_by_code: BTreeMap<&'static str, PhaseCode> = BTreeMap::new();
    for startup in startups {
        let phase = match date {
            None => startup.current_phase(),
            Some(date) => startup.phase_as_of(date),
        };
        if let Some(phase) = phase {
            phases_by_code.insert(phase.code(), phase);
        }
        *counts
            .entry((&startup.incubator, phase.map(PhaseCode::code)))
            .or_insert(0) += 1;
    }
    counts
        .into_iter()
        .map(|((incubateur, code), nombre)| StatistiquePhase {
            incubateur: incubateur.clone(),
            phase: code.and_then(|code| phases_by_code.get(code).copied()),
            nombre,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::StartupId;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("valid date")
    }

    fn phase(name: PhaseCode, start: &str) -> Phase {
        Phase::new(name, date(start))
    }

    fn startup(id: &str, incubator: &str, phases: Vec<Phase>) -> Startup {
        Startup::new(
            StartupId::parse(id).expect("id"),
            id.into(),
            "mission".into(),
            IncubateurId::parse(incubator).expect("id"),
            phases,
        )
    }

    #[test]
    fn current_phase_takes_the_latest_start_and_the_first_listed_on_ties() {
        // Same-day pair listed construction first, as in the real `aeris` file.
        let phases = vec![
            phase(PhaseCode::Construction, "2018-01-01"),
            phase(PhaseCode::Investigation, "2018-01-01"),
        ];
        assert_eq!(
            current_phase(&phases).map(|p| p.name),
            Some(PhaseCode::Construction)
        );
        let phases = vec![
            phase(PhaseCode::Investigation, "2018-01-01"),
            phase(PhaseCode::Abandon, "2018-12-31"),
        ];
        assert_eq!(
            current_phase(&phases).map(|p| p.name),
            Some(PhaseCode::Abandon)
        );
        assert_eq!(current_phase(&[]), None);
    }

    #[test]
    fn current_phase_counts_future_dates_but_as_of_does_not() {
        let phases = vec![
            phase(PhaseCode::Construction, "2025-01-01"),
            phase(PhaseCode::Acceleration, "2027-01-01"),
        ];
        assert_eq!(
            current_phase(&phases).map(|p| p.name),
            Some(PhaseCode::Acceleration)
        );
        assert_eq!(
            phase_as_of(&phases, date("2026-08-20")).map(|p| p.name),
            Some(PhaseCode::Construction)
        );
        assert_eq!(phase_as_of(&phases, date("2024-12-31")), None);
        assert_eq!(
            phase_as_of(&phases, date("2025-01-01")).map(|p| p.name),
            Some(PhaseCode::Construction)
        );
    }

    #[test]
    fn current_phase_does_not_depend_on_list_order_except_for_ties() {
        let phases = vec![
            phase(PhaseCode::Acceleration, "2020-01-01"),
            phase(PhaseCode::Investigation, "2018-01-01"),
        ];
        assert_eq!(
            current_phase(&phases).map(|p| p.name),
            Some(PhaseCode::Acceleration)
        );
    }

    #[test]
    fn effective_end_uses_explicit_end_then_next_strictly_later_start() {
        let mut first = phase(PhaseCode::Investigation, "2018-01-01");
        let phases = vec![
            first.clone(),
            phase(PhaseCode::Construction, "2018-01-01"),
            phase(PhaseCode::Acceleration, "2019-03-01"),
        ];
        assert_eq!(effective_end(&phases, 0), Some(date("2019-03-01")));
        assert_eq!(duration_days(&phases, 0), Some(424));
        assert_eq!(effective_end(&phases, 2), None);
        first.end = Some(date("2018-06-30"));
        let phases = vec![first, phase(PhaseCode::Construction, "2018-07-01")];
        assert_eq!(effective_end(&phases, 0), Some(date("2018-06-30")));
        assert_eq!(effective_end(&phases, 5), None);
    }

    #[test]
    fn statistics_count_by_incubator_and_phase_with_none_for_unstarted() {
        let startups = vec![
            startup(
                "a",
                "mtes",
                vec![phase(PhaseCode::Investigation, "2018-01-01")],
            ),
            startup(
                "b",
                "mtes",
                vec![phase(PhaseCode::Investigation, "2019-01-01")],
            ),
            startup(
                "c",
                "dinum",
                vec![phase(PhaseCode::Construction, "2027-01-01")],
            ),
        ];
        let current = statistiques_phases(&startups, None);
        assert_eq!(current.len(), 2);
        assert_eq!(current[0].incubateur.as_str(), "dinum");
        assert_eq!(current[1].nombre, 2);
        let as_of = statistiques_phases(&startups, Some(date("2026-08-20")));
        assert_eq!(as_of[0].phase, None);
        assert_eq!(as_of[0].nombre, 1);
        let years = phase_starts_by_year(&startups);
        assert_eq!(years.get(&(2027, PhaseCode::Construction)), Some(&1));
        assert_eq!(
            count_ever_reached(&startups).get(&PhaseCode::Investigation),
            Some(&2)
        );
        assert_eq!(
            count_by_current_phase(&startups).get(&PhaseCode::Construction),
            Some(&1)
        );
        assert!(startups[0].is_active());
    }
}
