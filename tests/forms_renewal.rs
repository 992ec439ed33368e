//! The renewal tool's transitions, natively: the logs, the entry form's validation, the conversion to
//! the engine's input and where its errors are shown. (Moved from the browser tests: none of this needs a
//! DOM.)
#![cfg(not(target_arch = "wasm32"))]

#[path = "forms_support/saved.rs"]
mod saved_support;
use endorsement_navigator::contract::ToolInput;
use endorsement_navigator::forms::renewal::{
    Change, ERROR_SUMMARY_ID, EntryDraft, Field, FieldError, LogKind, Problem, REPORT_HEADING_ID,
    RenewalAction, RenewalState, edit_button_id, outcome, outcome_for,
};
use endorsement_navigator::rules::association::Association;
use endorsement_navigator::rules::model::TrainingKind;
use endorsement_navigator::rules::{Category, RenewalInput};
use saved_support::{saved, saved_value};

#[path = "forms_support/renewal.rs"]
mod renewal_support;
use renewal_support::*;

#[test]
fn adding_an_entry_logs_it_and_clears_the_form() {
    let s = add(family_specialist(), LogKind::Training, "2026-01-01", "10");
    assert_eq!(s.trainings.len(), 1);
    assert_eq!(s.trainings[0].date, date("2026-01-01"));
    assert_eq!(s.trainings[0].hours.get(), 10.0);
    assert!(matches!(
        s.last_change,
        Some(Change::Added(LogKind::Training, _))
    ));
    assert_eq!(s.training_editor.draft.hours, "");
    assert_eq!(s.training_editor.draft.date, "");
    assert!(s.training_editor.errors.is_empty());
    assert!(s.rsc.is_empty(), "the RSC log is untouched");
    // Focus goes back to the form's first field, ready for the next entry.
    assert_eq!(
        s.focus.as_ref().map(|f| f.target.as_str()),
        Some(Field::EntryDate(LogKind::Training).id())
    );
}

#[test]
fn hours_are_read_in_the_visitor_style() {
    let s = add_in(ES, family_specialist(), LogKind::Rsc, "2026-02-01", "1,5");
    assert_eq!(s.rsc.len(), 1);
    assert_eq!(s.rsc[0].hours.get(), 1.5, "a Spanish decimal comma");
    let s = add_in(ES, s, LogKind::Rsc, "2026-02-02", "2.5");
    assert_eq!(
        s.rsc[1].hours.get(),
        2.5,
        "a point typed in Spanish is a point"
    );
    let s = add(s, LogKind::Training, "2026-02-01", "1,000");
    assert_eq!(s.trainings[0].hours.get(), 1000.0, "a thousand, not 1.0");
    let s = add(s, LogKind::Training, "2026-02-01", "1,5");
    assert_eq!(s.trainings.len(), 1, "in English \"1,5\" is not a number");
    assert_eq!(
        s.training_editor.errors.first().map(|e| e.problem),
        Some(Problem::NotANumber)
    );
}

#[test]
fn editing_an_entry_changes_it_in_place() {
    let s = add(family_specialist(), LogKind::Training, "2026-01-01", "10");
    let id = s.trainings[0].id;
    let s = apply(
        s,
        RenewalAction::StartEdit(LogKind::Training, id, dates(EN)),
    );
    assert_eq!(s.training_editor.editing, Some(id));
    assert_eq!(s.training_editor.draft.hours, "10");
    assert_eq!(
        s.training_editor.draft.date, "1 January 2026",
        "the date is written back as English writes it"
    );
    let edited = EntryDraft {
        hours: "12.5".to_owned(),
        title: "Attachment basics".to_owned(),
        ..s.training_editor.draft.clone()
    };
    let s = apply(s, RenewalAction::EditDraft(LogKind::Training, edited));
    let s = apply(
        s,
        RenewalAction::SubmitEntry {
            log: LogKind::Training,
            reading: reading(EN),
        },
    );
    assert_eq!(s.trainings.len(), 1, "edited, not added");
    assert_eq!(s.trainings[0].id, id);
    assert_eq!(s.trainings[0].hours.get(), 12.5);
    assert_eq!(s.trainings[0].title, "Attachment basics");
    assert_eq!(s.training_editor.editing, None);
    assert!(matches!(
        s.last_change,
        Some(Change::Saved(LogKind::Training, _))
    ));
    assert_eq!(
        s.focus.as_ref().map(|f| f.target.clone()),
        Some(edit_button_id(id))
    );
}

#[test]
fn cancelling_an_edit_keeps_the_entry() {
    let s = add(family_specialist(), LogKind::Rsc, "2026-01-01", "3");
    let id = s.rsc[0].id;
    let s = apply(s, RenewalAction::StartEdit(LogKind::Rsc, id, dates(EN)));
    let s = apply(
        s,
        RenewalAction::EditDraft(LogKind::Rsc, draft("2026-01-01", "99")),
    );
    let s = apply(s, RenewalAction::CancelEdit(LogKind::Rsc));
    assert_eq!(s.rsc[0].hours.get(), 3.0);
    assert_eq!(s.rsc_editor.editing, None);
}

#[test]
fn removing_an_entry_takes_it_out_of_its_log_only() {
    let s = add(family_specialist(), LogKind::Training, "2026-01-01", "10");
    let s = add(s, LogKind::Training, "2026-02-01", "5");
    let s = add(s, LogKind::Rsc, "2026-02-01", "4");
    let first = s.trainings[0].id;
    let s = apply(s, RenewalAction::Remove(LogKind::Training, first));
    assert_eq!(s.trainings.len(), 1);
    assert_eq!(s.trainings[0].hours.get(), 5.0);
    assert_eq!(s.rsc.len(), 1);
    assert!(matches!(
        s.last_change,
        Some(Change::Removed(LogKind::Training, _))
    ));
    // Ids stay unique after a removal.
    let s = add(s, LogKind::Training, "2026-03-01", "1");
    let mut ids: Vec<u32> = s.trainings.iter().chain(&s.rsc).map(|e| e.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 3);
}

#[test]
fn an_invalid_entry_date_keeps_the_raw_text_and_says_why() {
    let s = apply(
        family_specialist(),
        RenewalAction::EditDraft(LogKind::Training, draft("2026-02-30", "ten")),
    );
    let s = apply(
        s,
        RenewalAction::SubmitEntry {
            log: LogKind::Training,
            reading: reading(EN),
        },
    );
    assert!(s.trainings.is_empty(), "nothing is logged");
    assert_eq!(s.training_editor.draft.date, "2026-02-30", "raw text kept");
    assert_eq!(s.training_editor.draft.hours, "ten", "raw text kept");
    assert_eq!(
        s.training_editor.errors,
        vec![
            FieldError {
                field: Field::EntryDate(LogKind::Training),
                problem: Problem::NoSuchDate,
            },
            FieldError {
                field: Field::EntryHours(LogKind::Training),
                problem: Problem::NotANumber,
            },
        ]
    );
    assert_eq!(
        s.focus.as_ref().map(|f| f.target.as_str()),
        Some(Field::EntryDate(LogKind::Training).id())
    );
    // A future date and zero hours are refused too.
    let s = apply(
        s,
        RenewalAction::EditDraft(LogKind::Training, draft("2026-11-23", "0")),
    );
    let s = apply(
        s,
        RenewalAction::SubmitEntry {
            log: LogKind::Training,
            reading: reading(EN),
        },
    );
    let problems: Vec<Problem> = s.training_editor.errors.iter().map(|e| e.problem).collect();
    assert_eq!(
        problems,
        vec![Problem::AfterToday { today: today() }, Problem::Zero]
    );
}

#[test]
fn an_invalid_endorsement_date_keeps_the_raw_text_and_has_a_field_error() {
    let s = apply(
        family_specialist(),
        RenewalAction::SetEndorsedOn("2025-13-01".to_owned()),
    );
    assert_eq!(s.endorsed_on, "2025-13-01");
    assert_eq!(
        outcome(&s, today(), dates(EN)).err(),
        Some(vec![FieldError {
            field: Field::EndorsedOn,
            problem: Problem::NoSuchDate,
        }])
    );
    // Day first, as both languages write it; a text that is no date says so.
    let s = apply(s, RenewalAction::SetEndorsedOn("06/01/2025".to_owned()));
    let (input, _) = outcome(&s, today(), dates(EN)).expect("a report");
    assert_eq!(input.endorsed_on, date("2025-01-06"));
    let s = apply(s, RenewalAction::SetEndorsedOn("last June".to_owned()));
    assert_eq!(
        outcome(&s, today(), dates(EN)).err(),
        Some(vec![FieldError {
            field: Field::EndorsedOn,
            problem: Problem::NotADate,
        }])
    );
    let s = apply(s, RenewalAction::SetEndorsedOn("2025-6-1".to_owned()));
    assert!(outcome(&s, today(), dates(EN)).is_ok());
}

#[test]
fn the_engine_error_for_a_future_endorsement_sits_on_the_date() {
    let s = apply(
        family_specialist(),
        RenewalAction::SetEndorsedOn("2027-01-01".to_owned()),
    );
    assert_eq!(
        outcome(&s, today(), dates(EN)).err(),
        Some(vec![FieldError {
            field: Field::EndorsedOn,
            problem: Problem::AfterToday { today: today() },
        }])
    );
}

#[test]
fn missing_answers_become_errors_only_after_submit() {
    let s = RenewalState::default();
    assert_eq!(outcome(&s, today(), dates(EN)).err(), Some(Vec::new()));
    let s = apply(
        s,
        RenewalAction::Submit {
            today: today(),
            dates: dates(EN),
            association: Association::default(),
        },
    );
    let fields: Vec<Field> = outcome(&s, today(), dates(EN))
        .err()
        .unwrap_or_default()
        .into_iter()
        .map(|e| e.field)
        .collect();
    assert_eq!(fields, vec![Field::Category, Field::EndorsedOn]);
    assert_eq!(
        s.focus.as_ref().map(|f| f.target.as_str()),
        Some(ERROR_SUMMARY_ID)
    );
    // With valid answers, submit goes to the report.
    let s = apply(
        s,
        RenewalAction::SetCategory(Some(Category::FamilySpecialist)),
    );
    let s = apply(s, RenewalAction::SetEndorsedOn("2025-06-01".to_owned()));
    let s = apply(
        s,
        RenewalAction::Submit {
            today: today(),
            dates: dates(EN),
            association: Association::default(),
        },
    );
    assert_eq!(
        s.focus.as_ref().map(|f| f.target.as_str()),
        Some(REPORT_HEADING_ID)
    );
}

#[test]
fn the_lapsed_answer_turns_reinstatement_on_and_off() {
    // Endorsed in 2025, no deadline has passed yet: there is none to have missed.
    let s = add(family_specialist(), LogKind::Training, "2026-01-01", "10");
    let lapsed = apply(s.clone(), RenewalAction::SetLapsed(true));
    let (_, report) = outcome(&lapsed, today(), dates(EN)).expect("a report");
    assert_eq!(report.previous_deadline_passed, None);
    assert!(report.reinstatement.is_none());
    // Endorsed in 2021, the 2024 deadline has passed: the report waits for the answer.
    let s = apply(s, RenewalAction::SetEndorsedOn("2021-06-01".to_owned()));
    assert_eq!(outcome(&s, today(), dates(EN)).err(), Some(Vec::new()));
    let s = apply(s, RenewalAction::SetLapsed(false));
    let (_, report) = outcome(&s, today(), dates(EN)).expect("a report");
    assert_eq!(report.previous_deadline_passed, Some(date("2024-12-31")));
    assert!(report.reinstatement.is_none());
    let s = apply(s, RenewalAction::SetLapsed(true));
    assert_eq!(s.lapsed, Some(true));
    let (input, report) = outcome(&s, today(), dates(EN)).expect("a report");
    assert!(input.lapsed);
    let reinstatement = report.reinstatement.expect("reinstatement");
    assert_eq!(reinstatement.training.need, 15.0);
    assert_eq!(reinstatement.training.have, 10.0);
    assert_eq!(reinstatement.period_starts, date("2025-11-22"));
    let s = apply(s, RenewalAction::SetLapsed(false));
    assert!(
        outcome(&s, today(), dates(EN))
            .expect("a report")
            .1
            .reinstatement
            .is_none()
    );
}

#[test]
fn the_state_survives_a_round_trip_through_storage_without_the_transient_parts() {
    let s = add(family_specialist(), LogKind::Training, "2026-01-01", "10");
    let s = apply(
        s,
        RenewalAction::Submit {
            today: today(),
            dates: dates(EN),
            association: Association::default(),
        },
    );
    let json = serde_json::to_string(&s).expect("serializes");
    let back: RenewalState = saved(&json).expect("deserializes");
    assert_eq!(back.trainings, s.trainings);
    assert_eq!(back.category, s.category);
    assert_eq!(back.endorsed_on, s.endorsed_on);
    assert!(!back.submitted, "the submitted flag is not saved");
    assert!(back.focus.is_none());
}

#[test]
fn the_lapsed_question_has_no_default_and_names_every_passed_deadline() {
    let endorsed_2019 = |s| apply(s, RenewalAction::SetEndorsedOn("2019-05-01".to_owned()));
    let s = endorsed_2019(family_specialist());
    assert_eq!(s.lapsed, None, "nothing is chosen for the person");
    assert_eq!(
        s.passed_deadlines(today(), dates(EN), &Association::default()),
        Some(vec![date("2021-12-31"), date("2024-12-31")])
    );
    // No plan until they answer; once they ask for it, the question is an error in the summary.
    assert_eq!(outcome(&s, today(), dates(EN)).err(), Some(Vec::new()));
    let s = apply(
        s,
        RenewalAction::Submit {
            today: today(),
            dates: dates(EN),
            association: Association::default(),
        },
    );
    assert_eq!(
        outcome(&s, today(), dates(EN)).err(),
        Some(vec![FieldError {
            field: Field::Lapsed,
            problem: Problem::Missing,
        }])
    );
    assert_eq!(
        s.focus.as_ref().map(|f| f.target.as_str()),
        Some(ERROR_SUMMARY_ID)
    );
    // "No, I did not renew": the way back, with the 2027 deadline after it.
    let s = apply(s, RenewalAction::SetLapsed(true));
    let (_, report) = outcome(&s, today(), dates(EN)).expect("a report");
    assert!(report.reinstatement.is_some());
    assert_eq!(report.previous_deadline_passed, Some(date("2024-12-31")));

    // Endorsed in March 2024, a renewal year: that year's deadline was not theirs, so there is no question
    // and the report comes at once.
    let s = apply(
        family_specialist(),
        RenewalAction::SetEndorsedOn("2024-03-15".to_owned()),
    );
    assert_eq!(
        s.passed_deadlines(today(), dates(EN), &Association::default()),
        Some(Vec::new())
    );
    let (input, report) = outcome(&s, today(), dates(EN)).expect("a report");
    assert!(!input.lapsed);
    assert_eq!(report.cycle_starts, date("2025-01-01"));
    assert_eq!(report.previous_deadline_passed, None);
}

#[test]
fn a_new_entry_never_inherits_the_previous_entrys_type() {
    let s = family_specialist();
    let kind = TrainingKind::RscProvision;
    let s = apply(
        s,
        RenewalAction::EditDraft(
            LogKind::Training,
            EntryDraft {
                kind,
                ..draft("2026-01-01", "3")
            },
        ),
    );
    let s = apply(
        s,
        RenewalAction::SubmitEntry {
            log: LogKind::Training,
            reading: reading(EN),
        },
    );
    assert_eq!(s.trainings[0].kind, kind);
    assert_eq!(
        s.training_editor.draft.kind,
        TrainingKind::default(),
        "the next entry starts from the default type"
    );
    let s = add(s, LogKind::Training, "2026-02-01", "2");
    let kinds: Vec<TrainingKind> = s.trainings.iter().map(|e| e.kind).collect();
    assert_eq!(kinds, vec![kind, TrainingKind::General]);
}

#[test]
fn implausible_figures_are_counted_and_flagged_as_the_checker_does() {
    let s = add(
        family_specialist(),
        LogKind::Training,
        "2026-01-01",
        "100,000",
    );
    let s = add(s, LogKind::Rsc, "2026-01-01", "12");
    let flagged: Vec<f64> = s.entries_to_check().map(|e| e.hours.get()).collect();
    assert_eq!(flagged, vec![100_000.0], "only the typing slip");
    let (_, report) = outcome(&s, today(), dates(EN)).expect("a report");
    assert_eq!(report.training.have, 100_000.0, "counted as entered");
}

#[test]
fn entry_dates_are_read_and_written_back_as_each_language_writes_them() {
    for (style, typed, written) in [
        (EN, "05/10/2026", "5 October 2026"),
        (EN, "10 May 2026", "10 May 2026"),
        (EN, "2026-05-10", "10 May 2026"),
        (ES, "10.05.2026", "10 de mayo de 2026"),
        (ES, "10 de mayo de 2026", "10 de mayo de 2026"),
        (ES, "5-10-2026", "5 de octubre de 2026"),
    ] {
        let s = add_in(style, family_specialist(), LogKind::Training, typed, "2");
        assert_eq!(s.trainings.len(), 1, "{typed}");
        let id = s.trainings[0].id;
        let s = apply(
            s,
            RenewalAction::StartEdit(LogKind::Training, id, dates(style)),
        );
        assert_eq!(s.training_editor.draft.date, written, "{typed}");
    }
    let s = add_in(ES, family_specialist(), LogKind::Rsc, "31/02/2025", "2");
    assert_eq!(
        s.rsc_editor.errors.first().map(|e| e.problem),
        Some(Problem::NoSuchDate)
    );
}

#[test]
fn engine_errors_are_put_into_words_in_the_visitors_language() {
    use endorsement_navigator::forms::renewal::engine_error;
    use endorsement_navigator::i18n::{Lang, Locale};
    use endorsement_navigator::rules::input_path::InputList;
    use endorsement_navigator::rules::{ErrorKind, RulesError};
    let error = RulesError::new(
        ErrorKind::ZeroHours,
        "trainings[0].hours",
        "an entry of 0 hours does not count",
    )
    .in_entry(InputList::Trainings, 0);
    let shown = engine_error(&error, today());
    assert_eq!(
        shown.problem,
        Problem::Engine {
            kind: ErrorKind::ZeroHours,
            list: Some(InputList::Trainings),
        }
    );
    let es = Locale::new(Lang::Es).field_error(shown);
    assert_eq!(
        es,
        "Registro de capacitación: Una entrada de 0 horas no cuenta para nada. Escriba más de 0 horas."
    );
    assert!(!es.contains(&error.message), "never the engine's English");
    let en = Locale::new(Lang::En).field_error(shown);
    assert_eq!(
        en,
        "Training log: An entry of 0 hours counts for nothing. Enter more than 0 hours."
    );
}

/// An association whose rules ask 9 of the training hours on providing RSC of those who provide RSC.
fn nine_hours_for_rsc_providers() -> Association {
    serde_json::from_value(serde_json::json!({
        "renewal_sub_requirements": [{ "kind": "rsc_provision", "hours": 9, "who": "rsc_providers" }]
    }))
    .expect("the association's rules read")
}

#[test]
fn the_rsc_provider_answer_has_no_default_and_decides_the_sub_requirement() {
    let assoc = nine_hours_for_rsc_providers();
    assert!(assoc.asks_rsc_providers());
    // Asked of everyone, the sub-requirement needs no question.
    let everyone: Association = serde_json::from_value(serde_json::json!({
        "renewal_sub_requirements": [{ "kind": "rsc_provision", "hours": 9, "who": "everyone" }]
    }))
    .expect("the association's rules read");
    assert!(!everyone.asks_rsc_providers());
    let (_, report) =
        outcome_for(&family_specialist(), today(), dates(EN), &everyone).expect("a report");
    assert_eq!(report.sub_requirements.len(), 1);
    let s = add(family_specialist(), LogKind::Training, "2026-01-01", "10");
    assert_eq!(s.provides_rsc, None, "nothing is chosen for the person");
    // Unanswered, the report is still shown, with no sub-requirement (the screen says the answer is due).
    let (input, report) = outcome_for(&s, today(), dates(EN), &assoc).expect("a report");
    assert!(!input.provides_rsc);
    assert!(report.sub_requirements.is_empty());

    let s = apply(s, RenewalAction::SetProvidesRsc(true));
    assert!(s.has_entries());
    let (input, report) = outcome_for(&s, today(), dates(EN), &assoc).expect("a report");
    assert!(input.provides_rsc);
    let [sub] = report.sub_requirements.as_slice() else {
        panic!("one sub-requirement: {:?}", report.sub_requirements);
    };
    assert_eq!(
        (sub.kind, sub.need, sub.have),
        (TrainingKind::RscProvision, 9.0, 0.0)
    );
    assert!(!report.ready);

    let s = apply(s, RenewalAction::SetProvidesRsc(false));
    assert_eq!(s.provides_rsc, Some(false));
    let (_, report) = outcome_for(&s, today(), dates(EN), &assoc).expect("a report");
    assert!(report.sub_requirements.is_empty());
}

#[test]
fn the_rsc_provider_answer_is_saved_and_older_saved_states_still_load() {
    let s = apply(family_specialist(), RenewalAction::SetProvidesRsc(true));
    let json = serde_json::to_string(&s).expect("serializes");
    let back: RenewalState = saved(&json).expect("deserializes");
    assert_eq!(back.provides_rsc, Some(true));

    // A state saved before the question existed has no `provides_rsc`: it loads, unanswered.
    let mut old: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    old.as_object_mut()
        .expect("an object")
        .remove("provides_rsc");
    let back: RenewalState = saved_value(old).expect("an old state loads");
    assert_eq!(back.provides_rsc, None);
    assert_eq!(back.category, s.category);
    assert_eq!(back.endorsed_on, s.endorsed_on);
}

#[test]
fn the_rsc_provider_answer_travels_in_links_and_files() {
    let s = apply(family_specialist(), RenewalAction::SetProvidesRsc(true));
    let (input, _) =
        outcome_for(&s, today(), dates(EN), &nine_hours_for_rsc_providers()).expect("a report");
    // What a link or a file carries: the person's answer, not the page's rules.
    let shared = ToolInput::Renewal(input).without_context();
    let json = serde_json::to_value(&shared).expect("serializes");
    assert_eq!(json["provides_rsc"], true);
    assert!(json.get("association").is_none(), "{json}");
    let ToolInput::Renewal(input) = shared else {
        panic!("stays the renewal input");
    };
    let restored = RenewalState::from_input(&input, &[], dates(EN));
    assert_eq!(restored.provides_rsc, Some(true));
    // A "no", or a link made before the question, restores as the answer the shared report was made with.
    let no = RenewalState::from_input(
        &RenewalInput {
            provides_rsc: false,
            ..input
        },
        &[],
        dates(EN),
    );
    assert_eq!(no.provides_rsc, Some(false));
}

#[test]
fn the_lapsed_question_names_the_associations_own_deadline_day() {
    let assoc: Association =
        serde_json::from_value(serde_json::json!({ "renewal_deadline": "12-15" })).expect("rules");
    let s = apply(
        family_specialist(),
        RenewalAction::SetEndorsedOn("2021-06-01".to_owned()),
    );
    assert_eq!(
        s.passed_deadlines(today(), dates(EN), &assoc),
        Some(vec![date("2024-12-15")])
    );
    // Between the association's day and December 31 the deadline has passed for it, not by default:
    // the question is asked, and "Show my renewal" goes to it.
    let late_december = date("2024-12-20");
    assert_eq!(
        s.passed_deadlines(late_december, dates(EN), &Association::default()),
        Some(Vec::new())
    );
    assert_eq!(
        s.passed_deadlines(late_december, dates(EN), &assoc),
        Some(vec![date("2024-12-15")])
    );
    let s = apply(
        s,
        RenewalAction::Submit {
            today: late_december,
            dates: dates(EN),
            association: assoc.clone(),
        },
    );
    assert_eq!(
        s.focus.as_ref().map(|f| f.target.as_str()),
        Some(ERROR_SUMMARY_ID)
    );
    assert_eq!(
        outcome_for(&s, late_december, dates(EN), &assoc).err(),
        Some(vec![FieldError {
            field: Field::Lapsed,
            problem: Problem::Missing,
        }])
    );
}
