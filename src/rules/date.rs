//! Calendar dates without a time zone, on chrono's proleptic-Gregorian [`NaiveDate`].
//!
//! The newtype fixes what the contract needs from a date: exactly `YYYY-MM-DD` in and out, years 1 to
//! 9999, and arithmetic that never fails (a step past chrono's range, some 262,000 years away, stops at
//! its edge instead). Reading and printing stay hand-written: four digits, two, two is all the contract
//! accepts, and chrono's general parser and formatter would add their machinery to the wasm.

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::{Serialize, Serializer};
use std::fmt;

/// A calendar day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(NaiveDate);

impl Date {
    /// The date for a year, month and day, or `None` when that day does not exist (2025-02-29) or the
    /// year is outside 1 to 9999 (the years `YYYY` can write).
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=9999).contains(&year) {
            return None;
        }
        NaiveDate::from_ymd_opt(year, month, day).map(Date)
    }

    /// Parses exactly `YYYY-MM-DD`; anything else (other separators, missing zeros, impossible days) is `None`.
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = text.get(range)?;
            if !part.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        let year = number(0..4)? as i32;
        Date::from_ymd(year, number(5..7)?, number(8..10)?)
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    pub fn month(self) -> u32 {
        self.0.month()
    }

    pub fn day(self) -> u32 {
        self.0.day()
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i32 {
        later.0.num_days_from_ce() - self.0.num_days_from_ce()
    }

    pub fn add_days(self, days: i32) -> Date {
        let step = Days::new(u64::from(days.unsigned_abs()));
        let moved = if days < 0 {
            self.0.checked_sub_days(step)
        } else {
            self.0.checked_add_days(step)
        };
        Date(moved.unwrap_or(if days < 0 {
            NaiveDate::MIN
        } else {
            NaiveDate::MAX
        }))
    }

    /// The same day `months` calendar months later (earlier when negative); a day the target month does
    /// not have becomes its last day (March 31 less one month is February 28 or 29; February 29 less
    /// twelve months is February 28).
    pub fn add_months(self, months: i32) -> Date {
        let step = Months::new(months.unsigned_abs());
        let moved = if months < 0 {
            self.0.checked_sub_months(step)
        } else {
            self.0.checked_add_months(step)
        };
        Date(moved.unwrap_or(if months < 0 {
            NaiveDate::MIN
        } else {
            NaiveDate::MAX
        }))
    }

    /// December 31 of `year`.
    pub fn year_end(year: i32) -> Date {
        Date(
            NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(if year < 0 {
                NaiveDate::MIN
            } else {
                NaiveDate::MAX
            }),
        )
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.year(),
            self.month(),
            self.day()
        )
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap_or_else(|| panic!("bad test date {text}"))
    }

    #[test]
    fn parses_and_prints_round_trip() {
        for text in [
            "1970-01-01",
            "2024-02-29",
            "2027-12-31",
            "0001-01-01",
            "9999-12-31",
        ] {
            assert_eq!(
                Date::parse(text).map(|d| d.to_string()).as_deref(),
                Some(text)
            );
        }
    }

    #[test]
    fn rejects_impossible_and_malformed_dates() {
        for text in [
            "2025-02-29",
            "2025-13-01",
            "2025-00-10",
            "2025-04-31",
            "2025-1-01",
            "25-01-01",
            "2025/01/01",
            "0000-01-01",
            "+2025-01-01",
            "",
            "2025-01-01T00:00",
        ] {
            assert_eq!(Date::parse(text), None, "{text}");
        }
    }

    #[test]
    fn counts_days() {
        let a = date("2024-01-01");
        assert_eq!(a.days_until(date("2025-01-01")), 366);
        assert_eq!(date("2025-01-01").days_until(a), -366);
        assert_eq!(Date::year_end(2027).to_string(), "2027-12-31");
        assert_eq!(a.add_days(-1).to_string(), "2023-12-31");
        assert_eq!(a.add_days(60).to_string(), "2024-03-01");
        assert_eq!((a.year(), a.month(), a.day()), (2024, 1, 1));
    }

    #[test]
    fn steps_calendar_months() {
        assert_eq!(date("2024-02-29").add_months(-12), date("2023-02-28"));
        assert_eq!(date("2024-02-29").add_months(12), date("2025-02-28"));
        assert_eq!(date("2026-11-22").add_months(-12), date("2025-11-22"));
        assert_eq!(date("2025-03-31").add_months(-1), date("2025-02-28"));
        assert_eq!(date("2024-03-31").add_months(-1), date("2024-02-29"));
        assert_eq!(date("2025-01-31").add_months(1), date("2025-02-28"));
        assert_eq!(date("2025-12-15").add_months(1), date("2026-01-15"));
    }

    #[test]
    fn arithmetic_at_the_edges_does_not_fail() {
        let last = date("9999-12-31");
        assert_eq!(last.add_days(1).to_string(), "10000-01-01");
        assert_eq!(last.add_days(i32::MAX), Date(NaiveDate::MAX));
        assert_eq!(date("0001-01-01").add_days(i32::MIN), Date(NaiveDate::MIN));
        assert_eq!(last.add_months(i32::MAX), Date(NaiveDate::MAX));
        assert_eq!(Date::year_end(i32::MAX), Date(NaiveDate::MAX));
    }
}
