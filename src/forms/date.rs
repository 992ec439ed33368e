//! The one reader of typed dates, for all three tools.
//!
//! Every date field is a text input read as year-month-day, because that order reads the same in every
//! language the widget speaks and is what the engine and the JSON contract use. Single-digit months and
//! days and `/` between the parts are accepted too ("2024-3-5", "2024/03/05"), since they cannot be read
//! another way. The reader tells a text that is not shaped like a date from a date that does not exist.

use super::InputProblem;
use crate::rules::Date;

/// Reads a date typed as `YYYY-MM-DD`: [`InputProblem::Empty`] for blank text,
/// [`InputProblem::NotADate`] for any other shape ("03/05/2024", "yesterday"), and
/// [`InputProblem::NoSuchDate`] for a day the calendar does not have ("2023-02-30", "2024-13-01").
pub fn parse_date(text: &str) -> Result<Date, InputProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Err(InputProblem::Empty);
    }
    let mut parts = text.split(['-', '/']);
    let (Some(year), Some(month), Some(day), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(InputProblem::NotADate);
    };
    let digits = |part: &str, lengths: std::ops::RangeInclusive<usize>| -> Option<u32> {
        if lengths.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let (Some(year), Some(month), Some(day)) = (
        digits(year, 4..=4),
        digits(month, 1..=2),
        digits(day, 1..=2),
    ) else {
        return Err(InputProblem::NotADate);
    };
    // Four digits always fit an i32.
    Date::from_ymd(year as i32, month, day).ok_or(InputProblem::NoSuchDate)
}
