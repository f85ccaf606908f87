//! Civil-date helpers. Dates are `NaiveDate` (civil dates, never UTC instants: spec §8 pitfall 4), and "six
//! months" means calendar months clamped to the month end, not 183 days.

use chrono::{Months, NaiveDate};

/// `date` plus `months` calendar months, clamped to the end of the target month
/// (2026-08-31 + 6 months = 2027-02-28). Saturates at the largest representable date.
pub fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

/// `date` minus `days` days, saturating at the smallest representable date.
pub fn minus_days(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_sub_days(chrono::Days::new(days))
        .unwrap_or(NaiveDate::MIN)
}

/// Parses a civil date written `YYYY-MM-DD` (exactly ten characters, as in the data).
pub fn parse_civil_date(value: &str) -> Option<NaiveDate> {
    if value.len() != 10 {
        return None;
    }
    NaiveDate::parse_from_str(value, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    #[test]
    fn six_months_clamp_to_the_month_end() {
        assert_eq!(add_months(date(2026, 8, 31), 6), date(2027, 2, 28));
        assert_eq!(add_months(date(2027, 8, 31), 6), date(2028, 2, 29));
        assert_eq!(add_months(date(2026, 1, 15), 1), date(2026, 2, 15));
    }

    #[test]
    fn civil_dates_are_strict() {
        assert_eq!(parse_civil_date("2018-01-01"), Some(date(2018, 1, 1)));
        assert_eq!(parse_civil_date("2018-1-1"), None);
        assert_eq!(parse_civil_date("2018-02-30"), None);
        assert_eq!(parse_civil_date("2018-01-01T00:00:00"), None);
        assert_eq!(minus_days(date(2026, 3, 1), 1), date(2026, 2, 28));
    }
}
