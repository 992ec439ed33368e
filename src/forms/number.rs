//! The one reader of typed numbers (hours, years, families, references), for all three tools.
//!
//! What a comma or a point means depends on the visitor's language, so the reader takes a
//! [`NumberStyle`]:
//! - English (`NumberStyle::POINT`): "1.5" is one and a half; a comma groups thousands, only in groups of
//!   three ("1,000", "12,500.5").
//! - Spanish (`NumberStyle::COMMA`): "1,5" is one and a half, and so is "1.5" (people often type the
//!   point their keyboard offers); a point followed by groups of three digits groups thousands ("1.000",
//!   "1.000,5").
//!
//! In both, spaces (also no-break spaces) group thousands ("1 000"). Anything that fits neither reading
//! ("1,00,0", "1.5.3", "1,5" in English) is not a number: guessing would count the wrong hours silently.

use super::Problem;

/// How the visitor's language writes numbers: the mark between whole and fraction. `i18n::Locale` carries
/// one per language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NumberStyle {
    /// `'.'` (English) or `','` (Spanish).
    pub decimal: char,
}

impl NumberStyle {
    /// English: "1,000.5".
    pub const POINT: NumberStyle = NumberStyle { decimal: '.' };
    /// Spanish: "1.000,5" (and "1.5" read as one and a half).
    pub const COMMA: NumberStyle = NumberStyle { decimal: ',' };
}

impl Default for NumberStyle {
    fn default() -> Self {
        NumberStyle::POINT
    }
}

/// Spaces people put between groups of thousands, as typed or pasted.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}')
}

/// Reads a number as people type it in `style`: surrounding spaces ignored, an optional sign, grouping
/// of thousands, one decimal mark. Empty text is [`Problem::Missing`]; anything else that is not a
/// number is [`Problem::NotANumber`]. Hand-written so the wasm carries no general float parser.
pub fn parse_number(text: &str, style: NumberStyle) -> Result<f64, Problem> {
    let text = text.trim_matches(|c: char| c.is_whitespace() || is_space(c));
    if text.is_empty() {
        return Err(Problem::Missing);
    }
    let (negative, body) = match text.as_bytes()[0] {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (whole, fraction) = split_decimal(body, style).ok_or(Problem::NotANumber)?;
    let whole = ungroup(whole, style).ok_or(Problem::NotANumber)?;
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.len() + fraction.len() == 0 || !digits(&whole) || !digits(fraction) {
        return Err(Problem::NotANumber);
    }
    // Integers below 2^53 and powers of ten up to 10^22 are exact in f64, so one division rounds
    // correctly; digits past the 15th decimal place cannot change a value people type here.
    let fraction = &fraction[..fraction.len().min(15)];
    let mantissa = whole
        .bytes()
        .chain(fraction.bytes())
        .fold(0.0, |acc, b| acc * 10.0 + f64::from(b - b'0'));
    let value = mantissa / 10f64.powi(fraction.len() as i32);
    if !value.is_finite() {
        // Hundreds of digits: not a number anyone means.
        return Err(Problem::NotANumber);
    }
    Ok(if negative { -value } else { value })
}

/// Splits `body` at its decimal mark into (whole part with any grouping, fraction digits). `None` when
/// the marks cannot be read one way only.
fn split_decimal(body: &str, style: NumberStyle) -> Option<(&str, &str)> {
    let points = body.matches('.').count();
    let commas = body.matches(',').count();
    let mark = if style.decimal == ',' {
        match (commas, points) {
            (0, 0) => return Some((body, "")),
            (1, _) => ',',
            (0, 1) => {
                // "1.500" groups a thousand; "1.5" and "0.500" are a decimal point typed for a comma.
                let (whole, after) = body.split_once('.')?;
                if after.len() == 3 && ungroup(body, style).is_some() && !whole.is_empty() {
                    return Some((body, ""));
                }
                '.'
            }
            // Several points and no comma: thousands only ("1.000.000").
            (0, _) => return Some((body, "")),
            _ => return None,
        }
    } else {
        match points {
            0 => return Some((body, "")),
            1 => '.',
            _ => return None,
        }
    };
    let (whole, fraction) = body.split_once(mark)?;
    Some((whole, fraction))
}

/// The digits of a whole part, without its grouping marks: the first group of one to three digits (not
/// starting with 0), then groups of exactly three, all separated by the same mark. `None` for a grouping
/// that is not that ("1,00,0", "01,000", "1.000 000"). A whole part without marks is returned as it is.
fn ungroup(whole: &str, style: NumberStyle) -> Option<String> {
    let grouping = if style.decimal == ',' { '.' } else { ',' };
    let mut separators = whole.chars().filter(|c| *c == grouping || is_space(*c));
    let Some(separator) = separators.next() else {
        return Some(whole.to_owned());
    };
    if separators.any(|c| c != separator) {
        return None;
    }
    let mut groups = whole.split(separator);
    let first = groups.next()?;
    if first.is_empty() || first.len() > 3 || first.starts_with('0') {
        return None;
    }
    let mut digits = first.to_owned();
    for group in groups {
        if group.len() != 3 {
            return None;
        }
        digits.push_str(group);
    }
    Some(digits)
}

/// A number of zero or more (hours, years).
pub fn parse_non_negative(text: &str, style: NumberStyle) -> Result<f64, Problem> {
    let value = parse_number(text, style)?;
    if value < 0.0 {
        Err(Problem::Negative)
    } else {
        // "-0" is zero.
        Ok(value.abs())
    }
}

/// A whole count of zero or more (families, references). "1.000" in Spanish and "1,000" in English are a
/// thousand; "2.5" is [`Problem::NotWhole`].
pub fn parse_whole(text: &str, style: NumberStyle) -> Result<u32, Problem> {
    let value = parse_non_negative(text, style)?;
    if value.fract() != 0.0 {
        Err(Problem::NotWhole)
    } else if value > f64::from(u32::MAX) {
        Err(Problem::TooLarge)
    } else {
        Ok(value as u32)
    }
}

/// A saved number written back into a field for editing: a point, no grouping, at most two decimals
/// ("1.5", "12"). Both styles read it back as the same number.
pub fn input_text(value: f64) -> String {
    // `as` saturates (and maps NaN to 0), which is what showing an out-of-range value should do.
    let hundredths = (value * 100.0).round() as i64;
    let sign = if hundredths < 0 { "-" } else { "" };
    let (whole, cents) = (
        hundredths.unsigned_abs() / 100,
        hundredths.unsigned_abs() % 100,
    );
    if cents == 0 {
        format!("{sign}{whole}")
    } else {
        let cents = format!("{cents:02}");
        format!("{sign}{whole}.{}", cents.trim_end_matches('0'))
    }
}
