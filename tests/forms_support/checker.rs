//! Helpers shared by the native checker tests (`tests/forms_checker.rs`) and the browser ones
//! (`tests/web_checker.rs`), which include this file: a fixed today, drafts, and running actions through
//! the same transitions the tool uses.

// Each test crate uses the helpers it needs.
#![allow(dead_code)]

use endorsement_navigator::forms::NumberStyle;
use endorsement_navigator::forms::checker::{
    CheckerAction, CheckerState, Field, Problem, Reading, RscDraft, Section, TrainingDraft,
};
use endorsement_navigator::i18n::{Lang, Locale};
use endorsement_navigator::rules::Date;

pub const EN: NumberStyle = NumberStyle::POINT;
pub const ES: NumberStyle = NumberStyle::COMMA;

pub fn today() -> Date {
    Date::parse("2026-03-15").expect("a valid date")
}

/// Saving in `style` on [`today`].
pub fn read(style: NumberStyle) -> Reading {
    // Dates are read as the language with this number style writes them.
    let lang = if style == EN { Lang::En } else { Lang::Es };
    Reading {
        style,
        dates: Locale::new(lang).date_style(),
        today: today(),
    }
}

/// The errors of `section`'s open editor, as (field, problem); none when no editor is open.
pub fn editor_errors(state: &CheckerState, section: Section) -> Vec<(Field, Problem)> {
    state
        .list(section)
        .errors()
        .iter()
        .map(|e| (e.field, e.problem))
        .collect()
}

pub fn run(state: &mut CheckerState, actions: impl IntoIterator<Item = CheckerAction>) {
    for action in actions {
        state.apply(action);
    }
}

/// A training titled "Attachment basics" of `hours` as typed.
pub fn training(hours: &str) -> TrainingDraft {
    TrainingDraft {
        title: "Attachment basics".into(),
        hours: hours.into(),
        ..TrainingDraft::default()
    }
}

/// RSC of `hours` as typed, from a qualified provider.
pub fn rsc(hours: &str) -> RscDraft {
    RscDraft {
        hours: hours.into(),
        qualified_provider: Some(true),
        ..RscDraft::default()
    }
}
