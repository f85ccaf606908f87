//! Deadline rules (§3.5): open, expired, approaching. "Today" is the Europe/Paris civil date,
//! computed once per request by the caller and passed down, so that one request never sees two
//! different days.

use chrono::{DateTime, NaiveDate, Utc};

use crate::referentiels::{JOURS_ECHEANCE_PROCHE, Recurrence};

/// Deadline status of an aid on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EtatEcheance {
    /// `ongoing`: open whatever its deadline says.
    Permanente,
    /// No deadline: open.
    SansEcheance,
    /// Open, deadline more than 30 days away.
    Ouverte {
        /// Days until the deadline.
        jours_restants: i64,
    },
    /// Open, deadline within 30 days (both ends included; today counts).
    Proche {
        /// Days until the deadline (0 = closes today).
        jours_restants: i64,
    },
    /// Deadline passed.
    Expiree {
        /// Days since the deadline.
        depuis_jours: i64,
    },
}

impl EtatEcheance {
    /// *open*: deadline today or later, no deadline, or `ongoing`.
    pub fn est_ouverte(self) -> bool {
        !matches!(self, EtatEcheance::Expiree { .. })
    }

    /// *approaching*: today ≤ deadline ≤ today + 30 days, not `ongoing`.
    pub fn est_proche(self) -> bool {
        matches!(self, EtatEcheance::Proche { .. })
    }

    /// A French sentence for "why this aid".
    pub fn libelle(self) -> String {
        match self {
            EtatEcheance::Permanente => "Aide permanente".to_owned(),
            EtatEcheance::SansEcheance => "Pas de date de clôture".to_owned(),
            EtatEcheance::Ouverte { jours_restants } => {
                format!("Ouverte, clôture dans {jours_restants} jours")
            }
            EtatEcheance::Proche { jours_restants: 0 } => "Clôture aujourd'hui".to_owned(),
            EtatEcheance::Proche { jours_restants: 1 } => "Clôture demain".to_owned(),
            EtatEcheance::Proche { jours_restants } => {
                format!("Clôture proche, dans {jours_restants} jours")
            }
            EtatEcheance::Expiree { depuis_jours } => {
                format!("Clôturée depuis {depuis_jours} jours")
            }
        }
    }
}

/// The deadline status of an aid with deadline `echeance` and `recurrence`, on `aujourdhui`.
pub fn etat_echeance(
    echeance: Option<NaiveDate>,
    recurrence: Option<Recurrence>,
    aujourdhui: NaiveDate,
) -> EtatEcheance {
    if recurrence == Some(Recurrence::Ongoing) {
        return EtatEcheance::Permanente;
    }
    let Some(echeance) = echeance else {
        return EtatEcheance::SansEcheance;
    };
    let jours = (echeance - aujourdhui).num_days();
    if jours < 0 {
        EtatEcheance::Expiree {
            depuis_jours: -jours,
        }
    } else if jours <= JOURS_ECHEANCE_PROCHE {
        EtatEcheance::Proche {
            jours_restants: jours,
        }
    } else {
        EtatEcheance::Ouverte {
            jours_restants: jours,
        }
    }
}

/// The Europe/Paris civil date of `instant`.
pub fn aujourdhui_a_paris(instant: DateTime<Utc>) -> NaiveDate {
    instant
        .with_timezone(&chrono_tz::Europe::Paris)
        .date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn jour(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn deadline_today_is_open_and_approaching() {
        let today = jour(2026, 3, 1);
        let etat = etat_echeance(Some(today), Some(Recurrence::Oneoff), today);
        assert!(etat.est_ouverte() && etat.est_proche());
    }

    #[test]
    fn deadline_yesterday_is_expired() {
        let today = jour(2026, 3, 1);
        let etat = etat_echeance(Some(jour(2026, 2, 28)), None, today);
        assert_eq!(etat, EtatEcheance::Expiree { depuis_jours: 1 });
    }

    #[test]
    fn ongoing_overrides_any_deadline() {
        let today = jour(2026, 3, 1);
        let etat = etat_echeance(Some(jour(2020, 1, 1)), Some(Recurrence::Ongoing), today);
        assert!(etat.est_ouverte() && !etat.est_proche());
    }

    #[test]
    fn thirty_days_is_approaching_and_thirty_one_is_not() {
        let today = jour(2026, 3, 1);
        assert!(etat_echeance(Some(jour(2026, 3, 31)), None, today).est_proche());
        assert!(!etat_echeance(Some(jour(2026, 4, 1)), None, today).est_proche());
    }

    #[test]
    fn paris_midnight_is_already_tomorrow_in_utc_terms() {
        // 23:30 UTC on 31 May is 01:30 on 1 June in Paris (summer time).
        let instant = DateTime::<Utc>::from_timestamp(1_780_270_200, 0).unwrap_or_default();
        assert_eq!(instant.date_naive(), jour(2026, 5, 31));
        assert_eq!(aujourdhui_a_paris(instant), jour(2026, 6, 1));
    }

    proptest! {
        #[test]
        fn open_and_expired_partition_the_days(offset in -400i64..400) {
            let today = jour(2026, 3, 1);
            let echeance = today + chrono::Duration::days(offset);
            let etat = etat_echeance(Some(echeance), Some(Recurrence::Oneoff), today);
            prop_assert_eq!(etat.est_ouverte(), offset >= 0);
            prop_assert_eq!(etat.est_proche(), (0..=JOURS_ECHEANCE_PROCHE).contains(&offset));
        }
    }
}
