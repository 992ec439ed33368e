//! Calendar dates without a time zone.
//!
//! A tiny proleptic-Gregorian date type is all the rules need: parse `YYYY-MM-DD`, compare, count days,
//! step years. Writing it here keeps chrono's formatting machinery out of the wasm bundle.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A calendar day, stored as days since 1970-01-01 so that comparisons and differences are plain integers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(i32);

impl Date {
    /// The date for a year, month and day, or `None` when that day does not exist (2025-02-29).
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date(days_from_civil(year, month, day)))
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
        civil_from_days(self.0).0
    }

    pub fn month(self) -> u32 {
        civil_from_days(self.0).1
    }

    pub fn day(self) -> u32 {
        civil_from_days(self.0).2
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i32 {
        later.0 - self.0
    }

    pub fn add_days(self, days: i32) -> Date {
        Date(self.0 + days)
    }

    /// The same calendar day `years` later; February 29 becomes February 28 in a common year.
    pub fn add_years(self, years: i32) -> Date {
        let (y, m, d) = civil_from_days(self.0);
        let year = y + years;
        let day = d.min(days_in_month(year, m));
        Date(days_from_civil(year, m, day))
    }

    /// December 31 of `year`.
    pub fn year_end(year: i32) -> Date {
        Date(days_from_civil(year, 12, 31))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = civil_from_days(self.0);
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "\"{text}\" is not a real date in the form YYYY-MM-DD"
            ))
        })
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

// Howard Hinnant's days-from-civil algorithm: exact for every proleptic Gregorian date.
fn days_from_civil(year: i32, month: u32, day: u32) -> i32 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = month as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i32) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + if month <= 2 { 1 } else { 0 };
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

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
            "",
            "2025-01-01T00:00",
        ] {
            assert_eq!(Date::parse(text), None, "{text}");
        }
    }

    #[test]
    fn counts_days_and_steps_years() {
        let a = Date::parse("2024-01-01").unwrap();
        assert_eq!(a.days_until(Date::parse("2025-01-01").unwrap()), 366);
        assert_eq!(
            Date::parse("2024-02-29").unwrap().add_years(1).to_string(),
            "2025-02-28"
        );
        assert_eq!(Date::year_end(2027).to_string(), "2027-12-31");
        assert_eq!(a.add_days(-1).to_string(), "2023-12-31");
        assert_eq!((a.year(), a.month(), a.day()), (2024, 1, 1));
    }
}
