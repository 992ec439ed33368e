//! The one reader and writer of dates people type, for all three tools.
//!
//! People write a date the way their language does, so the reader takes a [`DateStyle`] (the month names
//! and the written form of the visitor's language, from its message table) and reads:
//! - day, month, year in figures, with `/`, `-`, `.` or spaces between them ("10/05/2026", "10-5-2026",
//!   "10.05.2026"): both languages the widget speaks put the day first;
//! - year, month, day in figures (ISO, "2026-05-10"), recognised by its four-digit first part;
//! - the month in words, as the widget writes dates ("10 May 2026", "10 de mayo de 2026"), also abbreviated
//!   ("10 sept. 2026") or first ("May 10, 2026"), since a month name cannot be misread.
//!
//! Years have four digits: "10/05/26" could be 1926 or 2026. The reader tells a text that is not shaped
//! like a date ([`Problem::NotADate`]) from a date the calendar does not have
//! ([`Problem::NoSuchDate`], "31/02/2025").

use super::Problem;
use crate::rules::Date;

/// How one language writes dates: its month names, the words that may stand between the parts ("de"),
/// and the pattern of a date in words (`{day} de {month} de {year}`). `i18n::Locale::date_style` makes
/// one from the visitor's table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateStyle {
    /// January first.
    pub months: [&'static str; 12],
    /// Words read as nothing between the parts, separated by spaces ("de del").
    pub joining_words: &'static str,
    /// The slots `{day}`, `{month}` and `{year}`.
    pub pattern: &'static str,
}

impl DateStyle {
    /// Figures only, with ISO dates written back: what a tool reads without a language table.
    pub const FIGURES: DateStyle = DateStyle {
        months: [""; 12],
        joining_words: "",
        pattern: "",
    };

    /// The date as this language writes it: "10 May 2026", "10 de mayo de 2026". Also what an edited
    /// entry's date field shows again, so the field reads like every other date on the screen.
    pub fn write(self, date: Date) -> String {
        if self.pattern.is_empty() {
            return date.to_string();
        }
        let month = self.months[date.month() as usize - 1];
        self.pattern
            .replace("{day}", &date.day().to_string())
            .replace("{month}", month)
            // Four figures, so that what is written reads back (years below 1000 only in tests).
            .replace("{year}", &format!("{:04}", date.year()))
    }

    /// The month a word names: the whole name or its first three or more letters, when only one month
    /// starts with them ("sept", "dic").
    fn month(self, word: &str) -> Option<u32> {
        if word.len() < 3 {
            return None;
        }
        let mut found = None;
        for (index, name) in self.months.iter().enumerate() {
            // ASCII case only: the month names of the widget's languages are ASCII, and Unicode case
            // tables would weigh on every visitor.
            let starts = name
                .get(..word.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(word));
            if starts {
                if found.is_some() {
                    return None;
                }
                found = Some(index as u32 + 1);
            }
        }
        found
    }
}

/// One part of a typed date.
enum Part<'a> {
    /// Digits, as typed (the length tells a year from a day).
    Figures(&'a str),
    Month(u32),
}

/// Reads a date as people type it in `style` (see the module's description).
pub fn parse_date(text: &str, style: DateStyle) -> Result<Date, Problem> {
    let text = text.trim().to_ascii_lowercase();
    if text.is_empty() {
        return Err(Problem::Missing);
    }
    let mut parts = Vec::with_capacity(3);
    let separators = |c: char| matches!(c, '/' | '-' | '.' | ',' | ' ' | '\t' | '\u{a0}');
    for word in text.split(separators).filter(|w| !w.is_empty()) {
        // "10th May": an English ordinal is its figures.
        let figures = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|suffix| word.strip_suffix(suffix))
            .filter(|day| !day.is_empty() && day.len() <= 2)
            .unwrap_or(word);
        if figures.bytes().all(|b| b.is_ascii_digit()) {
            parts.push(Part::Figures(figures));
        } else if style.joining_words.split(' ').any(|w| w == word) {
            continue;
        } else if let Some(month) = style.month(word) {
            parts.push(Part::Month(month));
        } else {
            return Err(Problem::NotADate);
        }
    }
    let number = |figures: &str, lengths: std::ops::RangeInclusive<usize>| {
        lengths
            .contains(&figures.len())
            .then(|| figures.parse::<u32>().ok())
            .flatten()
    };
    let day_month = 1..=2;
    let (year, month, day) = match parts.as_slice() {
        // The month in words, before or after the day; the year has four figures.
        [Part::Figures(a), Part::Month(m), Part::Figures(b)]
        | [Part::Month(m), Part::Figures(a), Part::Figures(b)] => {
            (number(b, 4..=4), Some(*m), number(a, day_month))
        }
        [Part::Figures(a), Part::Figures(b), Part::Figures(c)] if a.len() == 4 => (
            number(a, 4..=4),
            number(b, day_month.clone()),
            number(c, day_month),
        ),
        [Part::Figures(a), Part::Figures(b), Part::Figures(c)] => (
            number(c, 4..=4),
            number(b, day_month.clone()),
            number(a, day_month),
        ),
        _ => return Err(Problem::NotADate),
    };
    let (Some(year), Some(month), Some(day)) = (year, month, day) else {
        return Err(Problem::NotADate);
    };
    // Four figures always fit an i32.
    Date::from_ymd(year as i32, month, day).ok_or(Problem::NoSuchDate)
}
