//! The forms and the rules refuse the same entries for the same faults: a date after today, an end
//! before its start, 0 hours, an RSC period without its first day. Both call `rules::entry_checks`; these
//! properties hold them to it over the same inputs, typed into the forms and handed to the rules.
#![cfg(not(target_arch = "wasm32"))]

#[path = "forms_support/checker.rs"]
mod checker_support;
use checker_support::*;

use endorsement_navigator::forms::checker::{
    CheckerAction as A, CheckerState, Field, Problem, RscDraft, Section, WorkDraft,
};
use endorsement_navigator::forms::renewal::{
    EntryDraft, EntryReading, LogKind, RenewalState, outcome, validate_entry,
};
use endorsement_navigator::forms::{DateStyle, FieldError, input_text};
use endorsement_navigator::i18n::{Lang, Locale};
use endorsement_navigator::rules::check::validate;
use endorsement_navigator::rules::model::{Hours, RscEntry, Training, WorkEntry};
use endorsement_navigator::rules::{
    Category, Credential, Date, EDITION_2025, ErrorKind, Notice, Profile,
};
use proptest::prelude::*;

fn dates() -> DateStyle {
    Locale::new(Lang::En).date_style()
}

/// The day `offset` days from [`today`], as typed and as the rules take it.
fn day(offset: i32) -> (String, Date) {
    let date = today().add_days(offset);
    (dates().write(date), date)
}

/// The rules' kind for a fault the forms found, for the faults both check.
fn kind(error: FieldError) -> Option<ErrorKind> {
    match (error.field, error.problem) {
        (_, Problem::AfterToday { .. }) => Some(ErrorKind::AfterToday),
        (_, Problem::EndBeforeStart) => Some(ErrorKind::EndBeforeStart),
        (_, Problem::Zero) => Some(ErrorKind::ZeroHours),
        // A last day of RSC without a first one.
        (Field::RscDate, Problem::Missing) => Some(ErrorKind::Malformed),
        _ => None,
    }
}

/// Saves `action`'s draft in a fresh checker: the saved profile, or the kinds of the form's errors.
fn save(section: Section, draft: A) -> Result<Profile, Vec<ErrorKind>> {
    let mut s = CheckerState::default();
    run(&mut s, [A::Add(section), draft, A::Save(section, read(EN))]);
    match s.list(section).errors() {
        [] => Ok(s.to_profile(today(), &Credential::ALL, EN)),
        errors => Err(errors.iter().filter_map(|e| kind(*e)).collect()),
    }
}

/// What the rules say of a profile holding only `profile`'s entries.
fn rules(profile: Profile) -> Result<(), ErrorKind> {
    validate(&EDITION_2025, &profile, Some(today())).map_err(|e| e.kind)
}

fn base() -> Profile {
    CheckerState::default().to_profile(today(), &Credential::ALL, EN)
}

/// The forms refuse exactly what the rules refuse, and for one of the same reasons.
fn agree(forms: Result<Profile, Vec<ErrorKind>>, typed: Profile) -> Result<(), TestCaseError> {
    let by_rules = rules(typed);
    match forms {
        Ok(saved) => {
            prop_assert_eq!(by_rules, Ok(()), "the forms saved what the rules refuse");
            prop_assert_eq!(rules(saved), Ok(()));
        }
        Err(kinds) => match by_rules {
            Ok(()) => prop_assert!(false, "the forms refused {kinds:?}, the rules accept"),
            Err(kind) => prop_assert!(kinds.contains(&kind), "rules {kind:?}, forms {kinds:?}"),
        },
    }
    Ok(())
}

proptest! {
    #[test]
    fn work_dates(start in -900i32..40, length in proptest::option::of(-40i32..900)) {
        let (start_text, start_date) = day(start);
        let end = length.map(|l| day(start + l));
        let draft = WorkDraft {
            start: start_text,
            end: end.as_ref().map(|e| e.0.clone()).unwrap_or_default(),
            current: end.is_none(),
            ..WorkDraft::default()
        };
        let typed = Profile {
            work: vec![WorkEntry {
                end: end.map(|e| e.1),
                ..WorkEntry::new(draft.scope, start_date)
            }],
            ..base()
        };
        agree(save(Section::Work, A::WorkDraft(draft)), typed)?;
    }

    #[test]
    fn training_and_rsc_hours(tenths in 0u32..40) {
        let hours = f64::from(tenths) / 10.0;
        let draft = training(&input_text(hours));
        let typed = Profile {
            trainings: vec![Training {
                hours: Hours::new(hours).expect("hours"),
                ..Default::default()
            }],
            ..base()
        };
        agree(save(Section::Training, A::TrainingDraft(draft)), typed)?;
        let typed = Profile {
            rsc: vec![RscEntry {
                hours: Hours::new(hours).expect("hours"),
                qualified_provider: true,
                ..Default::default()
            }],
            ..base()
        };
        agree(save(Section::Rsc, A::RscDraft(rsc(&input_text(hours)))), typed)?;
    }

    #[test]
    fn rsc_days_and_periods(
        first in proptest::option::of(-400i32..30),
        last in proptest::option::of(-400i32..30),
    ) {
        let first = first.map(day);
        let last = last.map(day);
        let draft = RscDraft {
            date: first.as_ref().map(|d| d.0.clone()).unwrap_or_default(),
            until: last.as_ref().map(|d| d.0.clone()).unwrap_or_default(),
            ..rsc("2")
        };
        let (first, last) = (first.map(|d| d.1), last.map(|d| d.1));
        // As the form hands them on: one day, or a period from its first day to its last.
        let typed = Profile {
            rsc: vec![RscEntry {
                hours: Hours::new(2.0).expect("hours"),
                qualified_provider: true,
                date: if last.is_none() { first } else { None },
                start: last.and(first),
                end: last,
                ..Default::default()
            }],
            ..base()
        };
        agree(save(Section::Rsc, A::RscDraft(draft)), typed)?;
    }

    /// A renewal log entry dated after today is refused by the form exactly when the engine would only
    /// note it as not done yet; one of 0 hours is refused as the checker refuses it.
    #[test]
    fn renewal_entries(offset in -400i32..40, tenths in 0u32..30) {
        let (text, date) = day(offset);
        let hours = f64::from(tenths) / 10.0;
        let draft = EntryDraft { date: text.clone(), hours: input_text(hours), ..EntryDraft::default() };
        let reading = EntryReading { today: today(), style: EN, dates: dates() };
        let read = validate_entry(LogKind::Training, &draft, 0, reading);
        let kinds: Vec<ErrorKind> = read.as_ref().err().into_iter().flatten().filter_map(|e| kind(*e)).collect();
        prop_assert_eq!(kinds.contains(&ErrorKind::AfterToday), date > today());
        prop_assert_eq!(kinds.contains(&ErrorKind::ZeroHours), hours == 0.0);
        prop_assert_eq!(read.is_ok(), date <= today() && hours > 0.0);

        // The same date logged through the engine: a notice that it is not done yet, exactly then.
        let state = RenewalState {
            category: Some(Category::FamilySpecialist),
            endorsed_on: dates().write(today().add_days(-400)),
            lapsed: Some(false),
            ..RenewalState::default()
        };
        let mut input = outcome(&state, today(), dates()).expect("a valid renewal").0;
        input.trainings = vec![endorsement_navigator::rules::model::LoggedTraining {
            hours: Hours::new(1.0).expect("hours"),
            date,
            kind: Default::default(),
        }];
        let report = endorsement_navigator::rules::renewal(&input).expect("a report");
        let not_yet = report.notices.iter().any(|n| matches!(n, Notice::TrainingNotYetCompleted { .. }));
        prop_assert_eq!(not_yet, date > today());
    }

    /// An endorsement date after today: the engine refuses it, and the form shows that beside the date
    /// as the same fault the checker's dates have.
    #[test]
    fn renewal_endorsement_date(offset in -2000i32..40) {
        let state = RenewalState {
            category: Some(Category::FamilySpecialist),
            endorsed_on: day(offset).0,
            lapsed: Some(false),
            submitted: true,
            ..RenewalState::default()
        };
        let errors = outcome(&state, today(), dates()).err().unwrap_or_default();
        let after_today = errors.iter().any(|e| e.field == Field::EndorsedOn && kind(*e) == Some(ErrorKind::AfterToday));
        prop_assert_eq!(after_today, offset > 0);
    }
}
