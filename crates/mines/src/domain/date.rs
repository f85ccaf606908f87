//! Calendar dates of the mining domain (`CaminoDate`) and the anchor's month arithmetic.
//!
//! Camino adds months with JavaScript's `new Date(y, m - 1 + n, d)`, which rolls an overflowing day forward into
//! the next month instead of clamping it: 2020-01-31 + 3 months = 2020-05-01. Legal deadlines computed by the
//! procedure machines ("≥ 1 month after the avis des services") depend on it, so the same arithmetic is kept here.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Days, NaiveDate};
use thiserror::Error;

/// A calendar date (no time, no time zone), as stored on étapes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CaminoDate(NaiveDate);

/// A string that is not a valid `YYYY-MM-DD` date.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("date invalide « {0} » : le format attendu est AAAA-MM-JJ")]
pub struct DateInvalide(pub String);

impl CaminoDate {
    /// Builds a date from its parts; `None` when the day does not exist.
    pub fn from_ymd(annee: i32, mois: u32, jour: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(annee, mois, jour).map(Self)
    }

    /// Parses `YYYY-MM-DD` strictly (four-digit year, two-digit month and day).
    pub fn parse(s: &str) -> Result<Self, DateInvalide> {
        let bytes = s.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            return Err(DateInvalide(s.to_string()));
        }
        NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map(Self)
            .map_err(|_| DateInvalide(s.to_string()))
    }

    /// The underlying calendar date (for storage).
    pub fn naive(self) -> NaiveDate {
        self.0
    }

    /// Year.
    pub fn annee(self) -> i32 {
        self.0.year()
    }

    /// Month (1–12).
    pub fn mois(self) -> u32 {
        self.0.month()
    }

    /// Day of the month.
    pub fn jour(self) -> u32 {
        self.0.day()
    }

    /// Adds (or subtracts) months the way the anchor does: the day overflows into the next month, never clamped.
    pub fn add_months(self, mois: i32) -> Self {
        let total = self.annee() * 12 + self.mois() as i32 - 1 + mois;
        let annee = total.div_euclid(12);
        let mois = total.rem_euclid(12) as u32 + 1;
        // The first of the target month always exists; the original day then rolls forward from it,
        // which reproduces `new Date(y, m, 31)` → first days of the following month.
        let premier = NaiveDate::from_ymd_opt(annee, mois, 1).unwrap_or(self.0);
        Self(
            premier
                .checked_add_days(Days::new(u64::from(self.jour() - 1)))
                .unwrap_or(premier),
        )
    }

    /// Adds (or subtracts) days.
    pub fn add_days(self, jours: i64) -> Self {
        let delta = chrono::Duration::days(jours);
        Self(self.0.checked_add_signed(delta).unwrap_or(self.0))
    }

    /// Whole days from `self` to `autre` (negative when `autre` is earlier), Camino's `daysBetween`.
    pub fn days_until(self, autre: CaminoDate) -> i64 {
        (autre.0 - self.0).num_days()
    }

    /// Months between the months of two dates, ignoring days (Camino's `monthsBetween`).
    pub fn months_until(self, autre: CaminoDate) -> i32 {
        (autre.annee() * 12 + autre.mois() as i32) - (self.annee() * 12 + self.mois() as i32)
    }
}

impl fmt::Display for CaminoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl From<NaiveDate> for CaminoDate {
    fn from(date: NaiveDate) -> Self {
        Self(date)
    }
}

impl FromStr for CaminoDate {
    type Err = DateInvalide;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> CaminoDate {
        CaminoDate::parse(s).expect("date de test valide")
    }

    // Vectors of MTES-MCT/camino `packages/common/src/date.test.ts`.
    #[test]
    fn add_months_rolls_overflowing_days_forward() {
        for (date, mois, attendu) in [
            ("2020-01-01", 1, "2020-02-01"),
            ("2020-01-01", 12, "2021-01-01"),
            ("2020-01-01", 3, "2020-04-01"),
            ("2020-01-30", 3, "2020-04-30"),
            ("2020-01-31", 3, "2020-05-01"),
            ("2020-12-01", 3, "2021-03-01"),
        ] {
            assert_eq!(d(date).add_months(mois), d(attendu), "{date} + {mois} mois");
        }
    }

    #[test]
    fn add_months_is_not_reversible() {
        assert_eq!(
            d("2022-05-30").add_months(-3).add_months(3),
            d("2022-06-02")
        );
    }

    #[test]
    fn add_days_crosses_months_and_years() {
        for (date, jours, attendu) in [
            ("2020-01-01", 1, "2020-01-02"),
            ("2020-01-01", 10, "2020-01-11"),
            ("2020-01-01", 31, "2020-02-01"),
            ("2020-12-31", 1, "2021-01-01"),
        ] {
            assert_eq!(d(date).add_days(jours), d(attendu));
        }
    }

    #[test]
    fn days_until_counts_leap_years() {
        assert_eq!(d("2020-06-02").days_until(d("2020-06-10")), 8);
        assert_eq!(d("2020-01-02").days_until(d("2020-01-31")), 29);
        assert_eq!(d("2020-01-02").days_until(d("2021-01-02")), 366);
        assert_eq!(d("2021-01-02").days_until(d("2022-01-02")), 365);
        assert_eq!(d("2021-01-02").days_until(d("2021-01-01")), -1);
    }

    #[test]
    fn months_until_ignores_days() {
        assert_eq!(d("2020-01-07").months_until(d("2020-03-10")), 2);
        assert_eq!(d("2020-01-01").months_until(d("2021-01-01")), 12);
    }

    #[test]
    fn parse_rejects_malformed_dates() {
        for invalide in [
            "123123",
            "toto",
            "2000-42-42",
            "1910-123123123-123123113",
            "2022-1-01",
        ] {
            assert!(CaminoDate::parse(invalide).is_err(), "{invalide}");
        }
        assert_eq!(d("1812-01-02").annee(), 1812);
        assert_eq!(d("2022-12-01").to_string(), "2022-12-01");
    }
}
