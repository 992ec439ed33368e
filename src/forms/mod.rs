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
pub mod pace;
pub mod renewal;
mod restore;
pub mod saved;

pub use date::{DateStyle, parse_date};
pub use number::{NumberStyle, input_text, parse_non_negative, parse_number, parse_whole};

use crate::rules::input_path::InputList;
use crate::rules::{Date, ErrorKind};
use renewal::LogKind;
use serde::Serialize;

/// Where keyboard focus should go after an action, in any tool: the id of the element, and a serial that
/// makes a repeated request a new one (the tool moves focus once per serial).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FocusRequest {
    pub target: String,
    pub serial: u32,
}

impl FocusRequest {
    /// The request after `previous` (if any) for `target`.
    pub fn next(previous: Option<&FocusRequest>, target: impl Into<String>) -> FocusRequest {
        FocusRequest {
            target: target.into(),
            serial: previous.map_or(0, |f| f.serial.wrapping_add(1)),
        }
    }
}

/// An answer that can honestly be "I'm not sure".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum YesNoNotSure {
    Yes,
    No,
    NotSure,
}

/// Every input of the three tools that can hold an error, each with the id of its control. One
/// vocabulary, so that one [`FieldError`], one error summary and one message lookup serve every tool.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    // The category finder's questions.
    Ages,
    Scope,
    Degree,
    YearsInScope,
    FamiliesServed,
    Psychotherapy,
    LeaderYears,
    ProvidesRsc,
    ProvidesRscYears,
    EndorsedIn,
    // The requirements checker's entry editors and references.
    DegreeLevel,
    WorkStart,
    WorkEnd,
    WorkFamilies,
    TrainingHours,
    TrainingDate,
    RscHours,
    RscQualified,
    /// The day of RSC, or the first day of a period of it.
    RscDate,
    /// The last day of a period of RSC.
    RscUntil,
    References,
    // The renewal calculator's form and log entries.
    Category,
    EndorsedOn,
    MembershipExpires,
    /// "Did you renew by …?"
    Lapsed,
    EntryDate(LogKind),
    EntryHours(LogKind),
}

impl Field {
    /// The DOM id of the field's control (a radio group's first radio), which error links point at;
    /// unique inside the widget's shadow root.
    pub fn id(self) -> &'static str {
        match self {
            Field::Ages => "category-ages",
            Field::Scope => "category-scope",
            Field::Degree => "category-degree",
            Field::YearsInScope => "category-years",
            Field::FamiliesServed => "category-families",
            Field::Psychotherapy => "category-psychotherapy",
            Field::LeaderYears => "category-leader-years",
            Field::ProvidesRsc => "category-provides-rsc",
            Field::ProvidesRscYears => "category-provides-rsc-years",
            Field::EndorsedIn => "category-endorsed",
            Field::DegreeLevel => "chk-degree-level",
            Field::WorkStart => "chk-work-start",
            Field::WorkEnd => "chk-work-end",
            Field::WorkFamilies => "chk-work-families",
            Field::TrainingHours => "chk-training-hours",
            Field::TrainingDate => "chk-training-date",
            Field::RscHours => "chk-rsc-hours",
            Field::RscQualified => "chk-rsc-qualified",
            Field::RscDate => "chk-rsc-date",
            Field::RscUntil => "chk-rsc-until",
            Field::References => "chk-references",
            Field::Category => "rn-category",
            Field::EndorsedOn => "rn-endorsed-on",
            Field::MembershipExpires => "rn-membership",
            Field::Lapsed => "rn-lapsed",
            Field::EntryDate(LogKind::Training) => "rn-training-date",
            Field::EntryHours(LogKind::Training) => "rn-training-hours",
            Field::EntryDate(LogKind::Rsc) => "rn-rsc-date",
            Field::EntryHours(LogKind::Rsc) => "rn-rsc-hours",
        }
    }
}

/// What is wrong with what was typed or chosen, in any tool. The same fault is one variant wherever it
/// happens; the language tables word it for its field ("Enter the hours of this training" against "Enter
/// the number of hours.").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// Nothing chosen, or nothing but spaces typed.
    Missing,
    /// Text that is not a number in the visitor's style (letters, "1,00,0", two decimal marks).
    NotANumber,
    /// A number below zero where only zero or more makes sense.
    Negative,
    /// A fraction where a whole number is needed.
    NotWhole,
    /// A number too large to be real (a whole number above `u32::MAX`, more years than a career).
    TooLarge,
    /// Text that is not shaped like a date in the visitor's language ("yesterday", "10/05/26").
    NotADate,
    /// A date of the right shape for a day that does not exist ("31/02/2025", month 13).
    NoSuchDate,
    /// Zero where some is needed: hours of a training or RSC entry (the rules refuse 0 hours), years of
    /// providing RSC after answering yes.
    Zero,
    /// An end date before its start ([`crate::rules::entry_checks::ends_after_start`]).
    EndBeforeStart,
    /// A date after `today`: it has not happened yet ([`crate::rules::entry_checks::not_after_today`]).
    AfterToday { today: Date },
    /// A category the engine does not renew (Reflective Supervisor – Emerging).
    NotRenewed,
    /// Any other rejection by the rules engine: its kind and the list of the entry it names, if any,
    /// which the language table puts into words (the engine's own message is English, for developers).
    Engine {
        kind: ErrorKind,
        list: Option<InputList>,
    },
}

/// One error of one field, in any tool.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub problem: Problem,
}

impl FieldError {
    pub fn new(field: Field, problem: Problem) -> FieldError {
        FieldError { field, problem }
    }
}

/// The problem of `field`'s first error in `errors`, if any: what the field shows beside itself.
pub fn first_problem(errors: &[FieldError], field: Field) -> Option<Problem> {
    errors.iter().find(|e| e.field == field).map(|e| e.problem)
}
