//! What people type, before the rules see it: drafts that keep the raw text, the fields that can hold an
//! error and the problems they can have, one number reader and one date reader shared by the three tools,
//! validation, and each tool's state transitions as plain functions.
//!
//! Native and pure: it depends on [`crate::rules`] (and std, serde) only, so every transition is tested by
//! `cargo test`. It never produces a sentence for people: problems are enums, and the interface turns
//! them into messages in the visitor's language. The browser shell (`ui`) holds the components and thin
//! `yew::Reducible` wrappers around the `apply` functions here.

pub mod category;
pub mod checker;
mod date;
mod number;
pub mod renewal;

pub use date::parse_date;
pub use number::{NumberStyle, input_text, parse_non_negative, parse_number, parse_whole};

/// What is wrong with one typed number or date, before a tool says what it means for its field. Each
/// tool maps these onto its own `Problem`, because the same fault reads differently on different fields
/// ("Enter the hours of this training" against "Enter the number of hours.").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InputProblem {
    /// Nothing but spaces was typed.
    Empty,
    /// Text that is not a number in the visitor's style (letters, "1,00,0", two decimal marks).
    NotANumber,
    /// A number below zero where only zero or more makes sense.
    Negative,
    /// A fraction where a whole number is needed.
    NotWhole,
    /// A whole number too large to be held (more than `u32::MAX`).
    TooLarge,
    /// Text that is not shaped like a date (`YYYY-MM-DD`).
    NotADate,
    /// A date of the right shape for a day that does not exist ("2023-02-30", month 13).
    NoSuchDate,
}

#[cfg(test)]
mod tests {
    /// Every file of this module, as text: the layering is a property of the source.
    const SOURCES: [(&str, &str); 8] = [
        ("mod.rs", include_str!("mod.rs")),
        ("category.rs", include_str!("category.rs")),
        ("checker/mod.rs", include_str!("checker/mod.rs")),
        ("checker/entries.rs", include_str!("checker/entries.rs")),
        ("checker/kinds.rs", include_str!("checker/kinds.rs")),
        ("date.rs", include_str!("date.rs")),
        ("number.rs", include_str!("number.rs")),
        ("renewal.rs", include_str!("renewal.rs")),
    ];

    #[test]
    fn forms_depends_on_the_rules_only() {
        // Split so that this test does not find its own needles.
        let needles = [
            "i18n", "config", "contract", "api", "ui", "embed", "yew", "web_sys",
        ]
        .map(|m| [["crate", "::", m].concat(), [m, "::"].concat()]);
        for (file, text) in SOURCES {
            for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
                for needle in needles.iter().flatten() {
                    let found = line.match_indices(needle.as_str()).any(|(at, _)| {
                        !line[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_')
                    });
                    assert!(!found, "{file} uses {needle}: {line}");
                }
            }
        }
    }
}
