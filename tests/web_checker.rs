//! Browser tests of the requirements checker: the reducer's transitions (add, edit, remove and undo for each
//! entry kind; invalid drafts keep their text; presets; the profile handed to the rules), and the rendered
//! report of a known profile.
#![cfg(target_arch = "wasm32")]

use endorsement_navigator::config::Config;
use endorsement_navigator::rules::model::{DegreeLevel, TrainingKind, WorkScope};
use endorsement_navigator::rules::{self, Category, Credential, Date};
use endorsement_navigator::ui::checker::state::{
    CheckerAction as A, CheckerState, DegreeDraft, Field, Problem, RscDraft, Section,
    TrainingDraft, WorkDraft, notice_target, parse_date, parse_hours,
};
use endorsement_navigator::ui::checker::{CheckerTool, Preset, Report};
use endorsement_navigator::ui::env::Env;
use std::rc::Rc;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

mod support;

fn today() -> Date {
    Date::parse("2026-03-15").expect("a valid date")
}

fn run(state: &mut CheckerState, actions: impl IntoIterator<Item = A>) {
    for action in actions {
        state.apply(action);
    }
}

fn training(hours: &str) -> TrainingDraft {
    TrainingDraft {
        title: "Attachment basics".into(),
        hours: hours.into(),
        ..TrainingDraft::default()
    }
}

fn rsc(hours: &str) -> RscDraft {
    RscDraft {
        hours: hours.into(),
        qualified_provider: Some(true),
        ..RscDraft::default()
    }
}

#[wasm_bindgen_test]
fn trainings_are_added_edited_removed_and_restored() {
    let mut s = CheckerState::default();
    run(
        &mut s,
        [
            A::Add(Section::Training),
            A::TrainingDraft(training("24")),
            A::Save(Section::Training),
        ],
    );
    assert!(s.editors.training.is_none(), "the editor closes on save");
    assert_eq!(s.trainings.len(), 1);
    assert_eq!(s.trainings[0].training.hours.get(), 24.0);
    assert_eq!(s.trainings[0].title, "Attachment basics");
    assert_eq!(
        s.focus.as_ref().map(|f| f.id.as_str()),
        Some("chk-training-heading")
    );

    // Edit: the editor opens with the saved values as text.
    run(&mut s, [A::Edit(Section::Training, 0)]);
    let draft = s.editors.training.as_ref().map(|e| e.draft.clone());
    assert_eq!(draft.as_ref().map(|d| d.hours.as_str()), Some("24"));
    assert_eq!(s.editors.training.as_ref().and_then(|e| e.index), Some(0));
    run(
        &mut s,
        [
            A::TrainingDraft(TrainingDraft {
                hours: "30.5".into(),
                kind: TrainingKind::RscProvision,
                ..draft.unwrap_or_default()
            }),
            A::Save(Section::Training),
        ],
    );
    assert_eq!(s.trainings.len(), 1, "editing replaces, it does not add");
    assert_eq!(s.trainings[0].training.hours.get(), 30.5);
    assert_eq!(s.trainings[0].training.kind, TrainingKind::RscProvision);

    // Cancel leaves the saved entry untouched.
    run(
        &mut s,
        [
            A::Edit(Section::Training, 0),
            A::TrainingDraft(training("1")),
            A::Cancel(Section::Training),
        ],
    );
    assert_eq!(s.trainings[0].training.hours.get(), 30.5);

    // Remove, then undo puts it back at the same place.
    run(
        &mut s,
        [
            A::Add(Section::Training),
            A::TrainingDraft(training("2")),
            A::Save(Section::Training),
            A::Remove(Section::Training, 0),
        ],
    );
    assert_eq!(s.trainings.len(), 1);
    assert_eq!(s.trainings[0].training.hours.get(), 2.0);
    assert_eq!(
        s.focus.as_ref().map(|f| f.id.as_str()),
        Some("chk-training-undo")
    );
    run(&mut s, [A::Undo]);
    assert_eq!(s.trainings.len(), 2);
    assert_eq!(s.trainings[0].training.hours.get(), 30.5);
    assert!(s.removed.is_none());
}

#[wasm_bindgen_test]
fn degrees_work_and_rsc_are_added_edited_and_removed() {
    let mut s = CheckerState::default();
    run(
        &mut s,
        [
            A::Add(Section::Degree),
            A::DegreeDraft(DegreeDraft {
                level: DegreeLevel::Bachelor,
                competencies: vec!["safety".into()],
            }),
            A::Save(Section::Degree),
            A::Edit(Section::Degree, 0),
            A::DegreeDraft(DegreeDraft {
                level: DegreeLevel::Master,
                competencies: vec!["safety".into()],
            }),
            A::Save(Section::Degree),
        ],
    );
    assert_eq!(s.degrees.len(), 1);
    assert_eq!(s.degrees[0].level, DegreeLevel::Master);

    run(
        &mut s,
        [
            A::Add(Section::Work),
            A::WorkDraft(WorkDraft {
                scope: WorkScope::Prevention,
                start: "2022-01-01".into(),
                current: true,
                families_served: "12".into(),
                ..WorkDraft::default()
            }),
            A::Save(Section::Work),
        ],
    );
    assert_eq!(s.work.len(), 1);
    assert_eq!(s.work[0].end, None);
    assert_eq!(s.work[0].families_served.0, 12);
    run(
        &mut s,
        [
            A::Edit(Section::Work, 0),
            A::WorkDraft(WorkDraft {
                scope: WorkScope::Prevention,
                start: "2022-01-01".into(),
                end: "2023-12-31".into(),
                current: false,
                families_served: "4".into(),
                ..WorkDraft::default()
            }),
            A::Save(Section::Work),
        ],
    );
    assert_eq!(s.work[0].end, Date::parse("2023-12-31"));
    assert_eq!(s.work[0].families_served.0, 4);

    run(
        &mut s,
        [
            A::Add(Section::Rsc),
            A::RscDraft(rsc("10")),
            A::Save(Section::Rsc),
            A::Edit(Section::Rsc, 0),
            A::RscDraft(rsc("12,5")),
            A::Save(Section::Rsc),
        ],
    );
    assert_eq!(s.rsc.len(), 1);
    assert_eq!(
        s.rsc[0].hours.get(),
        12.5,
        "a decimal comma reads as a point"
    );

    for section in [Section::Degree, Section::Work, Section::Rsc] {
        run(&mut s, [A::Remove(section, 0)]);
        assert_eq!(s.len(section), 0, "{section:?}");
    }
    // Only the last removal can be undone.
    run(&mut s, [A::Undo]);
    assert_eq!(s.rsc.len(), 1);
    assert_eq!(s.work.len(), 0);
}

#[wasm_bindgen_test]
fn an_invalid_draft_keeps_its_text_and_gets_errors() {
    let mut s = CheckerState::default();
    run(
        &mut s,
        [
            A::Add(Section::Training),
            A::TrainingDraft(TrainingDraft {
                hours: "abc".into(),
                date: "2025-02-30".into(),
                ..TrainingDraft::default()
            }),
            A::Save(Section::Training),
        ],
    );
    assert!(s.trainings.is_empty(), "nothing invalid is saved");
    let editor = s.editors.training.as_ref().expect("the editor stays open");
    assert_eq!(editor.draft.hours, "abc", "the typed text is kept");
    assert_eq!(editor.draft.date, "2025-02-30");
    let errors: Vec<(Field, Problem)> =
        editor.errors.iter().map(|e| (e.field, e.problem)).collect();
    assert_eq!(
        errors,
        vec![
            (Field::TrainingHours, Problem::NotANumber),
            (Field::TrainingDate, Problem::NotADate)
        ]
    );
    assert_eq!(editor.attempts, 1);

    // A second "Add" while the draft is open does not throw it away.
    run(&mut s, [A::Add(Section::Training)]);
    assert_eq!(
        s.editors.training.as_ref().map(|e| e.draft.hours.as_str()),
        Some("abc")
    );

    // Work: missing start, end before start; RSC: provider not answered.
    run(
        &mut s,
        [
            A::Add(Section::Work),
            A::WorkDraft(WorkDraft {
                start: "2024-05-01".into(),
                end: "2024-04-01".into(),
                families_served: "2.5".into(),
                ..WorkDraft::default()
            }),
            A::Save(Section::Work),
            A::Add(Section::Rsc),
            A::RscDraft(RscDraft {
                hours: "-3".into(),
                ..RscDraft::default()
            }),
            A::Save(Section::Rsc),
            A::Add(Section::Degree),
            A::Save(Section::Degree),
        ],
    );
    let work: Vec<_> = s
        .editors
        .work
        .as_ref()
        .map(|e| e.errors.iter().map(|e| (e.field, e.problem)).collect())
        .unwrap_or_default();
    assert_eq!(
        work,
        vec![
            (Field::WorkEnd, Problem::EndBeforeStart),
            (Field::WorkFamilies, Problem::NotWhole)
        ]
    );
    let rsc: Vec<_> = s
        .editors
        .rsc
        .as_ref()
        .map(|e| e.errors.iter().map(|e| (e.field, e.problem)).collect())
        .unwrap_or_default();
    assert_eq!(
        rsc,
        vec![
            (Field::RscHours, Problem::Negative),
            (Field::RscQualified, Problem::Required)
        ]
    );
    assert_eq!(
        s.editors.errors(Section::Degree).first().map(|e| e.field),
        Some(Field::DegreeLevel)
    );

    // References keep their text too; the profile counts them as 0 until they read as a number.
    run(&mut s, [A::SetReferences("two".into())]);
    assert_eq!(s.references_text, "two");
    assert_eq!(s.references(), Err(Problem::NotANumber));
    assert_eq!(s.to_profile(today(), &Credential::ALL).references.0, 0);
}

#[wasm_bindgen_test]
fn numbers_and_dates_are_read_leniently_but_exactly() {
    assert_eq!(parse_hours(" 1.5 ").map(|h| h.get()), Ok(1.5));
    assert_eq!(parse_hours("1,5").map(|h| h.get()), Ok(1.5));
    assert_eq!(parse_hours(""), Err(Problem::Required));
    assert_eq!(parse_hours("abc"), Err(Problem::NotANumber));
    assert_eq!(parse_hours("inf"), Err(Problem::NotANumber));
    assert_eq!(parse_hours("-1"), Err(Problem::Negative));
    assert_eq!(
        parse_date("2024-3-5"),
        Date::parse("2024-03-05").ok_or(Problem::NotADate)
    );
    assert_eq!(
        parse_date("2024/03/05"),
        Date::parse("2024-03-05").ok_or(Problem::NotADate)
    );
    assert_eq!(parse_date("03/05/2024"), Err(Problem::NotADate));
    assert_eq!(parse_date("2025-02-29"), Err(Problem::NotADate));
    assert_eq!(
        notice_target("trainings[2].competencies"),
        Some((Section::Training, 2))
    );
    assert_eq!(notice_target("work[0]"), Some((Section::Work, 0)));
    assert_eq!(notice_target("references"), None);
}

#[wasm_bindgen_test]
fn a_preset_applies_once_per_serial() {
    let mut s = CheckerState::default();
    let preset = Preset {
        category: Category::MentalHealthSpecialist,
        credential: Credential::Ecmh,
        serial: 0,
    };
    assert!(s.apply(A::ApplyPreset(preset)));
    assert_eq!(s.category, Category::MentalHealthSpecialist);
    assert_eq!(s.credential, Credential::Ecmh);
    assert_eq!(s.focus.as_ref().map(|f| f.id.as_str()), Some("chk-title"));

    // The person changes the category; the same hand-over (a remount) does not undo that.
    s.apply(A::SetCategory(Category::FamilySpecialist));
    assert!(!s.apply(A::ApplyPreset(preset)));
    assert_eq!(s.category, Category::FamilySpecialist);

    // A new hand-over (new serial) applies again, even for the same category.
    assert!(s.apply(A::ApplyPreset(Preset {
        serial: 1,
        ..preset
    })));
    assert_eq!(s.category, Category::MentalHealthSpecialist);
}

#[wasm_bindgen_test]
fn the_profile_holds_saved_entries_only() {
    let mut s = CheckerState::default();
    run(
        &mut s,
        [
            A::SetCategory(Category::FamilySpecialist),
            A::SetCredential(Credential::Ecmh),
            A::Add(Section::Training),
            A::TrainingDraft(TrainingDraft {
                hours: "24".into(),
                competencies: vec!["safety".into(), "advocacy".into()],
                date: "2025-03-01".into(),
                ..TrainingDraft::default()
            }),
            A::Save(Section::Training),
            A::Add(Section::Training),
            A::TrainingDraft(training("9")),
            A::SetReferences(" 3 ".into()),
            A::SetEndorsed(Category::FamilyAssociate, true),
        ],
    );
    let profile = s.to_profile(today(), &Credential::ALL);
    assert_eq!(profile.category, Category::FamilySpecialist);
    assert_eq!(profile.credential, Credential::Ecmh);
    assert_eq!(profile.today, Some(today()));
    assert_eq!(profile.trainings.len(), 1, "the open draft is not counted");
    assert_eq!(profile.trainings[0].hours.get(), 24.0);
    assert_eq!(profile.trainings[0].date, Date::parse("2025-03-01"));
    assert_eq!(
        profile.trainings[0].competencies,
        vec!["safety", "advocacy"]
    );
    assert_eq!(profile.references.0, 3);
    assert_eq!(profile.endorsed_in, vec![Category::FamilyAssociate]);

    // An association that offers IMH-E only gets IMH-E whatever was saved.
    assert_eq!(
        s.to_profile(today(), &[Credential::Imh]).credential,
        Credential::Imh
    );

    // The state survives a JSON round trip (what storage does), drafts included.
    let json = serde_json::to_string(&s).expect("serializable");
    let back: CheckerState = serde_json::from_str(&json).expect("deserializable");
    assert_eq!(back.trainings, s.trainings);
    assert_eq!(back.editors, s.editors);
}

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
            A::Save(Section::Training),
            A::Add(Section::Rsc),
            A::RscDraft(rsc("0")),
            A::Save(Section::Rsc),
        ],
    );
    let report = Rc::new(rules::check(&s.to_profile(today(), &Credential::ALL)));
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
        "2 more years of qualifying work",
        "3 more references",
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
            A::Save(Section::Degree),
        ],
    );
    let report = Rc::new(rules::check(&s.to_profile(today(), &Credential::ALL)));
    let div = mount(html! { <Report report={report} /> });
    support::settle().await;
    let text = div.text_content().unwrap_or_default();
    assert!(
        text.contains("Not needed: you meet the education requirement instead"),
        "{text}"
    );
}

#[wasm_bindgen_test]
async fn the_tool_renders_and_applies_a_preset() {
    let preset = Preset {
        category: Category::MentorClinical,
        credential: Credential::Imh,
        serial: 0,
    };
    let div = mount(html! { <CheckerTool preset={Some(preset)} /> });
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
