//! Every user-facing sentence, as data: one table of patterns per language (`en.txt`, `es.txt`) and one
//! runtime that fills them.
//!
//! # Tables
//! A table is UTF-8 text. Its first line is [`HEADER`]: a fingerprint of the key set, so that a table
//! from another release is refused instead of showing wrong sentences. Then one `key = pattern` a line,
//! in the order of `en.txt`; blank lines and lines starting with `#` are comments. `build.rs` generates
//! [`Msg`] (one variant per key) from `en.txt`, so a key is checked when the code compiles, and checks
//! that every table has exactly these keys with these slots. `make build` ships each table as its first
//! line and one `=pattern` a line (keys and comments dropped: the wasm reads by position).
//!
//! # Patterns
//! - Text is shown as written. Braces are reserved for slots.
//! - `{name}` is a slot: a number (written with the language's decimal separator), a date (day, month
//!   name and year, by `date.format`), or text.
//! - `{name -> label: text | label: text | other: text}` chooses by the slot's value: the first case
//!   whose label is the value itself (`0`, `clinical`), or `one` when the value is the number 1, or
//!   `other`. A case's text may hold slots; one space after `:` and one before `|` or `}` are not part
//!   of it.
//!
//! On the web the wasm holds no table: `embed.js` fetches the visitor's language and hands it to
//! `add_messages` (in `embed`) before mounting. Native code and tests have both tables compiled in.

pub mod category_tool;
pub mod checker;
mod domain;
mod field_error;
#[cfg(test)]
mod keys;
mod pace;
pub mod renewal;
pub mod shell;

pub use crate::forms::{DateStyle, NumberStyle};
use crate::rules::Date;
use std::sync::OnceLock;

pub use crate::config::Lang;

include!(concat!(env!("OUT_DIR"), "/msg.rs"));

/// Every language with a table, in the order of their slots.
pub const LANGS: [Lang; 2] = [Lang::En, Lang::Es];

/// How `lang` writes numbers, for showing them here and for reading what people type (`forms`).
pub fn number_style(lang: Lang) -> NumberStyle {
    match lang {
        Lang::En => NumberStyle::POINT,
        Lang::Es => NumberStyle::COMMA,
    }
}

/// One language's patterns, in [`Msg`] order.
struct Table {
    patterns: Box<[&'static str]>,
}

impl Table {
    /// Whether `text` starts with this build's [`HEADER`]; the error says what it is instead.
    fn check_header(text: &str) -> Result<(), String> {
        let first = text.lines().next().unwrap_or("").trim_end();
        if first == HEADER {
            return Ok(());
        }
        Err(format!(
            "this is not a message table for this release of the widget (its first line is {first:?}, \
             expected {HEADER:?}); serve the i18n/*.txt files built with this wasm"
        ))
    }

    /// Reads a table made for this build; the error says why it is not one.
    fn parse(text: &'static str) -> Result<Table, String> {
        Table::check_header(text)?;
        let lines = text.lines().skip(1);
        let patterns: Box<[&'static str]> = lines
            .filter(|line| {
                let line = line.trim_start();
                !line.is_empty() && !line.starts_with('#')
            })
            .map(|line| {
                line.split_once('=')
                    .map_or("", |(_, pattern)| pattern.trim())
            })
            .collect();
        if patterns.len() != Msg::COUNT {
            return Err(format!(
                "the message table has {} messages; this release needs {}",
                patterns.len(),
                Msg::COUNT
            ));
        }
        Ok(Table { patterns })
    }
}

/// The tables added so far, by language. Each is added once and kept for the page's lifetime.
static TABLES: [OnceLock<Table>; 2] = [OnceLock::new(), OnceLock::new()];

fn slot(lang: Lang) -> &'static OnceLock<Table> {
    &TABLES[lang as usize]
}

/// Adds the table of `lang` from its text (the contents of `i18n/<lang>.txt`). Adding a language
/// again keeps the first table.
pub fn add_table(lang: Lang, text: &str) -> Result<(), String> {
    let refused = |e: String| format!("add_messages({:?}): {e}", lang.tag());
    Table::check_header(text).map_err(refused)?;
    if slot(lang).get().is_some() {
        return Ok(());
    }
    // A table lives as long as the page; leaking it lets every message be a `&'static str`.
    let text: &'static str = Box::leak(text.to_owned().into_boxed_str());
    let table = Table::parse(text).map_err(refused)?;
    let _ = slot(lang).set(table);
    Ok(())
}

/// Whether the table of `lang` can be used (always, natively).
pub fn has_table(lang: Lang) -> bool {
    table(lang).is_some()
}

fn table(lang: Lang) -> Option<&'static Table> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        // Natively both tables are compiled in; `build.rs` has checked them.
        let text = match lang {
            Lang::En => include_str!("en.txt"),
            Lang::Es => include_str!("es.txt"),
        };
        Some(slot(lang).get_or_init(|| {
            Table::parse(text).unwrap_or(Table {
                patterns: Box::new([]),
            })
        }))
    }
    #[cfg(target_arch = "wasm32")]
    {
        slot(lang).get()
    }
}

/// A value for a slot.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Arg<'a> {
    Num(f64),
    Text(&'a str),
    Date(Date),
}

impl From<f64> for Arg<'_> {
    fn from(n: f64) -> Self {
        Arg::Num(n)
    }
}
impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Num(f64::from(n))
    }
}
impl From<i32> for Arg<'_> {
    fn from(n: i32) -> Self {
        Arg::Num(f64::from(n))
    }
}
impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        // Counts of entries and competencies; far below 2^53.
        Arg::Num(n as f64)
    }
}
impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(s)
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(s)
    }
}
impl From<Date> for Arg<'_> {
    fn from(d: Date) -> Self {
        Arg::Date(d)
    }
}

/// Fills a message: `fill!(t, CheckerTrainingEntry, n = 2)` is
/// `t.fill(Msg::CheckerTrainingEntry, &[("n", Arg::from(2))])`.
#[macro_export]
macro_rules! fill {
    ($locale:expr, $msg:ident $(, $name:ident = $value:expr)* $(,)?) => {
        $locale.fill(
            $crate::i18n::Msg::$msg,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),*],
        )
    };
}

/// A language's words and ways of writing numbers and dates. Cheap to copy; components get it from
/// their `Env`.
#[derive(Clone, Copy)]
pub struct Locale {
    pub lang: Lang,
    pub number_style: NumberStyle,
    patterns: &'static [&'static str],
}

impl PartialEq for Locale {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
    }
}

impl std::fmt::Debug for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.lang.tag())
    }
}

impl Locale {
    /// The locale of `lang`. Without its table (on the web, before `add_messages`) it falls back to a
    /// table that was added, and with none at all every message is empty; `mount` refuses to start
    /// without the table, so users do not see that.
    pub fn new(lang: Lang) -> Locale {
        let table = table(lang).or_else(|| LANGS.into_iter().find_map(table));
        Locale {
            lang,
            number_style: number_style(lang),
            patterns: table.map_or(&[], |t| &t.patterns),
        }
    }

    /// A message without slots, as written in the table.
    pub fn text(self, msg: Msg) -> &'static str {
        self.text_at(msg as usize)
    }

    /// The message at a position of the table, for families of keys listed in the order of their
    /// values (the competency names).
    fn text_at(self, position: usize) -> &'static str {
        self.patterns.get(position).copied().unwrap_or("")
    }

    /// A message with its slots filled; a slot without a value stays visible as `{name}`.
    pub fn fill(self, msg: Msg, args: &[(&str, Arg)]) -> String {
        let mut out = String::new();
        self.render(self.text(msg), args, &mut out);
        out
    }

    fn render(self, pattern: &str, args: &[(&str, Arg)], out: &mut String) {
        let mut rest = pattern;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let body = &rest[open + 1..];
            let close = top_level(body, '}').unwrap_or(body.len());
            self.slot(&body[..close], args, out);
            rest = body.get(close + 1..).unwrap_or("");
        }
        out.push_str(rest);
    }

    fn slot(self, body: &str, args: &[(&str, Arg)], out: &mut String) {
        let (name, cases) = match body.split_once(" -> ") {
            Some((name, cases)) => (name.trim(), Some(cases)),
            None => (body.trim(), None),
        };
        let Some(value) = args.iter().find(|(n, _)| *n == name).map(|(_, v)| *v) else {
            out.push('{');
            out.push_str(name);
            out.push('}');
            return;
        };
        let Some(mut cases) = cases else {
            match value {
                Arg::Num(n) => out.push_str(&self.number(n)),
                Arg::Text(s) => out.push_str(s),
                Arg::Date(d) => out.push_str(&self.date(d)),
            }
            return;
        };
        let plain = match value {
            Arg::Num(n) => crate::forms::input_text(n),
            Arg::Text(s) => s.to_owned(),
            Arg::Date(_) => String::new(),
        };
        loop {
            let end = top_level(cases, '|').unwrap_or(cases.len());
            let case = &cases[..end];
            let (label, text) = case.split_once(':').unwrap_or((case, ""));
            let label = label.trim();
            if label == plain || label == "other" || (label == "one" && value == Arg::Num(1.0)) {
                let text = text.strip_prefix(' ').unwrap_or(text);
                self.render(text.strip_suffix(' ').unwrap_or(text), args, out);
                return;
            }
            match cases.get(end + 1..) {
                Some(next) => cases = next,
                None => return,
            }
        }
    }

    /// A number the way this language writes it, to hundredths: 33, 1.5 / 1,5, 2.25 / 2,25 (no
    /// grouping, as people type them).
    pub fn number(self, value: f64) -> String {
        let text = crate::forms::input_text(value);
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let digits = whole.trim_start_matches('-');
        // Thousands are grouped as each language writes them: English from 1,000; Spanish from 10.000,
        // since Spanish leaves four-digit numbers whole. Both are what the number fields read back.
        let (group, from) = match self.number_style.decimal {
            '.' => (',', 4),
            _ => ('.', 5),
        };
        let mut out = String::with_capacity(text.len() + digits.len() / 3);
        out.push_str(&whole[..whole.len() - digits.len()]);
        for (i, digit) in digits.chars().enumerate() {
            if digits.len() >= from && i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(group);
            }
            out.push(digit);
        }
        if !fraction.is_empty() {
            out.push(self.number_style.decimal);
            out.push_str(fraction);
        }
        out
    }

    /// A date in words: "31 December 2027", "31 de diciembre de 2027".
    pub fn date(self, d: Date) -> String {
        self.date_style().write(d)
    }

    /// How this language writes dates, for writing them and for reading what people type (`forms`).
    pub fn date_style(self) -> DateStyle {
        DateStyle {
            // The twelve keys follow each other in the table, January first.
            months: std::array::from_fn(|i| self.text_at(Msg::DateMonth1 as usize + i)),
            joining_words: self.text(Msg::DateJoiningWords),
            pattern: self.text(Msg::DateFormat),
        }
    }

    /// A month in words: "May 2027", "mayo de 2027".
    pub fn month_year(self, d: Date) -> String {
        fill!(
            self,
            DateMonthYear,
            month = self.month(d.month()),
            year = &d.year().to_string()
        )
    }

    /// "10 hours", "1 hour", "1,5 horas".
    pub fn hours(self, n: f64) -> String {
        fill!(self, Hours, n = n)
    }

    /// "3 years", "1 year", and a fraction in years and months: 3.08 → "3 years 1 month", 0.5 →
    /// "6 months", "1 año y 6 meses". Months are rounded to the nearest whole month, so a figure
    /// reads the way people say how long they have worked.
    pub fn years(self, n: f64) -> String {
        if !n.is_finite() || n.fract() == 0.0 || n < 0.0 {
            return fill!(self, Years, n = n);
        }
        let total_months = (n * 12.0).round() as u32;
        let (whole, months) = (total_months / 12, total_months % 12);
        match (whole, months) {
            (w, 0) => fill!(self, Years, n = w),
            (0, m) => fill!(self, Months, n = m),
            (w, m) => {
                let (years, months) = (fill!(self, Years, n = w), fill!(self, Months, n = m));
                fill!(self, YearsMonths, years = &years, months = &months)
            }
        }
    }
}

/// The position of the first `stop` in `text` outside nested braces.
fn top_level(text: &str, stop: char) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            c if c == stop && depth == 0 => return Some(i),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests;
