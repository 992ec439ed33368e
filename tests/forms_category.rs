//! The category tool's flow, natively: validation, skipped questions, change from the summary, and the
//! answers handed to the rules. (Moved from the browser tests: none of this needs a DOM.)
#![cfg(not(target_arch = "wasm32"))]

#[path = "forms_support/saved.rs"]
mod saved_support;
use endorsement_navigator::forms::NumberStyle;
use endorsement_navigator::forms::category::{
    AgesChoice, Answer, CategoryAction, CategoryState, ERROR_SUMMARY_ID, Field, FieldError,
    Problem, Step, YesNoNotSure,
};
use endorsement_navigator::rules::model::{DegreeLevel, RoleScope};
use endorsement_navigator::rules::{self, Category, Credential};
use saved_support::saved;

const EN: NumberStyle = NumberStyle::POINT;
const ES: NumberStyle = NumberStyle::COMMA;

fn act(mut state: CategoryState, actions: Vec<CategoryAction>) -> CategoryState {
    for action in actions {
        state.apply(action);
    }
    state
}

fn answer(a: Answer) -> CategoryAction {
    CategoryAction::Answer(a)
}

/// Each answer followed by Continue, as a person going through the questions with an English page.
fn each_continued(answers: Vec<Answer>) -> Vec<CategoryAction> {
    answers
        .into_iter()
        .flat_map(|a| [answer(a), CategoryAction::Continue(EN)])
        .collect()
}

/// Answers every question of the prevention path up to the summary.
fn prevention_path() -> CategoryState {
    act(
        CategoryState::default(),
        each_continued(vec![
            Answer::Ages(AgesChoice::Infant),
            Answer::Scope(RoleScope::Prevention),
            Answer::Degree(DegreeLevel::Bachelor),
            Answer::YearsInScope("3".into()),
            Answer::FamiliesServed("12".into()),
            Answer::ProvidesRsc(false),
            Answer::NotEndorsed(true),
        ]),
    )
}

#[test]
fn continue_without_an_answer_shows_an_error_and_stays() {
    let start = CategoryState::default();
    let s = act(start, vec![CategoryAction::Continue(EN)]);
    assert_eq!(s.step, Step::Ages);
    assert_eq!(
        s.errors,
        vec![FieldError {
            field: Field::Ages,
            problem: Problem::Missing
        }]
    );
    assert_eq!(
        s.focus.as_ref().map(|f| f.target.as_str()),
        Some(ERROR_SUMMARY_ID),
        "a failed Continue sends focus to the error summary"
    );
    // The same mistake again is a new request, so focus goes there again.
    let again = act(s.clone(), vec![CategoryAction::Continue(EN)]);
    assert_ne!(again.focus, s.focus);
    // Answering and continuing clears the error and moves on.
    let s = act(
        s,
        vec![
            answer(Answer::Ages(AgesChoice::Both)),
            CategoryAction::Continue(EN),
        ],
    );
    assert_eq!(s.step, Step::Scope);
    assert!(s.errors.is_empty());
    assert_eq!(
        s.focus.map(|f| f.target),
        Some("category-scope-heading".to_owned()),
        "the next question's heading takes focus"
    );
}

#[test]
fn a_bad_number_keeps_what_was_typed() {
    let s = act(
        CategoryState {
            step: Step::YearsInScope,
            ..CategoryState::default()
        },
        vec![
            answer(Answer::YearsInScope("ten".into())),
            CategoryAction::Continue(EN),
        ],
    );
    assert_eq!(s.step, Step::YearsInScope);
    assert_eq!(s.errors[0].problem, Problem::NotANumber);
    assert_eq!(s.drafts.years_in_scope, "ten");
    let s = act(
        s,
        vec![
            answer(Answer::YearsInScope("-1".into())),
            CategoryAction::Continue(EN),
        ],
    );
    assert_eq!(s.errors[0].problem, Problem::Negative);
    // In English a comma groups thousands, so "1,5" is neither; it stays, with an error.
    let s = act(
        s,
        vec![
            answer(Answer::YearsInScope("1,5".into())),
            CategoryAction::Continue(EN),
        ],
    );
    assert_eq!(s.errors[0].problem, Problem::NotANumber);
    assert_eq!(s.drafts.years_in_scope, "1,5");
    // In Spanish a decimal comma is a fraction, not an error.
    let s = act(s, vec![CategoryAction::Continue(ES)]);
    assert!(s.errors.is_empty());
    assert_ne!(s.step, Step::YearsInScope);
}

#[test]
fn providing_rsc_needs_some_years() {
    let s = act(
        CategoryState {
            step: Step::ProvidesRsc,
            ..CategoryState::default()
        },
        vec![
            answer(Answer::ProvidesRsc(true)),
            CategoryAction::Continue(EN),
        ],
    );
    assert_eq!(s.errors[0].field, Field::ProvidesRscYears);
    assert_eq!(s.errors[0].problem, Problem::Missing);
    let s = act(
        s,
        vec![
            answer(Answer::ProvidesRscYears("0".into())),
            CategoryAction::Continue(EN),
        ],
    );
    assert_eq!(s.errors[0].problem, Problem::Zero);
}

#[test]
fn the_prevention_path_skips_clinical_questions_and_reaches_family_specialist() {
    let s = prevention_path();
    assert_eq!(s.step, Step::Summary);
    let asked: Vec<Step> = s.drafts.questions().collect();
    assert!(asked.contains(&Step::FamiliesServed));
    assert!(!asked.contains(&Step::Psychotherapy));
    assert!(!asked.contains(&Step::LeaderYears));
    let s = act(s, vec![CategoryAction::Continue(EN)]);
    assert_eq!(s.step, Step::Result);
    let answers = s.answers(&Credential::ALL, EN).expect("complete answers");
    assert_eq!(answers.families_served.0, 12);
    let rec = rules::recommend(&answers);
    assert_eq!(rec.best, Category::FamilySpecialist);
    assert_eq!(rec.credentials, vec![Credential::Imh]);
}

#[test]
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

#[test]
fn changing_the_scope_keeps_other_answers_but_passes_only_what_applies() {
    // Clinical first, with leader years and psychotherapy answered.
    let s = act(
        CategoryState::default(),
        each_continued(vec![
            Answer::Ages(AgesChoice::Infant),
            Answer::Scope(RoleScope::Clinical),
            Answer::Degree(DegreeLevel::Master),
            Answer::YearsInScope("4".into()),
        ]),
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
            CategoryAction::Continue(EN),
        ],
    );
    assert_eq!(s.step, Step::Psychotherapy);
    let s = act(
        s,
        vec![
            answer(Answer::Psychotherapy(YesNoNotSure::Yes)),
            CategoryAction::Continue(EN),
        ],
    );
    assert_eq!(s.step, Step::LeaderYears);
    let s = act(
        s,
        each_continued(vec![
            Answer::LeaderYears("5".into()),
            Answer::ProvidesRsc(false),
            Answer::NotEndorsed(true),
        ]),
    );
    assert_eq!(s.step, Step::Summary);
    assert_eq!(
        rules::recommend(&s.answers(&[], EN).expect("complete")).best,
        Category::MentalHealthSpecialist
    );

    // Change the main role to policy from the summary: leader years still apply, psychotherapy not.
    let s = act(
        s,
        vec![
            CategoryAction::Change(Step::Scope),
            answer(Answer::Scope(RoleScope::Policy)),
            CategoryAction::Continue(EN),
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
    let answers = s.answers(&[], EN).expect("complete");
    assert_eq!(answers.psychotherapy, None, "but not passed on");
    assert_eq!(answers.leader_years.get(), 5.0);
    assert_eq!(rules::recommend(&answers).best, Category::MentorPolicy);

    // Change to prevention: the families answer given as a clinician applies again, nothing is new.
    let s = act(
        s,
        vec![
            CategoryAction::Change(Step::Scope),
            answer(Answer::Scope(RoleScope::Prevention)),
            CategoryAction::Continue(EN),
        ],
    );
    assert_eq!(s.step, Step::Summary);
    let answers = s.answers(&[], EN).expect("complete");
    assert_eq!(answers.families_served.0, 4);
    assert_eq!(
        answers.leader_years.get(),
        0.0,
        "leader years do not apply to prevention"
    );
    assert_eq!(s.drafts.leader_years, "5", "but the draft is kept");
}

#[test]
fn a_new_main_role_asks_its_new_questions_before_the_summary() {
    // Policy path: no families, no psychotherapy.
    let s = act(
        CategoryState::default(),
        each_continued(vec![
            Answer::Ages(AgesChoice::Infant),
            Answer::Scope(RoleScope::Policy),
            Answer::Degree(DegreeLevel::Doctorate),
            Answer::YearsInScope("6".into()),
            Answer::LeaderYears("4".into()),
            Answer::ProvidesRsc(false),
            Answer::NotEndorsed(true),
        ]),
    );
    assert_eq!(s.step, Step::Summary);
    // Now clinical: families and psychotherapy are new and asked in order, then back to the summary.
    let s = act(
        s,
        vec![
            CategoryAction::Change(Step::Scope),
            answer(Answer::Scope(RoleScope::Clinical)),
            CategoryAction::Continue(EN),
        ],
    );
    assert_eq!(s.step, Step::FamiliesServed);
    assert!(s.came_from_summary);
    let s = act(
        s,
        vec![
            answer(Answer::FamiliesServed("0".into())),
            CategoryAction::Continue(EN),
        ],
    );
    assert_eq!(s.step, Step::Psychotherapy);
    let s = act(
        s,
        vec![
            answer(Answer::Psychotherapy(YesNoNotSure::NotSure)),
            CategoryAction::Continue(EN),
        ],
    );
    assert_eq!(s.step, Step::Summary);
    let answers = s.answers(&[], EN).expect("complete");
    assert_eq!(answers.psychotherapy, None);
    assert_eq!(answers.leader_years.get(), 4.0, "kept across the change");
}

#[test]
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
            CategoryAction::Continue(EN),
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

#[test]
fn not_endorsed_and_categories_exclude_each_other() {
    let s = act(
        CategoryState::default(),
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

#[test]
fn restart_clears_everything() {
    let s = act(prevention_path(), vec![CategoryAction::Restart]);
    assert_eq!(s.step, Step::Ages);
    assert_eq!(s.drafts, CategoryState::default().drafts);
}

#[test]
fn state_survives_a_round_trip_through_storage_json() {
    let s = prevention_path();
    let json = serde_json::to_string(&s).expect("serializes");
    let back: CategoryState = saved(&json).expect("deserializes");
    assert_eq!(back.drafts, s.drafts);
    assert_eq!(back.step, s.step);
}

#[test]
fn a_thousand_families_are_a_thousand_in_both_languages() {
    let families = |text: &str, style| {
        let s = act(
            CategoryState {
                step: Step::FamiliesServed,
                ..CategoryState::default()
            },
            vec![
                answer(Answer::FamiliesServed(text.into())),
                CategoryAction::Continue(style),
            ],
        );
        match s.errors.first() {
            Some(e) => Err(e.problem),
            None => Ok(s.drafts.families_served.clone()),
        }
    };
    assert!(families("1,000", EN).is_ok());
    assert!(families("1.000", ES).is_ok());
    assert_eq!(families("1,5", ES), Err(Problem::NotWhole));
    assert_eq!(families("1,00,0", EN), Err(Problem::NotANumber));
    assert_eq!(families("200000", EN), Err(Problem::TooLarge));
    // The answers carry the thousand, not 1.
    let mut s = prevention_path();
    s.apply(answer(Answer::FamiliesServed("1,000".into())));
    assert_eq!(s.answers(&[], EN).map(|a| a.families_served.0), Ok(1000));
    assert_eq!(
        s.answers(&[], ES).map(|a| a.families_served.0),
        Ok(1),
        "a Spanish decimal comma: one family"
    );
}

/// The finder's cards say what the answered years were: prevention years are not "3 years of this
/// work" on the Mental Health Specialist card, and leadership that was never asked is not "0 years".
#[test]
fn reasons_name_years_of_another_scope_and_leadership_not_asked() {
    use endorsement_navigator::config::Lang;
    use endorsement_navigator::i18n::Locale;
    let answers = prevention_path().answers(&[], EN).expect("complete");
    let rec = rules::recommend(&answers);
    let card = |c: Category| {
        rec.ranked
            .iter()
            .find(|r| r.category == c)
            .map(|r| r.reasons.clone())
            .unwrap_or_default()
    };
    for (lang, other_scope, not_asked) in [
        (
            Lang::En,
            "the 3 years you gave were in prevention",
            "did not ask about leadership",
        ),
        (
            Lang::Es,
            "los 3 años que indicó eran de prevención",
            "no preguntaron por el liderazgo",
        ),
    ] {
        let t = Locale::new(lang);
        let mhs: Vec<String> = card(Category::MentalHealthSpecialist)
            .iter()
            .map(|r| t.reason(Category::MentalHealthSpecialist, Credential::Imh, r))
            .collect();
        assert!(mhs.iter().any(|s| s.contains(other_scope)), "{mhs:?}");
        assert!(!mhs.iter().any(|s| s.contains("of this work;")), "{mhs:?}");
        let mentor: Vec<String> = card(Category::MentorPolicy)
            .iter()
            .map(|r| t.reason(Category::MentorPolicy, Credential::Imh, r))
            .collect();
        assert!(mentor.iter().any(|s| s.contains(not_asked)), "{mentor:?}");
        assert!(
            !mentor
                .iter()
                .any(|s| s.contains("0 years") || s.contains("0 años")),
            "{mentor:?}"
        );
    }
    // The card of the category the years were answered for keeps "you have 3 years".
    let t = Locale::new(Lang::En);
    let own: Vec<String> = card(Category::FamilySpecialist)
        .iter()
        .map(|r| t.reason(Category::FamilySpecialist, Credential::Imh, r))
        .collect();
    assert!(
        own.iter()
            .any(|s| s.contains("You have 3 years of this work")),
        "{own:?}"
    );
    // Each card names its category as the result's heading does, for the credential it is shown for.
    assert!(
        own.iter()
            .any(|s| s.starts_with("Infant Family Specialist is the category")),
        "{own:?}"
    );
    let early: Vec<String> = card(Category::FamilySpecialist)
        .iter()
        .map(|r| t.reason(Category::FamilySpecialist, Credential::Ecmh, r))
        .collect();
    assert!(
        early
            .iter()
            .any(|s| s.starts_with("Early Childhood Family Specialist is the category")),
        "{early:?}"
    );
}
