//! Browser tests of the renewal tool: the rendered report for known inputs (today fixed) and the tool
//! restoring saved entries. The state's transitions are tested natively in `tests/forms_renewal.rs`.
#![cfg(target_arch = "wasm32")]

use endorsement_navigator::config::{Config, Tool};
use endorsement_navigator::forms::renewal::{LogKind, RenewalAction, outcome};
use endorsement_navigator::rules::Category;
use endorsement_navigator::ui::env::Env;
use endorsement_navigator::ui::renewal::RenewalTool;
use endorsement_navigator::ui::renewal::computed::report_key;
use endorsement_navigator::ui::renewal::report::ReportView;
use std::rc::Rc;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;

#[path = "forms_support/renewal.rs"]
mod renewal_support;
use renewal_support::*;

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
    let (input, report) = outcome(&s, today(), dates(EN)).expect("a report");
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
    // Endorsed in the 2024 renewal year: the 2024 deadline is not theirs, the first renewal is 2027 with the
    // full 3 years' hours; said once, in one sentence that no other contradicts.
    let s = apply(
        family_specialist(),
        RenewalAction::SetEndorsedOn("2024-06-01".to_owned()),
    );
    let (input, report) = outcome(&s, date("2024-11-22"), dates(EN)).expect("a report");
    let root = mount(
        env(),
        html! { <ReportView report={Some(Rc::new((input, report)))} /> },
    );
    support::settle().await;
    let shown = text(&root);
    assert!(
        shown.contains("You were endorsed in 2024, a renewal year. Its deadline, 31 December 2024, is not a renewal for you: you had been endorsed less than a year by then. Your first cycle runs from 1 January 2025 to 31 December 2027, and only hours dated in it count, so hours from 2024 do not count toward this renewal."),
        "{shown}"
    );
    assert!(
        !shown.contains("you skip that one"),
        "explained once: {shown}"
    );
    assert!(!shown.contains("the day after the"), "{shown}");
    assert!(
        shown.contains("→ 45 training hours and 36 RSC hours."),
        "{shown}"
    );

    // Inside the October–December window the report says the window is open.
    let s = apply(
        family_specialist(),
        RenewalAction::SetEndorsedOn("2025-06-01".to_owned()),
    );
    let (input, report) = outcome(&s, date("2027-11-01"), dates(EN)).expect("a report");
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
    let (input, report) = outcome(&s, today(), dates(EN)).expect("a report");
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
    // Endorsed in 2021: the 2024 deadline has passed, so there is one to have missed.
    let s = apply(
        family_specialist(),
        RenewalAction::SetEndorsedOn("2021-06-01".to_owned()),
    );
    let s = add(s, LogKind::Training, "2026-01-01", "10");
    let s = apply(s, RenewalAction::SetLapsed(true));
    let env = env();
    env.store.save(Tool::Renewal, &s);
    let root = mount(env, html! { <RenewalTool /> });
    support::settle().await;
    let shown = text(&root);
    for expected in [
        "Plan my renewal",
        "31 December 2027",
        "35 more training hours",
        "Did you renew by 31 December 2024?",
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

// ------------------------------------------------------------------------------------------------ memo

/// The report is worked out again only when what it depends on changes: typing in an entry form, a
/// focus request or the last change's announcement leave the key as it was; a logged entry does not.
#[wasm_bindgen_test]
fn the_report_key_ignores_what_only_the_entry_forms_hold() {
    let s = add(family_specialist(), LogKind::Training, "2026-01-01", "10");
    let key = report_key(&s);
    let typing = apply(
        s.clone(),
        RenewalAction::EditDraft(LogKind::Rsc, draft("2026-02-01", "3")),
    );
    assert_ne!(typing, s, "the draft is in the state");
    assert_eq!(report_key(&typing), key, "but not in the report's key");
    let id = s.trainings[0].id;
    let editing = apply(
        s.clone(),
        RenewalAction::StartEdit(LogKind::Training, id, dates(EN)),
    );
    assert_ne!(editing, s, "the entry is open in its form");
    assert_eq!(
        report_key(&editing),
        key,
        "opening an entry for editing changes no report"
    );
    let more = add(s, LogKind::Training, "2026-02-01", "2");
    assert_ne!(report_key(&more), key, "a new entry changes the report");
}
