//! Browser tests of the category tool: the rendered result page and the tool's first render. The flow
//! (validation, skipped questions, change from the summary) is tested natively in
//! `tests/forms_category.rs`.
#![cfg(target_arch = "wasm32")]

use endorsement_navigator::forms::NumberStyle;
use endorsement_navigator::forms::category::{Answer, CategoryAction, CategoryState};
use endorsement_navigator::i18n::category_tool::{AgesChoice, YesNoNotSure};
use endorsement_navigator::rules::model::{DegreeLevel, RoleScope};
use endorsement_navigator::rules::{self, Category, Credential};
use endorsement_navigator::ui::category::CategoryTool;
use endorsement_navigator::ui::category::result::{ResultPage, ResultProps};
use std::rc::Rc;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;

fn act(state: Rc<CategoryState>, actions: Vec<CategoryAction>) -> Rc<CategoryState> {
    actions.into_iter().fold(state, |s, a| s.reduce(a))
}

fn answer(a: Answer) -> CategoryAction {
    CategoryAction::Answer(a)
}

use yew::Reducible;

#[wasm_bindgen_test]
async fn the_result_page_names_the_category_and_explains_the_runner_up() {
    // Clinical with a bachelor's degree: Family Specialist, with Mental Health Specialist not yet.
    let s = act(
        Rc::new(CategoryState::default()),
        vec![
            answer(Answer::Ages(AgesChoice::Infant)),
            answer(Answer::Scope(RoleScope::Clinical)),
            answer(Answer::Degree(DegreeLevel::Bachelor)),
            answer(Answer::YearsInScope("3".into())),
            answer(Answer::FamiliesServed("15".into())),
            answer(Answer::Psychotherapy(YesNoNotSure::Yes)),
            answer(Answer::LeaderYears("0".into())),
            answer(Answer::ProvidesRsc(false)),
            answer(Answer::NotEndorsed(true)),
        ],
    );
    let rec = rules::recommend(
        &s.answers(&Credential::ALL, NumberStyle::POINT)
            .expect("complete"),
    );
    assert_eq!(rec.best, Category::FamilySpecialist);
    let div = support::mount_point();
    yew::Renderer::<ResultPage>::with_root_and_props(
        div.clone(),
        ResultProps {
            recommendation: std::rc::Rc::new(rec),
            endorsed: false,
            on_check: Callback::noop(),
            on_review: Callback::noop(),
            on_restart: Callback::noop(),
        },
    )
    .render();
    support::settle().await;
    let title = div
        .query_selector("h3")
        .ok()
        .flatten()
        .and_then(|h| h.text_content())
        .unwrap_or_default();
    assert_eq!(title, "Infant Family Specialist");
    let text = div.text_content().unwrap_or_default();
    assert!(
        text.contains("Mental Health Specialist asks for a master's degree or doctorate; you have a bachelor's degree"),
        "runner-up explained: {text}"
    );
    // What the category asks for, read from the ruleset: 2 years, 10 families, 33 h, 24 h RSC, 3 refs.
    for expected in [
        "2 years of prevention or early intervention work",
        "at least 10 families",
        "33 hours of in-service training",
        "At least 24 hours of reflective supervision/consultation",
        "3 references",
        "No exam",
        "Check my requirements for Infant Family Specialist",
        "You have served 15 families; 10 are needed.",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in {text}");
    }
}

#[wasm_bindgen_test]
async fn the_tool_starts_on_the_first_question_without_taking_focus() {
    let div = support::mount_point();
    yew::Renderer::<CategoryTool>::with_root_and_props(
        div.clone(),
        endorsement_navigator::ui::category::CategoryToolProps {
            on_check: Callback::noop(),
            arrival: None,
            on_arrival_done: Callback::noop(),
        },
    )
    .render();
    support::settle().await;
    let heading = div
        .query_selector("h3")
        .ok()
        .flatten()
        .and_then(|h| h.text_content())
        .unwrap_or_default();
    assert_eq!(heading, "Which ages do you work with, or on behalf of?");
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .map(|e| e.tag_name());
    assert_ne!(active.as_deref(), Some("H3"));
}

#[derive(Properties, PartialEq)]
struct HostProps {
    env: endorsement_navigator::ui::env::Env,
    recommendation: std::rc::Rc<rules::Recommendation>,
}

/// The result page inside a widget environment (configuration and language).
#[function_component]
fn ResultHost(props: &HostProps) -> Html {
    html! {
        <ContextProvider<endorsement_navigator::ui::env::Env> context={props.env.clone()}>
            <ResultPage
                recommendation={props.recommendation.clone()}
                endorsed={false}
                on_check={Callback::noop()}
                on_review={Callback::noop()}
                on_restart={Callback::noop()}
            />
        </ContextProvider<endorsement_navigator::ui::env::Env>>
    }
}

fn env_with(config: endorsement_navigator::config::Config) -> endorsement_navigator::ui::env::Env {
    let today = rules::Date::from_ymd(2026, 3, 15).expect("a valid date");
    endorsement_navigator::ui::env::Env::new(Rc::new(config), today)
}

fn promotion_answers(ages: AgesChoice) -> Rc<CategoryState> {
    act(
        Rc::new(CategoryState::default()),
        vec![
            answer(Answer::Ages(ages)),
            answer(Answer::Scope(RoleScope::Promotion)),
            answer(Answer::Degree(DegreeLevel::Associate)),
            answer(Answer::YearsInScope("1".into())),
            answer(Answer::ProvidesRsc(false)),
            answer(Answer::NotEndorsed(true)),
        ],
    )
}

#[wasm_bindgen_test]
async fn a_credential_the_association_does_not_offer_is_explained() {
    let config = endorsement_navigator::config::Config {
        association: Some("Example AIMH".into()),
        credentials: vec![Credential::Imh],
        ..Default::default()
    };
    let s = promotion_answers(AgesChoice::Both);
    let rec = rules::recommend(
        &s.answers(&config.credentials, NumberStyle::POINT)
            .expect("complete"),
    );
    assert_eq!(rec.best, Category::FamilyAssociate);
    assert_eq!(rec.not_offered, vec![Credential::Ecmh]);
    let div = support::mount_point();
    yew::Renderer::<ResultHost>::with_root_and_props(
        div.clone(),
        HostProps {
            env: env_with(config),
            recommendation: std::rc::Rc::new(rec),
        },
    )
    .render();
    support::settle().await;
    let text = div.text_content().unwrap_or_default();
    assert!(text.contains("Infant Family Associate"), "{text}");
    assert!(
        text.contains("ECMH-E® is not offered by Example AIMH."),
        "{text}"
    );
    assert!(text.contains("Example AIMH offers IMH-E®."), "{text}");
    // No apply link or email configured: the generic sentence instead.
    assert!(text.contains("Not sure where to apply?"), "{text}");
}

#[wasm_bindgen_test]
async fn the_result_page_speaks_spanish() {
    let config = endorsement_navigator::config::Config {
        lang: endorsement_navigator::i18n::Lang::Es,
        ..Default::default()
    };
    let s = promotion_answers(AgesChoice::Infant);
    let rec = rules::recommend(&s.answers(&[], NumberStyle::POINT).expect("complete"));
    let div = support::mount_point();
    yew::Renderer::<ResultHost>::with_root_and_props(
        div.clone(),
        HostProps {
            env: env_with(config),
            recommendation: std::rc::Rc::new(rec),
        },
    )
    .render();
    support::settle().await;
    let text = div.text_content().unwrap_or_default();
    assert!(
        text.contains("33 horas de capacitación en servicio"),
        "{text}"
    );
    assert!(
        text.contains("Revisar mis requisitos para Asociado/a Familiar"),
        "{text}"
    );
}
