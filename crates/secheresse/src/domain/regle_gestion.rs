//! The departmental rule of gestion (`superpositionCommune`).
//!
//! It tells how levels combine when a commune spans several zones (spec §3.2). It is dated, so the rule that applies is the one in force on the day asked.

use chrono::NaiveDate;

use crate::domain::nomenclature::{TypeZone, ValeurInconnue};

/// The six values of VigiEau's `superpositionCommune`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RegleGestion {
    /// `no`: no commune spans several zones.
    No,
    /// `no_all`: per zone for ESU, ESO and AEP.
    NoAll,
    /// `yes_only_aep`: AEP takes its maximum per commune; ESU and ESO stay per zone.
    YesOnlyAep,
    /// `yes_distinct`: each type takes its maximum per commune.
    YesDistinct,
    /// `yes_except_aep`: one level, the worst of ESU and ESO, per commune; AEP separate.
    YesExceptAep,
    /// `yes_all`: one level, the worst of all three, for all three types.
    YesAll,
}

impl RegleGestion {
    /// Every rule.
    pub const ALL: [Self; 6] = [
        Self::No,
        Self::NoAll,
        Self::YesOnlyAep,
        Self::YesDistinct,
        Self::YesExceptAep,
        Self::YesAll,
    ];

    /// The wire code.
    pub fn code(self) -> &'static str {
        match self {
            Self::No => "no",
            Self::NoAll => "no_all",
            Self::YesOnlyAep => "yes_only_aep",
            Self::YesDistinct => "yes_distinct",
            Self::YesExceptAep => "yes_except_aep",
            Self::YesAll => "yes_all",
        }
    }

    /// Parses the wire code.
    pub fn parse(code: &str) -> Result<Self, ValeurInconnue> {
        Self::ALL
            .into_iter()
            .find(|regle| regle.code() == code)
            .ok_or_else(|| ValeurInconnue {
                vocabulaire: "règle de gestion",
                valeur: code.to_owned(),
            })
    }

    /// The types whose zones absorb whole communes (the "per commune and type" step of the harmonisation).
    pub fn types_absorbing_communes(self) -> &'static [TypeZone] {
        match self {
            Self::No | Self::NoAll => &[],
            Self::YesOnlyAep => &[TypeZone::Aep],
            Self::YesDistinct | Self::YesAll => &TypeZone::ALL,
            // The worst of ESU and ESO per commune needs each of them at one level per commune first.
            Self::YesExceptAep => &[TypeZone::Sup, TypeZone::Sou],
        }
    }

    /// The types that share one level per commune after the absorption step.
    pub fn types_sharing_one_level(self) -> &'static [TypeZone] {
        match self {
            Self::YesExceptAep => &[TypeZone::Sup, TypeZone::Sou],
            Self::YesAll => &TypeZone::ALL,
            _ => &[],
        }
    }

    /// Whether AEP zones are derived from the natural zones (not under `yes_all`, spec §3.5 step 2).
    pub fn derives_aep(self) -> bool {
        self != Self::YesAll
    }
}

/// The first day of the rules of gestion in VigiEau (`dateDebut` default).
pub fn date_debut_par_defaut() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 4, 29).unwrap_or(NaiveDate::MIN)
}

/// A department's rule with its period of validity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegleGestionDatee {
    /// The rule.
    pub regle: RegleGestion,
    /// First day (inclusive).
    pub date_debut: NaiveDate,
    /// Last day (inclusive), `None` = open.
    pub date_fin: Option<NaiveDate>,
    /// A disabled rule never applies.
    pub disabled: bool,
}

/// The rule in force on a day: the enabled rule whose period contains the day, the latest start winning when
/// periods overlap; `None` when no rule is set.
pub fn regle_au(regles: &[RegleGestionDatee], jour: NaiveDate) -> Option<RegleGestion> {
    regles
        .iter()
        .filter(|regle| {
            !regle.disabled
                && regle.date_debut <= jour
                && regle.date_fin.is_none_or(|fin| fin >= jour)
        })
        .max_by_key(|regle| regle.date_debut)
        .map(|regle| regle.regle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test date")
    }

    #[test]
    fn all_six_codes_round_trip() {
        for regle in RegleGestion::ALL {
            assert_eq!(RegleGestion::parse(regle.code()), Ok(regle));
        }
        assert!(RegleGestion::parse("yes").is_err());
    }

    #[test]
    fn rule_in_force_follows_dates_and_skips_disabled_ones() {
        let regles = [
            RegleGestionDatee {
                regle: RegleGestion::No,
                date_debut: date_debut_par_defaut(),
                date_fin: None,
                disabled: false,
            },
            RegleGestionDatee {
                regle: RegleGestion::YesAll,
                date_debut: date("2026-01-01"),
                date_fin: Some(date("2026-12-31")),
                disabled: false,
            },
            RegleGestionDatee {
                regle: RegleGestion::YesDistinct,
                date_debut: date("2026-06-01"),
                date_fin: None,
                disabled: true,
            },
        ];
        assert_eq!(
            regle_au(&regles, date("2025-05-01")),
            Some(RegleGestion::No)
        );
        assert_eq!(
            regle_au(&regles, date("2026-07-02")),
            Some(RegleGestion::YesAll)
        );
        assert_eq!(
            regle_au(&regles, date("2027-01-01")),
            Some(RegleGestion::No)
        );
        assert_eq!(regle_au(&regles, date("2024-01-01")), None);
    }

    #[test]
    fn yes_all_does_not_derive_aep() {
        assert!(!RegleGestion::YesAll.derives_aep());
        assert!(RegleGestion::YesExceptAep.derives_aep());
    }
}
