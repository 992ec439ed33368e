//! Browser tests of the category tool: the reducer's flow (validation, skipped questions, change from the
//! summary) and the rendered result page.
#![cfg(target_arch = "wasm32")]

use endorsement_navigator::i18n::category_tool::{AgesChoice, Field, Problem, YesNoNotSure};
use endorsement_navigator::rules::model::{DegreeLevel, RoleScope};
use endorsement_navigator::rules::{self, Category, Credential};
use endorsement_navigator::ui::category::CategoryTool;
use endorsement_navigator::ui::category::result::{ResultPage, ResultProps};
use endorsement_navigator::ui::category::state::{
    Answer, CategoryAction, CategoryState, FieldProblem, Step,
};
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

/// Answers every question of the prevention path up to the summary.
fn prevention_path() -> Rc<CategoryState> {
    act(
        Rc::new(CategoryState::default()),
        vec![
            answer(Answer::Ages(AgesChoice::Infant)),
            CategoryAction::Continue,
            answer(Answer::Scope(RoleScope::Prevention)),
            CategoryAction::Continue,
            answer(Answer::Degree(DegreeLevel::Bachelor)),
            CategoryAction::Continue,
            answer(Answer::YearsInScope("3".into())),
            CategoryAction::Continue,
            answer(Answer::FamiliesServed("12".into())),
            CategoryAction::Continue,
            answer(Answer::ProvidesRsc(false)),
            CategoryAction::Continue,
            answer(Answer::NotEndorsed(true)),
            CategoryAction::Continue,
        ],
    )
}

#[wasm_bindgen_test]
fn continue_without_an_answer_shows_an_error_and_stays() {
    let start = Rc::new(CategoryState::default());
    let s = act(start, vec![CategoryAction::Continue]);
    assert_eq!(s.step, Step::Ages);
    assert_eq!(
        s.errors,
        vec![FieldProblem {
            field: Field::Ages,
            problem: Problem::Missing
        }]
    );
    assert_eq!(
        s.turn, 1,
        "a failed Continue still counts, so the summary takes focus"
    );
    // Answering and continuing clears the error and moves on.
    let s = act(
        s,
        vec![
            answer(Answer::Ages(AgesChoice::Both)),
            CategoryAction::Continue,
        ],
    );
    assert_eq!(s.step, Step::Scope);
    assert!(s.errors.is_empty());
}

#[wasm_bindgen_test]
fn a_bad_number_keeps_what_was_typed() {
    let s = act(
        Rc::new(CategoryState {
            step: Step::YearsInScope,
            ..CategoryState::default()
        }),
        vec![
            answer(Answer::YearsInScope("ten".into())),
            CategoryAction::Continue,
        ],
    );
    assert_eq!(s.step, Step::YearsInScope);
    assert_eq!(s.errors[0].problem, Problem::NotANumber);
    assert_eq!(s.drafts.years_in_scope, "ten");
    let s = act(
        s,
        vec![
            answer(Answer::YearsInScope("-1".into())),
            CategoryAction::Continue,
        ],
    );
    assert_eq!(s.errors[0].problem, Problem::Negative);
    // A decimal comma is a fraction, not an error.
    let s = act(
        s,
        vec![
            answer(Answer::YearsInScope("1,5".into())),
            CategoryAction::Continue,
        ],
    );
    assert!(s.errors.is_empty());
    assert_ne!(s.step, Step::YearsInScope);
}

#[wasm_bindgen_test]
fn providing_rsc_needs_some_years() {
    let s = act(
        Rc::new(CategoryState {
            step: Step::ProvidesRsc,
            ..CategoryState::default()
        }),
        vec![answer(Answer::ProvidesRsc(true)), CategoryAction::Continue],
    );
    assert_eq!(s.errors[0].field, Field::ProvidesRscYears);
    assert_eq!(s.errors[0].problem, Problem::Missing);
    let s = act(
        s,
        vec![
            answer(Answer::ProvidesRscYears("0".into())),
            CategoryAction::Continue,
        ],
    );
    assert_eq!(s.errors[0].problem, Problem::Zero);
}

#[wasm_bindgen_test]
fn the_prevention_path_skips_clinical_questions_and_reaches_family_specialist() {
    let s = prevention_path();
    assert_eq!(s.step, Step::Summary);
    let asked: Vec<Step> = s.drafts.questions().collect();
    assert!(asked.contains(&Step::FamiliesServed));
    assert!(!asked.contains(&Step::Psychotherapy));
    assert!(!asked.contains(&Step::LeaderYears));
    let s = act(s, vec![CategoryAction::Continue]);
    assert_eq!(s.step, Step::Result);
    let answers = s.answers(&Credential::ALL).expect("complete answers");
    assert_eq!(answers.families_served.0, 12);
    let rec = rules::recommend(&answers);
    assert_eq!(rec.best, Category::FamilySpecialist);
    assert_eq!(rec.credentials, vec![Credential::Imh]);
}

#[wasm_bindgen_test]
fn back_keeps_answers_and_skips_questions_that_do_not_apply() {
    let s = prevention_path();
    // Summary → last question → … back to families (prevention asks it), never to leader years.
    let s = act(
        s,
        vec![
            CategoryAction::Back,
            CategoryAction::Back,
            CategoryAction::Back,
        ],
    );
    assert_eq!(s.step, Step::FamiliesServed);
    assert_eq!(s.drafts.families_served, "12");
    let s = act(s, vec![CategoryAction::Back]);
    assert_eq!(s.step, Step::YearsInScope);
    assert_eq!(s.drafts.years_in_scope, "3");
}

#[wasm_bindgen_test]
fn changing_the_scope_keeps_other_answers_but_passes_only_what_applies() {
    // Clinical first, with leader years and psychotherapy answered.
    let s = act(
        Rc::new(CategoryState::default()),
        vec![
            answer(Answer::Ages(AgesChoice::Infant)),
            CategoryAction::Continue,
            answer(Answer::Scope(RoleScope::Clinical)),
            CategoryAction::Continue,
            answer(Answer::Degree(DegreeLevel::Master)),
            CategoryAction::Continue,
            answer(Answer::YearsInScope("4".into())),
            CategoryAction::Continue,
        ],
    );
    assert_eq!(
        s.step,
        Step::FamiliesServed,
        "clinicians may fall back to Family Specialist, which counts families"
    );
    let s = act(
        s,
        vec![
            answer(Answer::FamiliesServed("4".into())),
            CategoryAction::Continue,
        ],
    );
    assert_eq!(s.step, Step::Psychotherapy);
    let s = act(
        s,
        vec![
            answer(Answer::Psychotherapy(YesNoNotSure::Yes)),
            CategoryAction::Continue,
        ],
    );
    assert_eq!(s.step, Step::LeaderYears);
    let s = act(
        s,
        vec![
            answer(Answer::LeaderYears("5".into())),
            CategoryAction::Continue,
            answer(Answer::ProvidesRsc(false)),
            CategoryAction::Continue,
            answer(Answer::NotEndorsed(true)),
            CategoryAction::Continue,
        ],
    );
    assert_eq!(s.step, Step::Summary);
    assert_eq!(
        rules::recommend(&s.answers(&[]).expect("complete")).best,
        Category::MentalHealthSpecialist
    );

    // Change the main role to policy from the summary: leader years still apply, psychotherapy not.
    let s = act(
        s,
        vec![
            CategoryAction::Change(Step::Scope),
            answer(Answer::Scope(RoleScope::Policy)),
            CategoryAction::Continue,
        ],
    );
    assert_eq!(
        s.step,
        Step::Summary,
        "nothing new to ask, so straight back"
    );
    assert_eq!(
        s.drafts.psychotherapy,
        Some(YesNoNotSure::Yes),
        "kept as a draft"
    );
    let answers = s.answers(&[]).expect("complete");
    assert_eq!(answers.psychotherapy, None, "but not passed on");
    assert_eq!(answers.leader_years.get(), 5.0);
    assert_eq!(rules::recommend(&answers).best, Category::MentorPolicy);

    // Change to prevention: the families answer given as a clinician applies again, nothing is new.
    let s = act(
        s,
        vec![
            CategoryAction::Change(Step::Scope),
            answer(Answer::Scope(RoleScope::Prevention)),
            CategoryAction::Continue,
        ],
    );
    assert_eq!(s.step, Step::Summary);
    let answers = s.answers(&[]).expect("complete");
    assert_eq!(answers.families_served.0, 4);
    assert_eq!(
        answers.leader_years.get(),
        0.0,
        "leader years do not apply to prevention"
    );
    assert_eq!(s.drafts.leader_years, "5", "but the draft is kept");
}

#[wasm_bindgen_test]
fn a_new_main_role_asks_its_new_questions_before_the_summary() {
    // Policy path: no families, no psychotherapy.
    let s = act(
        Rc::new(CategoryState::default()),
        vec![
            answer(Answer::Ages(AgesChoice::Infant)),
            CategoryAction::Continue,
            answer(Answer::Scope(RoleScope::Policy)),
            CategoryAction::Continue,
            answer(Answer::Degree(DegreeLevel::Doctorate)),
            CategoryAction::Continue,
            answer(Answer::YearsInScope("6".into())),
            CategoryAction::Continue,
            answer(Answer::LeaderYears("4".into())),
            CategoryAction::Continue,
            answer(Answer::ProvidesRsc(false)),
            CategoryAction::Continue,
            answer(Answer::NotEndorsed(true)),
            CategoryAction::Continue,
        ],
    );
    assert_eq!(s.step, Step::Summary);
    // Now clinical: families and psychotherapy are new and asked in order, then back to the summary.
    let s = act(
        s,
        vec![
            CategoryAction::Change(Step::Scope),
            answer(Answer::Scope(RoleScope::Clinical)),
            CategoryAction::Continue,
        ],
    );
    assert_eq!(s.step, Step::FamiliesServed);
    assert!(s.came_from_summary);
    let s = act(
        s,
        vec![
            answer(Answer::FamiliesServed("0".into())),
            CategoryAction::Continue,
        ],
    );
    assert_eq!(s.step, Step::Psychotherapy);
    let s = act(
        s,
        vec![
            answer(Answer::Psychotherapy(YesNoNotSure::NotSure)),
            CategoryAction::Continue,
        ],
    );
    assert_eq!(s.step, Step::Summary);
    let answers = s.answers(&[]).expect("complete");
    assert_eq!(answers.psychotherapy, None);
    assert_eq!(answers.leader_years.get(), 4.0, "kept across the change");
}

#[wasm_bindgen_test]
fn change_from_the_summary_returns_to_the_summary() {
    let s = act(
        prevention_path(),
        vec![CategoryAction::Change(Step::Degree)],
    );
    assert_eq!(s.step, Step::Degree);
    assert!(s.came_from_summary);
    let s = act(
        s,
        vec![
            answer(Answer::Degree(DegreeLevel::Master)),
            CategoryAction::Continue,
        ],
    );
    assert_eq!(s.step, Step::Summary);
    assert!(!s.came_from_summary);
    assert_eq!(s.drafts.degree, Some(DegreeLevel::Master));
    // Back from a changed question also returns to the summary, not the previous question.
    let s = act(
        s,
        vec![CategoryAction::Change(Step::Ages), CategoryAction::Back],
    );
    assert_eq!(s.step, Step::Summary);
}

#[wasm_bindgen_test]
fn not_endorsed_and_categories_exclude_each_other() {
    let s = act(
        Rc::new(CategoryState::default()),
        vec![
            answer(Answer::EndorsedIn(Category::FamilyAssociate, true)),
            answer(Answer::NotEndorsed(true)),
        ],
    );
    assert!(s.drafts.endorsed_in.is_empty());
    let s = act(
        s,
        vec![answer(Answer::EndorsedIn(Category::FamilySpecialist, true))],
    );
    assert!(!s.drafts.not_endorsed);
    assert_eq!(s.drafts.endorsed_in, vec![Category::FamilySpecialist]);
}

#[wasm_bindgen_test]
fn restart_clears_everything() {
    let s = act(prevention_path(), vec![CategoryAction::Restart]);
    assert_eq!(s.step, Step::Ages);
    assert_eq!(s.drafts, CategoryState::default().drafts);
}

#[wasm_bindgen_test]
fn state_survives_a_round_trip_through_storage_json() {
    let s = prevention_path();
    let value = serde_wasm_bindgen::to_value(&*s).expect("serializes");
    let back: CategoryState = serde_wasm_bindgen::from_value(value).expect("deserializes");
    assert_eq!(back.drafts, s.drafts);
    assert_eq!(back.step, s.step);
}

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
    let rec = rules::recommend(&s.answers(&Credential::ALL).expect("complete"));
    assert_eq!(rec.best, Category::FamilySpecialist);
    let div = support::mount_point();
    yew::Renderer::<ResultPage>::with_root_and_props(
        div.clone(),
        ResultProps {
            recommendation: rec,
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
        "Check my requirements for Family Specialist",
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
    recommendation: rules::Recommendation,
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
    let rec = rules::recommend(&s.answers(&config.credentials).expect("complete"));
    assert_eq!(rec.best, Category::FamilyAssociate);
    assert_eq!(rec.not_offered, vec![Credential::Ecmh]);
    let div = support::mount_point();
    yew::Renderer::<ResultHost>::with_root_and_props(
        div.clone(),
        HostProps {
            env: env_with(config),
            recommendation: rec,
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
    let rec = rules::recommend(&s.answers(&[]).expect("complete"));
    let div = support::mount_point();
    yew::Renderer::<ResultHost>::with_root_and_props(
        div.clone(),
        HostProps {
            env: env_with(config),
            recommendation: rec,
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
