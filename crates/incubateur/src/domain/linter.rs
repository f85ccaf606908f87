//! Data-quality linter over the startups (spec §5 "linter oracles").
//!
//! Overlapping phases, latest-start ties, future-dated phases, never started, plus the softer warnings (same-day
//! phases, `stats` with an empty link, non-nominal consecutive phases, committee gaps over six months, unresolved
//! sponsors).
//!
//! The linter warns; it never rejects. History is imported as it is (spec §3.2).

use std::collections::{BTreeMap, HashSet};

use chrono::NaiveDate;

use super::dates::add_months;
use super::evenement::EvenementCode;
use super::ids::{OrganisationId, StartupId};
use super::phase::PhaseCode;
use super::regles_phase::current_phase;
use super::startup::Startup;

/// A latest-start tie and how the site's rule resolves it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EgaliteDernierDebut {
    /// The startup.
    pub startup: StartupId,
    /// The phases sharing the greatest start, in list order.
    pub tied: Vec<PhaseCode>,
    /// The phase the site's rule keeps (the first listed).
    pub resolved: PhaseCode,
}

/// The linter's findings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RapportQualite {
    /// Startups with an explicit `end` after the next listed `start`.
    pub overlapping: Vec<StartupId>,
    /// Startups whose greatest start is shared by several phases.
    pub latest_start_ties: Vec<EgaliteDernierDebut>,
    /// Startups with at least one phase starting after the clock.
    pub future_dated: Vec<StartupId>,
    /// Startups with no phase started at the clock.
    pub never_started: Vec<StartupId>,
    /// Startups with two phases starting the same day.
    pub same_day_phases: Vec<StartupId>,
    /// Startups with `stats: true`, an empty link and no `stats_url` (the site publishes a bare `/stats`).
    pub stats_without_link: Vec<StartupId>,
    /// Startups whose list is not in non-decreasing `start` order.
    pub unordered_starts: Vec<StartupId>,
    /// Consecutive listed phases (with a strictly later start) outside the nominal moves, with their count.
    pub non_nominal_moves: BTreeMap<(PhaseCode, PhaseCode), usize>,
    /// Number of gaps between consecutive committees of a startup.
    pub committee_gaps: usize,
    /// Gaps longer than six calendar months.
    pub committee_gaps_over_six_months: usize,
    /// Sponsors naming no known organisation (only when organisations were given).
    pub unresolved_sponsors: Vec<(StartupId, OrganisationId)>,
}

/// Runs every check at the civil date `clock`. `organisations`, when given, is used to resolve sponsors.
pub fn lint(
    startups: &[Startup],
    clock: NaiveDate,
    organisations: Option<&HashSet<OrganisationId>>,
) -> RapportQualite {
    let mut report = RapportQualite::default();
    for startup in startups {
        lint_one(startup, clock, organisations, &mut report);
    }
    report
}

fn lint_one(
    startup: &Startup,
    clock: NaiveDate,
    organisations: Option<&HashSet<OrganisationId>>,
    report: &mut RapportQualite,
) {
    let phases = &startup.phases;
    let id = &startup.id;
    if phases
        .windows(2)
        .any(|pair| pair[0].end.is_some_and(|end| end > pair[1].start))
    {
        report.overlapping.push(id.clone());
    }
    if let Some(latest) = current_phase(phases) {
        let tied: Vec<PhaseCode> = phases
            .iter()
            .filter(|phase| phase.start == latest.start)
            .map(|phase| phase.name)
            .collect();
        if tied.len() > 1 {
            report.latest_start_ties.push(EgaliteDernierDebut {
                startup: id.clone(),
                tied,
                resolved: latest.name,
            });
        }
    }
    if phases.iter().any(|phase| phase.start > clock) {
        report.future_dated.push(id.clone());
    }
    if phases.iter().all(|phase| phase.start > clock) {
        report.never_started.push(id.clone());
    }
    let mut starts: Vec<NaiveDate> = phases.iter().map(|phase| phase.start).collect();
    if phases.windows(2).any(|pair| pair[0].start > pair[1].start) {
        report.unordered_starts.push(id.clone());
    }
    starts.sort();
    if starts.windows(2).any(|pair| pair[0] == pair[1]) {
        report.same_day_phases.push(id.clone());
    }
    for pair in phases.windows(2) {
        if pair[0].start < pair[1].start
            && pair[0].name != pair[1].name
            && !pair[0].name.allows_move_to(pair[1].name)
        {
            *report
                .non_nominal_moves
                .entry((pair[0].name, pair[1].name))
                .or_insert(0) += 1;
        }
    }
    let link_empty = startup
        .link
        .as_deref()
        .is_none_or(|link| link.trim().is_empty());
    let no_stats_url = startup
        .impact
        .stats_url
        .as_deref()
        .is_none_or(str::is_empty);
    if startup.impact.stats == Some(true) && link_empty && no_stats_url {
        report.stats_without_link.push(id.clone());
    }
    let mut committees: Vec<NaiveDate> = startup
        .events()
        .iter()
        .filter(|event| event.name == EvenementCode::Committee)
        .map(|event| event.date)
        .collect();
    committees.sort();
    for pair in committees.windows(2) {
        report.committee_gaps += 1;
        if pair[1] > add_months(pair[0], 6) {
            report.committee_gaps_over_six_months += 1;
        }
    }
    if let Some(known) = organisations {
        for sponsor in startup.sponsors() {
            if !known.contains(&sponsor.id) {
                report
                    .unresolved_sponsors
                    .push((id.clone(), sponsor.id.clone()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::evenement::Evenement;
    use crate::domain::ids::IncubateurId;
    use crate::domain::phase::Phase;
    use crate::domain::startup::SponsorRef;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("valid date")
    }

    fn startup(id: &str, phases: Vec<Phase>) -> Startup {
        Startup::new(
            StartupId::parse(id).expect("id"),
            id.into(),
            "mission".into(),
            IncubateurId::parse("mtes").expect("id"),
            phases,
        )
    }

    #[test]
    fn each_check_fires_on_its_case_only() {
        let clock = date("2026-08-20");
        let mut overlapping_first = Phase::new(PhaseCode::Investigation, date("2020-01-01"));
        overlapping_first.end = Some(date("2020-06-01"));
        let startups = vec![
            startup(
                "ok",
                vec![Phase::new(PhaseCode::Investigation, date("2020-01-01"))],
            ),
            startup(
                "overlap",
                vec![
                    overlapping_first,
                    Phase::new(PhaseCode::Construction, date("2020-05-01")),
                ],
            ),
            startup(
                "tie",
                vec![
                    Phase::new(PhaseCode::Investigation, date("2020-01-01")),
                    Phase::new(PhaseCode::Construction, date("2020-01-01")),
                ],
            ),
            startup(
                "future",
                vec![Phase::new(PhaseCode::Investigation, date("2027-01-01"))],
            ),
        ];
        let report = lint(&startups, clock, None);
        assert_eq!(
            report.overlapping,
            vec![StartupId::parse("overlap").expect("id")]
        );
        assert_eq!(report.latest_start_ties.len(), 1);
        assert_eq!(
            report.latest_start_ties[0].resolved,
            PhaseCode::Investigation
        );
        assert_eq!(
            report.latest_start_ties[0].tied,
            vec![PhaseCode::Investigation, PhaseCode::Construction]
        );
        assert_eq!(
            report.future_dated,
            vec![StartupId::parse("future").expect("id")]
        );
        assert_eq!(
            report.never_started,
            vec![StartupId::parse("future").expect("id")]
        );
        assert_eq!(report.same_day_phases.len(), 1);
        assert!(report.non_nominal_moves.is_empty());
    }

    #[test]
    fn non_nominal_moves_committee_gaps_stats_and_sponsors_are_reported() {
        let mut s = startup(
            "s",
            vec![
                Phase::new(PhaseCode::AbandonInvestigation, date("2019-01-01")),
                Phase::new(PhaseCode::Investigation, date("2020-01-01")),
            ],
        );
        s.events = Some(vec![
            Evenement::new(EvenementCode::Committee, date("2020-01-31")),
            Evenement::new(EvenementCode::Committee, date("2020-07-31")),
            Evenement::new(EvenementCode::Committee, date("2021-02-01")),
        ]);
        s.impact.stats = Some(true);
        s.link = Some(String::new());
        s.sponsors = Some(vec![SponsorRef::parse("/organisations/dgpr").expect("ref")]);
        let known: HashSet<OrganisationId> = [OrganisationId::parse("dgaln").expect("id")]
            .into_iter()
            .collect();
        let report = lint(&[s], date("2026-08-20"), Some(&known));
        assert_eq!(
            report
                .non_nominal_moves
                .get(&(PhaseCode::AbandonInvestigation, PhaseCode::Investigation)),
            Some(&1)
        );
        assert_eq!(
            (report.committee_gaps, report.committee_gaps_over_six_months),
            (2, 1)
        );
        assert_eq!(report.stats_without_link.len(), 1);
        assert_eq!(report.unresolved_sponsors.len(), 1);
    }
}
