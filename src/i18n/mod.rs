//! Every user-facing sentence, one table per language.
//!
//! A language is a [`Texts`] value. Plain strings are `&'static str` fields; sentences with numbers or
//! names are `fn` fields, so each language orders its own words. Spanish starts as `Texts { ..EN }` and
//! overrides what has been translated, so a missing translation falls back to English instead of failing.

pub mod category_tool;
pub mod checker;
pub mod en;
pub mod es;
pub mod renewal;
pub mod shell;

use crate::rules::RequirementId;
use crate::rules::check::Notice;
use crate::rules::competency::Domain;
use crate::rules::model::{Category, Credential, DegreeLevel, RoleScope};
use crate::rules::recommend::{Fit, Reason};
use crate::rules::ruleset::Assumption;

pub use crate::config::Lang;
pub use en::EN;
pub use es::ES;

/// The message table of `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::En => &EN,
        Lang::Es => &ES,
    }
}

/// One language's words. Field groups follow the screens that use them.
pub struct Texts {
    // Names of domain things.
    /// Short category name without the age prefix ("Family Specialist").
    pub category: fn(Category) -> &'static str,
    /// Full title for a credential ("Infant Family Specialist", "Early Childhood Family Specialist").
    pub category_title: fn(Category, Credential) -> String,
    /// "IMH-E®", "ECMH-E®".
    pub credential: fn(Credential) -> &'static str,
    /// "pregnancy and children 0 up to 3".
    pub credential_ages: fn(Credential) -> &'static str,
    pub scope: fn(RoleScope) -> &'static str,
    pub degree: fn(DegreeLevel) -> &'static str,
    pub domain: fn(Domain) -> &'static str,
    /// The name of a competency of the default list, by id.
    pub competency: fn(&str) -> &'static str,
    pub fit: fn(Fit) -> &'static str,

    // The requirements checker's report.
    pub requirement: fn(RequirementId) -> &'static str,
    /// What is still missing: "9 more training hours".
    pub missing: fn(RequirementId, f64) -> String,
    /// A requirement that is met: "33 of 33 training hours".
    pub progress: fn(RequirementId, f64, f64) -> String,
    pub assumption: fn(Assumption) -> &'static str,
    pub notice: fn(&Notice) -> String,

    // The recommender's reasons.
    pub reason: fn(&Texts, Category, &Reason) -> String,

    // The screens, one table per tool.
    pub shell: &'static shell::ShellTexts,
    pub category_tool: &'static category_tool::CategoryToolTexts,
    pub checker: &'static checker::CheckerTexts,
    pub renewal: &'static renewal::RenewalTexts,
}

impl Texts {
    /// One reason as a sentence, for the category it is about.
    pub fn reason(&self, category: Category, reason: &Reason) -> String {
        (self.reason)(self, category, reason)
    }
}

/// Formats hours and years to hundredths without a trailing `.0`: 33, 1.5, 2.25. Integer arithmetic
/// rather than `{:.2}`, so the wasm carries no exact float-formatting code.
pub fn number(value: f64) -> String {
    // `as` saturates (and maps NaN to 0), which is what a display of an out-of-range value should do.
    let hundredths = (value * 100.0).round() as i64;
    let sign = if hundredths < 0 { "-" } else { "" };
    let (whole, fraction) = (
        hundredths.unsigned_abs() / 100,
        hundredths.unsigned_abs() % 100,
    );
    match fraction {
        0 => format!("{sign}{whole}"),
        f if f % 10 == 0 => format!("{sign}{whole}.{}", f / 10),
        f => format!("{sign}{whole}.{f:02}"),
    }
}

/// Competency names for a list of ids, joined with semicolons (names may contain commas).
fn names(ids: &[String], name: fn(&str) -> &'static str) -> String {
    ids.iter().map(|id| name(id)).collect::<Vec<_>>().join("; ")
}

/// Reads a decimal number as people type it: an optional sign, digits, and at most one decimal point
/// (`12`, `1.5`, `.5`, `-2`). No exponents, no `inf`/`NaN`. Callers decide whether a comma means a point.
/// Hand-written so the wasm carries no general float parser.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let (negative, digits) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.len() + fraction.len() == 0 || !all_digits(whole) || !all_digits(fraction) {
        return None;
    }
    // Integers below 2^53 and powers of ten up to 10^22 are exact in f64, so one division rounds
    // correctly; digits past the 15th decimal place cannot change a value people type here.
    let fraction = &fraction[..fraction.len().min(15)];
    let mantissa = whole
        .bytes()
        .chain(fraction.bytes())
        .fold(0.0, |acc, b| acc * 10.0 + f64::from(b - b'0'));
    let value = mantissa / 10f64.powi(fraction.len() as i32);
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::competency::DEFAULT_COMPETENCIES;

    #[test]
    fn numbers_read_naturally() {
        assert_eq!(number(33.0), "33");
        assert_eq!(number(1.5), "1.5");
        assert_eq!(number(2.25), "2.25");
        assert_eq!(number(0.1 + 0.2), "0.3");
        assert_eq!(number(2.005), "2.01");
        assert_eq!(number(0.0), "0");
        assert_eq!(number(-1.5), "-1.5");
        assert_eq!(number(-0.001), "0");
        assert_eq!(number(1234567.891), "1234567.89");
    }

    #[test]
    fn decimals_read_as_typed() {
        for (text, want) in [
            ("12", 12.0),
            ("1.5", 1.5),
            (".5", 0.5),
            ("5.", 5.0),
            ("+2", 2.0),
            ("-2.25", -2.25),
            ("0.1", 0.1),
            ("007.10", 7.1),
            ("123456789.123456789123", 123_456_789.123_456_79),
        ] {
            assert_eq!(parse_decimal(text), Some(want), "{text}");
            assert_eq!(
                text.parse::<f64>().ok(),
                Some(want),
                "{text} as std reads it"
            );
        }
        for text in [
            "", "-", ".", "1.2.3", "1,5", "1e3", "inf", "NaN", " 1", "1 ", "--1", "x",
        ] {
            assert_eq!(parse_decimal(text), None, "{text}");
        }
    }

    #[test]
    fn every_competency_has_a_name_in_every_language() {
        for lang in [Lang::En, Lang::Es] {
            for c in DEFAULT_COMPETENCIES {
                assert!(!(texts(lang).competency)(c.id).is_empty(), "{}", c.id);
            }
        }
    }

    #[test]
    fn language_tags() {
        assert_eq!(Lang::from_tag("es-MX"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("EN"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
    }
}
