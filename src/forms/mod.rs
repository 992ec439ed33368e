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
    /// Text that is not shaped like a date in the visitor's language ("yesterday", "10/05/26").
    NotADate,
    /// A date of the right shape for a day that does not exist ("31/02/2025", month 13).
    NoSuchDate,
}
