//! Helpers shared by the native renewal tests (`tests/forms_renewal.rs`) and the browser ones
//! (`tests/web_renewal.rs`), which include this file: a fixed today and states built through the same
//! transitions the tool uses.

// Each test crate uses the helpers it needs.
#![allow(dead_code)]

use endorsement_navigator::forms::renewal::{
    EntryDraft, EntryReading, LogKind, RenewalAction, RenewalState,
};
use endorsement_navigator::forms::{DateStyle, NumberStyle};
use endorsement_navigator::i18n::{Lang, Locale};
use endorsement_navigator::rules::model::TrainingKind;
use endorsement_navigator::rules::{Category, Date};

pub const EN: NumberStyle = NumberStyle::POINT;
pub const ES: NumberStyle = NumberStyle::COMMA;

pub fn date(text: &str) -> Date {
    Date::parse(text).unwrap_or_else(|| panic!("bad test date {text}"))
}

pub fn today() -> Date {
    date("2026-11-22")
}

/// How the language with this number style writes dates.
pub fn dates(style: NumberStyle) -> DateStyle {
    let lang = if style == EN { Lang::En } else { Lang::Es };
    Locale::new(lang).date_style()
}

/// Reading an entry on [`today`] in the language with this number style.
pub fn reading(style: NumberStyle) -> EntryReading {
    EntryReading {
        today: today(),
        style,
        dates: dates(style),
    }
}

pub fn apply(mut state: RenewalState, action: RenewalAction) -> RenewalState {
    state.apply(action);
    state
}

pub fn draft(date: &str, hours: &str) -> EntryDraft {
    EntryDraft {
        date: date.to_owned(),
        hours: hours.to_owned(),
        kind: TrainingKind::General,
        title: String::new(),
    }
}

/// Types an entry into `log`'s form and submits it, with hours read in English.
pub fn add(state: RenewalState, log: LogKind, date: &str, hours: &str) -> RenewalState {
    add_in(EN, state, log, date, hours)
}

/// Types an entry into `log`'s form and submits it, with hours read in `style`.
pub fn add_in(
    style: NumberStyle,
    state: RenewalState,
    log: LogKind,
    date: &str,
    hours: &str,
) -> RenewalState {
    let state = apply(state, RenewalAction::EditDraft(log, draft(date, hours)));
    apply(
        state,
        RenewalAction::SubmitEntry {
            log,
            reading: reading(style),
        },
    )
}

/// Family Specialist endorsed 2025-06-01: the 2027 deadline with 30 training and 24 RSC hours.
pub fn family_specialist() -> RenewalState {
    let s = apply(
        RenewalState::default(),
        RenewalAction::SetCategory(Some(Category::FamilySpecialist)),
    );
    apply(s, RenewalAction::SetEndorsedOn("2025-06-01".to_owned()))
}
