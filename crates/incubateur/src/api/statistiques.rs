//! `GET /api/v1/incubateur/statistiques/phases[?date=YYYY-MM-DD]` → `[{incubateur, phase, nombre}]`.
//!
//! Without `date`, the phase is the current one by the site's rule; with `date`, the phase as of that date, and
//! `phase` is `null` for startups with no phase started yet.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::regles_phase::{StatistiquePhase, statistiques_phases};
use crate::domain::startup::Startup;

/// One row of the answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[schema(as = incubateur::LignePhaseDto)]
pub struct LignePhaseDto {
    /// Incubator id (the startup's `incubator` field).
    pub incubateur: String,
    /// Phase code, or `null` when no phase has started at the date asked.
    pub phase: Option<String>,
    /// Number of startups.
    pub nombre: usize,
}

impl From<&StatistiquePhase> for LignePhaseDto {
    fn from(cell: &StatistiquePhase) -> Self {
        LignePhaseDto {
            incubateur: cell.incubateur.to_string(),
            phase: cell.phase.map(|phase| phase.code().to_owned()),
            nombre: cell.nombre,
        }
    }
}

/// The whole answer for `startups`, by the site's rule (`date` = `None`) or as of `date`.
pub fn phase_statistics(startups: &[Startup], date: Option<NaiveDate>) -> Vec<LignePhaseDto> {
    statistiques_phases(startups, date)
        .iter()
        .map(LignePhaseDto::from)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::{IncubateurId, StartupId};
    use crate::domain::phase::{Phase, PhaseCode};

    #[test]
    fn rows_serialise_with_null_phase_for_unstarted_startups() {
        let start = NaiveDate::from_ymd_opt(2027, 1, 1).expect("date");
        let startups = vec![Startup::new(
            StartupId::parse("api-telerecours").expect("id"),
            "T".into(),
            "M".into(),
            IncubateurId::parse("dinum").expect("id"),
            vec![Phase::new(PhaseCode::Investigation, start)],
        )];
        let as_of = phase_statistics(&startups, NaiveDate::from_ymd_opt(2026, 8, 20));
        let json = serde_json::to_string(&as_of).expect("serialisable");
        assert_eq!(json, r#"[{"incubateur":"dinum","phase":null,"nombre":1}]"#);
        let current = phase_statistics(&startups, None);
        assert_eq!(current[0].phase.as_deref(), Some("investigation"));
    }
}
