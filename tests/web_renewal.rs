//! Browser tests of the renewal tool: the reducer's transitions, the conversion to the engine's input, and
//! the rendered report for known inputs (today fixed).
#![cfg(target_arch = "wasm32")]

use endorsement_navigator::config::{Config, Tool};
use endorsement_navigator::i18n::renewal::Problem;
use endorsement_navigator::rules::model::TrainingKind;
use endorsement_navigator::rules::{Category, Date};
use endorsement_navigator::ui::env::Env;
use endorsement_navigator::ui::renewal::report::ReportView;
use endorsement_navigator::ui::renewal::state::{
    Change, ERROR_SUMMARY_ID, EntryDraft, Field, FieldError, LogKind, REPORT_HEADING_ID,
    RenewalAction, RenewalState, edit_button_id,
};
use endorsement_navigator::ui::renewal::{RenewalTool, outcome};
use std::rc::Rc;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;

fn date(text: &str) -> Date {
    Date::parse(text).unwrap_or_else(|| panic!("bad test date {text}"))
}

fn today() -> Date {
    date("2026-11-22")
}

fn apply(state: Rc<RenewalState>, action: RenewalAction) -> Rc<RenewalState> {
    state.reduce(action)
}

fn draft(date: &str, hours: &str) -> EntryDraft {
    EntryDraft {
        date: date.to_owned(),
        hours: hours.to_owned(),
        kind: TrainingKind::General,
        title: String::new(),
    }
}

fn add(state: Rc<RenewalState>, log: LogKind, date: &str, hours: &str) -> Rc<RenewalState> {
    let state = apply(state, RenewalAction::EditDraft(log, draft(date, hours)));
    apply(
        state,
        RenewalAction::SubmitEntry {
            log,
            today: today(),
        },
    )
}

/// Family Specialist endorsed 2025-06-01: the 2027 deadline with 30 training and 24 RSC hours.
fn family_specialist() -> Rc<RenewalState> {
    let s = Rc::new(RenewalState::default());
    let s = apply(
        s,
        RenewalAction::SetCategory(Some(Category::FamilySpecialist)),
    );
    apply(s, RenewalAction::SetEndorsedOn("2025-06-01".to_owned()))
}

#[wasm_bindgen_test]
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

#[wasm_bindgen_test]
fn hours_accept_a_decimal_comma() {
    let s = add(family_specialist(), LogKind::Rsc, "2026-02-01", "1,5");
    assert_eq!(s.rsc.len(), 1);
    assert_eq!(s.rsc[0].hours.get(), 1.5);
}

#[wasm_bindgen_test]
fn editing_an_entry_changes_it_in_place() {
    let s = add(family_specialist(), LogKind::Training, "2026-01-01", "10");
    let id = s.trainings[0].id;
    let s = apply(s, RenewalAction::StartEdit(LogKind::Training, id));
    assert_eq!(s.training_editor.editing, Some(id));
    assert_eq!(s.training_editor.draft.hours, "10");
    assert_eq!(s.training_editor.draft.date, "2026-01-01");
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
            today: today(),
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

#[wasm_bindgen_test]
fn cancelling_an_edit_keeps_the_entry() {
    let s = add(family_specialist(), LogKind::Rsc, "2026-01-01", "3");
    let id = s.rsc[0].id;
    let s = apply(s, RenewalAction::StartEdit(LogKind::Rsc, id));
    let s = apply(
        s,
        RenewalAction::EditDraft(LogKind::Rsc, draft("2026-01-01", "99")),
    );
    let s = apply(s, RenewalAction::CancelEdit(LogKind::Rsc));
    assert_eq!(s.rsc[0].hours.get(), 3.0);
    assert_eq!(s.rsc_editor.editing, None);
}

#[wasm_bindgen_test]
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

#[wasm_bindgen_test]
fn an_invalid_entry_date_keeps_the_raw_text_and_says_why() {
    let s = apply(
        family_specialist(),
        RenewalAction::EditDraft(LogKind::Training, draft("2026-02-30", "ten")),
    );
    let s = apply(
        s,
        RenewalAction::SubmitEntry {
            log: LogKind::Training,
            today: today(),
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
                problem: Problem::DateInvalid,
            },
            FieldError {
                field: Field::EntryHours(LogKind::Training),
                problem: Problem::HoursInvalid,
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
            today: today(),
        },
    );
    let problems: Vec<Problem> = s
        .training_editor
        .errors
        .iter()
        .map(|e| e.problem.clone())
        .collect();
    assert_eq!(
        problems,
        vec![
            Problem::EntryDateAfterToday { today: today() },
            Problem::HoursNotPositive
        ]
    );
}

#[wasm_bindgen_test]
fn an_invalid_endorsement_date_keeps_the_raw_text_and_has_a_field_error() {
    let s = apply(
        family_specialist(),
        RenewalAction::SetEndorsedOn("2025-13-01".to_owned()),
    );
    assert_eq!(s.endorsed_on, "2025-13-01");
    assert_eq!(
        outcome(&s, today()).err(),
        Some(vec![FieldError {
            field: Field::EndorsedOn,
            problem: Problem::DateInvalid,
        }])
    );
}

#[wasm_bindgen_test]
fn the_engine_error_for_a_future_endorsement_sits_on_the_date() {
    let s = apply(
        family_specialist(),
        RenewalAction::SetEndorsedOn("2027-01-01".to_owned()),
    );
    assert_eq!(
        outcome(&s, today()).err(),
        Some(vec![FieldError {
            field: Field::EndorsedOn,
            problem: Problem::EndorsedAfterToday { today: today() },
        }])
    );
}

#[wasm_bindgen_test]
fn missing_answers_become_errors_only_after_submit() {
    let s = Rc::new(RenewalState::default());
    assert_eq!(outcome(&s, today()).err(), Some(Vec::new()));
    let s = apply(s, RenewalAction::Submit { today: today() });
    let fields: Vec<Field> = outcome(&s, today())
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
    let s = apply(s, RenewalAction::Submit { today: today() });
    assert_eq!(
        s.focus.as_ref().map(|f| f.target.as_str()),
        Some(REPORT_HEADING_ID)
    );
}

#[wasm_bindgen_test]
fn the_lapsed_answer_turns_reinstatement_on_and_off() {
    let s = add(family_specialist(), LogKind::Training, "2026-01-01", "10");
    let (_, report) = outcome(&s, today()).expect("a report");
    assert!(report.reinstatement.is_none());
    let s = apply(s, RenewalAction::SetLapsed(true));
    assert!(s.lapsed);
    let (input, report) = outcome(&s, today()).expect("a report");
    assert!(input.lapsed);
    let reinstatement = report.reinstatement.expect("reinstatement");
    assert_eq!(reinstatement.training.need, 15.0);
    assert_eq!(reinstatement.training.have, 10.0);
    assert_eq!(reinstatement.period_starts, date("2025-11-22"));
    let s = apply(s, RenewalAction::SetLapsed(false));
    assert!(
        outcome(&s, today())
            .expect("a report")
            .1
            .reinstatement
            .is_none()
    );
}

#[wasm_bindgen_test]
fn the_state_survives_a_round_trip_through_storage_without_the_transient_parts() {
    let s = add(family_specialist(), LogKind::Training, "2026-01-01", "10");
    let s = apply(s, RenewalAction::Submit { today: today() });
    let value = serde_wasm_bindgen::to_value(&*s).expect("serializes");
    let back: RenewalState = serde_wasm_bindgen::from_value(value).expect("deserializes");
    assert_eq!(back.trainings, s.trainings);
    assert_eq!(back.category, s.category);
    assert_eq!(back.endorsed_on, s.endorsed_on);
    assert!(!back.submitted, "the submitted flag is not saved");
    assert!(back.focus.is_none());
}

// ------------------------------------------------------------------------------------------- rendering

#[derive(Properties, PartialEq)]
struct HostProps {
    env: Env,
    children: Html,
}

#[function_component]
fn Host(props: &HostProps) -> Html {
    html! { <ContextProvider<Env> context={props.env.clone()}>{ props.children.clone() }</ContextProvider<Env>> }
}

fn env() -> Env {
    Env::new(Rc::new(Config::default()), today())
}

fn mount(env: Env, children: Html) -> web_sys::Element {
    let div = support::mount_point();
    yew::Renderer::<Host>::with_root_and_props(div.clone(), HostProps { env, children }).render();
    div
}

fn text(root: &web_sys::Element) -> String {
    root.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_report_shows_the_deadline_and_what_is_missing() {
    let s = add(family_specialist(), LogKind::Training, "2026-01-01", "10");
    let s = add(s, LogKind::Training, "2025-01-15", "4");
    let (input, report) = outcome(&s, today()).expect("a report");
    let root = mount(
        env(),
        html! { <ReportView report={Some(Rc::new((input, report)))} /> },
    );
    support::settle().await;
    let shown = text(&root);
    for expected in [
        "31 December 2027",
        "The renewal window opens on 1 October 2027.",
        "404 days to go (about 13 months).",
        "Endorsed 2 years by the deadline → 30 training hours and 24 RSC hours.",
        "10 of 30 hours",
        "20 more training hours",
        "0 of 24 hours",
        "24 more RSC hours",
        "4 training hours you logged are dated outside this cycle",
        "This cycle started on 1 June 2025, the day you were endorsed.",
        "How we count this",
    ] {
        assert!(shown.contains(expected), "missing {expected:?} in {shown}");
    }
    let bar = root
        .query_selector("#rn-progress-training")
        .ok()
        .flatten()
        .expect("a training progress bar");
    assert_eq!(bar.get_attribute("value").as_deref(), Some("10"));
    assert_eq!(bar.get_attribute("max").as_deref(), Some("30"));
}

#[wasm_bindgen_test]
async fn a_deadline_less_than_a_year_away_is_skipped_and_an_open_window_is_said() {
    // Endorsed in the 2024 renewal year: the 2024 deadline is skipped, the first renewal is 2027 with the
    // full 3 years' hours.
    let s = apply(
        family_specialist(),
        RenewalAction::SetEndorsedOn("2024-06-01".to_owned()),
    );
    let (input, report) = outcome(&s, date("2024-11-22")).expect("a report");
    let root = mount(
        env(),
        html! { <ReportView report={Some(Rc::new((input, report)))} /> },
    );
    support::settle().await;
    let shown = text(&root);
    assert!(
        shown.contains("You were endorsed less than a year before the 31 December 2024 deadline, so you skip that one: your first renewal is due 31 December 2027."),
        "{shown}"
    );
    assert!(
        shown.contains("→ 45 training hours and 36 RSC hours."),
        "{shown}"
    );

    // Inside the October–December window the report says the window is open.
    let s = apply(
        family_specialist(),
        RenewalAction::SetEndorsedOn("2025-06-01".to_owned()),
    );
    let (input, report) = outcome(&s, date("2027-11-01")).expect("a report");
    let root = mount(
        env(),
        html! { <ReportView report={Some(Rc::new((input, report)))} /> },
    );
    support::settle().await;
    let shown = text(&root);
    assert!(shown.contains("The renewal window is open now."), "{shown}");
    assert!(shown.contains("60 days to go (about 2 months)."), "{shown}");
}

#[wasm_bindgen_test]
async fn family_associate_is_told_rsc_is_only_recommended() {
    let s = apply(
        family_specialist(),
        RenewalAction::SetCategory(Some(Category::FamilyAssociate)),
    );
    let (input, report) = outcome(&s, today()).expect("a report");
    let root = mount(
        env(),
        html! { <ReportView report={Some(Rc::new((input, report)))} /> },
    );
    support::settle().await;
    let shown = text(&root);
    assert!(shown.contains("→ 30 training hours."), "{shown}");
    assert!(
        shown.contains("recommended but not required to renew as Family Associate"),
        "{shown}"
    );
    assert!(
        root.query_selector("#rn-progress-rsc")
            .ok()
            .flatten()
            .is_none()
    );
}

#[wasm_bindgen_test]
async fn the_tool_restores_saved_entries_and_shows_reinstatement() {
    let s = add(family_specialist(), LogKind::Training, "2026-01-01", "10");
    let s = apply(s, RenewalAction::SetLapsed(true));
    let env = env();
    env.store.save(Tool::Renewal, &*s);
    let root = mount(env, html! { <RenewalTool /> });
    support::settle().await;
    let shown = text(&root);
    for expected in [
        "Renewal hours",
        "31 December 2027",
        "20 more training hours",
        "Getting reinstated",
        "Complete 15 hours of training within the past 12 months, that is since 22 November 2025.",
        "10 of 15 hours",
        "5 more training hours",
        "Agree to be audited in your next renewal cycle.",
        "about 12 hours of RSC a year",
        "10 hours",
    ] {
        assert!(shown.contains(expected), "missing {expected:?} in {shown}");
    }
    // Emerging status is not offered: the engine does not renew it.
    let options = root
        .query_selector_all("#rn-category option")
        .expect("options");
    assert_eq!(options.length(), 8, "a placeholder and seven categories");
    assert!(!shown.contains("Endorsed Reflective Supervisor – Emerging status"));
}
