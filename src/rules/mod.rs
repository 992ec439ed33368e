//! The rules engine: pure Rust, no web dependency.
//!
//! Three questions, each a function of its input and a [`Ruleset`] edition:
//! [`check`] (does a profile meet a category), [`renewal`] (what is due by the next deadline) and
//! [`recommend`] (which category fits). The engine depends on std, serde and chrono only: it answers with
//! ids, enums and numbers, never with sentences for users. Reading the contract's JSON and putting reasons
//! into words is `crate::contract`'s job.

pub mod asks;
pub mod association;
pub mod check;
pub mod competency;
pub mod date;
pub mod entry_checks;
pub mod input_path;
pub mod json;
pub mod model;
pub mod read;
pub mod recommend;
pub mod renewal;
pub mod ruleset;

pub use check::{CheckReport, Detail, Guidance, Notice, Requirement};
pub use date::Date;
pub use model::{Answers, Category, Credential, Profile, RenewalInput};
pub use recommend::{Fit, Reason, Recommendation};
pub use renewal::RenewalReport;
pub use ruleset::{
    Assumption, CategoryRules, EDITION_2025, PaceRate, ReferenceSource, RequirementId, Ruleset,
};

use std::fmt;

/// What is wrong with an input, and in which field (`trainings[2].hours`, `category`, …).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RulesError {
    pub kind: ErrorKind,
    pub field: String,
    pub message: String,
    /// The entry the error is in (`trainings[2].hours` → the third training), typed, so that a form
    /// finds it without reading `field` back. Not part of the contract's JSON.
    pub entry: Option<(input_path::InputList, usize)>,
}

/// The kind of a [`RulesError`], for callers that react to it (the UI puts each beside the input it is
/// about). The contract's JSON carries only the field and message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// The input does not have the contract's shape: a wrong type, an unknown value, a bad date.
    Malformed,
    /// No `today` was given and there is no clock to read it from.
    MissingToday,
    /// A work entry ends before it starts.
    EndBeforeStart,
    /// A competency id that is not on the list in use.
    UnknownCompetency,
    /// A renewal of a status that is not renewed (Reflective Supervisor – Emerging).
    NotRenewed,
    /// A renewal whose endorsement date is after today.
    EndorsedAfterToday,
    /// A work entry starting after today, or RSC dated after today: it has not happened yet.
    AfterToday,
    /// A training or RSC entry of 0 hours.
    ZeroHours,
}

impl RulesError {
    pub fn new(
        kind: ErrorKind,
        field: impl Into<String>,
        message: impl Into<String>,
    ) -> RulesError {
        RulesError {
            kind,
            field: field.into(),
            message: message.into(),
            entry: None,
        }
    }

    /// This error, as one in entry `index` of `list`.
    pub fn in_entry(self, list: input_path::InputList, index: usize) -> RulesError {
        RulesError {
            entry: Some((list, index)),
            ..self
        }
    }
}

impl fmt::Display for RulesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl std::error::Error for RulesError {}

/// The date to use as "today": the one given, else the machine's clock where there is one. In the browser
/// the shell always passes `today`, because `std` has no clock on `wasm32-unknown-unknown`.
pub fn resolve_today(given: Option<Date>) -> Result<Date, RulesError> {
    given.or_else(system_today).ok_or_else(|| {
        RulesError::new(
            ErrorKind::MissingToday,
            "today",
            "missing: give the current date as YYYY-MM-DD",
        )
    })
}

#[cfg(not(target_arch = "wasm32"))]
fn system_today() -> Option<Date> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    Date::from_ymd(1970, 1, 1).map(|epoch| epoch.add_days((secs / 86_400) as i32))
}

#[cfg(target_arch = "wasm32")]
fn system_today() -> Option<Date> {
    None
}

/// The sum of some hours, rounded to a millionth of an hour so that binary fractions do not miss a
/// threshold (15 trainings of 2.2 h add up to 32.99999999999999 in plain `f64`, yet are 33 h). Starts from
/// `+0.0`: `Iterator::sum` for `f64` starts from `-0.0`, which would print as "-0".
pub(crate) fn total(values: impl IntoIterator<Item = f64>) -> f64 {
    let sum = values.into_iter().fold(0.0, |sum, value| sum + value);
    let rounded = (sum * 1e6).round() / 1e6;
    if rounded.is_finite() {
        rounded + 0.0
    } else {
        sum
    }
}

/// Sorts `v` by `key`, keeping equal elements in their order (like `sort_by_key`). An insertion sort: the
/// lists sorted here are short and almost sorted, and each standard-library sort would add several KB of
/// merge-sort code per element type to the wasm.
pub fn sort_small_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && key(&v[j - 1]) > key(&v[j]) {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// `check` under the 2025 edition.
pub fn check(profile: &Profile) -> Result<CheckReport, RulesError> {
    check::check(&EDITION_2025, profile)
}

/// `renewal` under the 2025 edition.
pub fn renewal(input: &RenewalInput) -> Result<RenewalReport, RulesError> {
    renewal::renewal(&EDITION_2025, input)
}

/// `recommend` under the 2025 edition.
pub fn recommend(answers: &Answers) -> Recommendation {
    recommend::recommend(&EDITION_2025, answers)
}

#[cfg(test)]
mod sort_tests {
    use super::sort_small_by_key;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        // Pairs (key, original position): equal keys must keep their order.
        let mut seed = 7u32;
        for len in 0..40 {
            let v: Vec<(u32, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) % 5, i)
                })
                .collect();
            let mut ours = v.clone();
            sort_small_by_key(&mut ours, |p| p.0);
            let mut std = v;
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std);
        }
    }
}
