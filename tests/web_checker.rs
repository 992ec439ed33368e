//! Browser tests of the requirements checker: the rendered report of a known profile and the tool with a
//! preset. The state's transitions are tested natively in `tests/forms_checker.rs`.
#![cfg(target_arch = "wasm32")]

use endorsement_navigator::config::Config;
use endorsement_navigator::contract::ToolInput;
use endorsement_navigator::contract::export::Entries;
use endorsement_navigator::forms::checker::{
    CheckerAction as A, CheckerState, DegreeDraft, Section,
};
use endorsement_navigator::rules::Profile;
use endorsement_navigator::rules::RulesError;
use endorsement_navigator::rules::check::CheckReport;
use endorsement_navigator::rules::model::DegreeLevel;
use endorsement_navigator::rules::{self, Category, Credential};
use endorsement_navigator::ui::checker::{CheckerTool, ReportProps, report};
use endorsement_navigator::ui::env::Env;
use endorsement_navigator::ui::journey::arrival::{Arrival, Source};
use std::rc::Rc;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;

#[path = "forms_support/checker.rs"]
mod checker_support;
use checker_support::*;

// ------------------------------------------------------------------------------------------ rendering

#[derive(Properties, PartialEq)]
struct HostProps {
    env: Env,
    children: Html,
}

#[function_component]
fn Host(props: &HostProps) -> Html {
    html! { <ContextProvider<Env> context={props.env.clone()}>{ props.children.clone() }</ContextProvider<Env>> }
}

#[derive(Properties, PartialEq)]
struct ReportHostProps {
    report: Rc<Result<CheckReport, RulesError>>,
    #[prop_or_default]
    titles: Vec<String>,
}

/// The report view, drawn as the checker's root draws it: with the `Env` from the context.
#[function_component]
fn Report(props: &ReportHostProps) -> Html {
    match use_context::<Env>() {
        Some(env) => report(
            &env,
            &ReportProps {
                report: &props.report,
                titles: &props.titles,
            },
        ),
        None => Html::default(),
    }
}

fn env() -> Env {
    Env::new(Rc::new(Config::default()), today())
}

fn mount(children: Html) -> web_sys::Element {
    let div = support::mount_point();
    yew::Renderer::<Host>::with_root_and_props(
        div.clone(),
        HostProps {
            env: env(),
            children,
        },
    )
    .render();
    div
}

#[wasm_bindgen_test]
async fn the_report_says_exactly_what_is_missing() {
    let mut s = CheckerState::default();
    run(
        &mut s,
        [
            A::SetCategory(Category::FamilySpecialist),
            A::Add(Section::Training),
            A::TrainingDraft(training("24")),
            A::Save(Section::Training, read(EN)),
            A::Add(Section::Rsc),
            A::RscDraft(rsc("0")),
            A::Save(Section::Rsc, read(EN)),
        ],
    );
    let report = Rc::new(rules::check(&s.to_profile(today(), &Credential::ALL, EN)));
    let div =
        mount(html! { <Report report={report} titles={vec!["Attachment basics".to_owned()]} /> });
    support::settle().await;
    let text = div.text_content().unwrap_or_default();
    for expected in [
        "9 more training hours",
        "24 of 33 hours",
        "24 more RSC hours",
        "0 of 24 hours",
        "10 more families served",
        "Another 2 years of qualifying work",
        "3 more references",
        "One of them from the person you report to in your current job.",
        "6 requirements to go",
        "Take 9 more hours of training.",
        "How we count this",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in {text}");
    }
    let bars = div
        .query_selector_all("progress")
        .map(|l| l.length())
        .unwrap_or(0);
    assert!(bars >= 5, "quantities and core domains have progress bars");
}

#[wasm_bindgen_test]
async fn family_associate_waives_work_when_education_is_met() {
    let mut s = CheckerState::default();
    run(
        &mut s,
        [
            A::SetCategory(Category::FamilyAssociate),
            A::Add(Section::Degree),
            A::DegreeDraft(DegreeDraft {
                level: DegreeLevel::Associate,
                competencies: vec![],
            }),
            A::Save(Section::Degree, read(EN)),
        ],
    );
    let report = Rc::new(rules::check(&s.to_profile(today(), &Credential::ALL, EN)));
    let div = mount(html! { <Report report={report} /> });
    support::settle().await;
    let text = div.text_content().unwrap_or_default();
    assert!(
        text.contains("Not needed: you meet the education requirement instead"),
        "{text}"
    );
}

#[wasm_bindgen_test]
async fn the_tool_renders_and_applies_a_hand_over() {
    // What the finder hands over: its category and credential, with the answers read as a profile.
    let profile = Profile {
        credential: Credential::Imh,
        ..Profile::empty(Category::MentorClinical)
    };
    let arrival = Arrival::new(
        Source::Answers,
        Rc::new(Entries::untitled(ToolInput::Checker(profile))),
    );
    let div = mount(html! { <CheckerTool arrival={Some(arrival)} /> });
    support::settle().await;
    support::settle().await;
    let text = div.text_content().unwrap_or_default();
    assert!(text.contains("Requirements checker"), "{text}");
    assert!(
        text.contains("For Infant Mental Health Mentor – Clinical"),
        "{text}"
    );
    assert!(
        text.contains("This category also includes a written exam"),
        "{text}"
    );
    assert!(text.contains("48 more training hours"), "{text}");
}
