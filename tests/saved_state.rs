//! Saved states written by the release before the forms' hand-written readers (serde's derives then)
//! load identically: each fixture below is what that code wrote for a populated state, and reading it back
//! then writing it gives the same JSON. Missing members take their defaults; a corrupt state is refused.

use endorsement_navigator::forms::category::{AgesChoice, CategoryState, Step};
use endorsement_navigator::forms::checker::{CheckerState, EntryId};
use endorsement_navigator::forms::renewal::RenewalState;
use endorsement_navigator::forms::saved::FromJson;
use endorsement_navigator::rules::json::Json;
use serde::Serialize;

const CATEGORY: &str = r#"{"drafts":{"ages":"both","scope":"clinical","degree":"master","years_in_scope":"3,5","families_served":"12","psychotherapy":"not_sure","leader_years":"2","provides_rsc":true,"provides_rsc_years":"1","endorsed_in":["family_associate"],"not_endorsed":false},"step":"summary","came_from_summary":true}"#;

const RENEWAL: &str = r#"{"category":"family_associate","endorsed_on":"01/03/2022","membership_expires":"2027-01-01","lapsed":false,"provides_rsc":true,"trainings":[{"id":1,"date":"2024-03-01","hours":2.5,"kind":"general","title":"Attachment"}],"rsc":[{"id":2,"date":"2024-03-01","hours":1.0,"kind":"general","title":""}],"next_id":3}"#;

const CHECKER: &str = r#"{"category":"family_associate","credential":"imh","degrees":[{"level":"master","competencies":["a"]}],"work":[{"scope":"promotion","start":"2024-03-01","end":"2024-03-01","families_served":4,"post_graduate":false,"psychotherapy":false,"leadership":true,"provides_rsc":false,"volunteer":false,"supervised":false,"specialized_training":false},{"scope":"promotion","start":"2024-03-01","end":"2024-03-01","families_served":4,"post_graduate":false,"psychotherapy":false,"leadership":true,"provides_rsc":false,"volunteer":false,"supervised":false,"specialized_training":false}],"work_from_answers":[1],"trainings":[{"title":"T","training":{"hours":3.0,"kind":"general","self_study":true,"date":"2024-03-01","competencies":[]}}],"rsc":[{"hours":4.0,"qualified_provider":true,"provider_unconfirmed":true,"about_provision":false,"date":null}],"references_text":"3","endorsed_in":["family_associate"],"editors":{"degree":{"index":null,"draft":{"level":"master","competencies":["b"]}},"work":{"index":0,"draft":{"scope":"promotion","start":"2020-01","end":"","current":true,"families_served":"","post_graduate":false,"psychotherapy":false,"leadership":false,"provides_rsc":false,"volunteer":true,"supervised":false,"specialized_training":false}},"training":{"index":null,"draft":{"title":"x","hours":"2","kind":"general","self_study":true,"date":"2024-01-01","competencies":[]}},"rsc":{"index":null,"draft":{"hours":"1","qualified_provider":false,"provider_not_sure":true,"about_provision":true,"date":"2024-02-01","until":"2024-03-01"}}},"last_preset":{"category":"family_associate","credential":"imh","serial":7}}"#;
/// The same state as an older release saved it: with the editors' errors and failed attempts.
const CHECKER_WITH_ERRORS: &str = r#"{"category":"family_associate","credential":"imh","degrees":[{"level":"master","competencies":["a"]}],"work":[{"scope":"promotion","start":"2024-03-01","end":"2024-03-01","families_served":4,"post_graduate":false,"psychotherapy":false,"leadership":true,"provides_rsc":false,"volunteer":false,"supervised":false,"specialized_training":false},{"scope":"promotion","start":"2024-03-01","end":"2024-03-01","families_served":4,"post_graduate":false,"psychotherapy":false,"leadership":true,"provides_rsc":false,"volunteer":false,"supervised":false,"specialized_training":false}],"work_from_answers":[1],"trainings":[{"title":"T","training":{"hours":3.0,"kind":"general","self_study":true,"date":"2024-03-01","competencies":[]}}],"rsc":[{"hours":4.0,"qualified_provider":true,"provider_unconfirmed":true,"about_provision":false,"date":null}],"references_text":"3","endorsed_in":["family_associate"],"editors":{"degree":{"index":null,"draft":{"level":"master","competencies":["b"]},"errors":[],"attempts":0},"work":{"index":0,"draft":{"scope":"promotion","start":"2020-01","end":"","current":true,"families_served":"","post_graduate":false,"psychotherapy":false,"leadership":false,"provides_rsc":false,"volunteer":true,"supervised":false,"specialized_training":false},"errors":[{"field":"WorkStart","problem":"NotADate"}],"attempts":2},"training":{"index":null,"draft":{"title":"x","hours":"2","kind":"general","self_study":true,"date":"2024-01-01","competencies":[]},"errors":[],"attempts":1},"rsc":{"index":null,"draft":{"hours":"1","qualified_provider":false,"provider_not_sure":true,"about_provision":true,"date":"2024-02-01","until":"2024-03-01"},"errors":[],"attempts":0}},"last_preset":{"category":"family_associate","credential":"imh","serial":7}}"#;

fn tree(text: &str) -> Json {
    serde_json::from_str(text).expect("fixture JSON")
}

fn load<T: FromJson>(text: &str) -> Option<T> {
    T::from_json(&tree(text))
}

/// Reading `fixture` and writing the state again gives the fixture back, member for member, but for the
/// top-level members `dropped` that are read past and no longer written.
fn round_trip<T: FromJson + Serialize>(fixture: &str, dropped: &[&str]) {
    let state: T = load(fixture).expect("the saved state loads");
    let written: serde_json::Value = serde_json::to_value(&state).expect("serializable");
    let mut expected: serde_json::Value = serde_json::from_str(fixture).expect("fixture JSON");
    for member in dropped {
        expected.as_object_mut().map(|o| o.remove(*member));
    }
    assert_eq!(written, expected);
}

#[test]
fn saved_states_of_this_release_load_identically() {
    round_trip::<CategoryState>(CATEGORY, &[]);
    round_trip::<RenewalState>(RENEWAL, &[]);
    // The checker's hand-over is an event now, not a saved counter.
    round_trip::<CheckerState>(CHECKER, &["last_preset"]);
}

#[test]
fn the_loaded_values_are_the_saved_ones() {
    let category: CategoryState = load(CATEGORY).expect("loads");
    assert_eq!(category.drafts.ages, Some(AgesChoice::Both));
    assert_eq!(category.drafts.years_in_scope, "3,5");
    assert_eq!(category.step, Step::Summary);
    assert!(category.came_from_summary);
    let renewal: RenewalState = load(RENEWAL).expect("loads");
    assert_eq!(renewal.trainings[0].title, "Attachment");
    assert_eq!(renewal.rsc[0].hours.get(), 1.0);
    assert_eq!(renewal.next_id, 3);
    let checker: CheckerState = load(CHECKER_WITH_ERRORS).expect("loads");
    assert_eq!(Some(checker.clone()), load::<CheckerState>(CHECKER));
    assert!(!checker.work.entries()[0].from_answers);
    assert!(checker.work.entries()[1].from_answers);
    let work = checker.work.editor.as_ref().expect("the work editor");
    // The draft is kept; its errors (and the failed attempts older releases saved) are not: they come
    // back on the next "Save". The editor's saved position is its entry's id once read.
    assert_eq!((work.entry, work.errors.len()), (Some(EntryId(0)), 0));
    assert_eq!(work.draft.start, "2020-01");
}

#[test]
fn missing_members_take_their_defaults_and_unknown_ones_are_ignored() {
    let empty: CategoryState = load("{}").expect("loads");
    assert_eq!(empty, CategoryState::default());
    let renewal: RenewalState =
        load(r#"{"endorsed_on":"2024-01-01","later":[1,2]}"#).expect("loads");
    assert_eq!(renewal.endorsed_on, "2024-01-01");
    assert_eq!(renewal.trainings, Vec::new());
    let checker: CheckerState = load(r#"{"references_text":"2"}"#).expect("loads");
    assert_eq!(checker.references_text, "2");
    assert_eq!(checker.category, CheckerState::default().category);
}

#[test]
fn a_corrupt_state_is_refused() {
    assert!(load::<CategoryState>("[]").is_none());
    assert!(load::<CategoryState>(r#"{"step":"nowhere"}"#).is_none());
    assert!(load::<CategoryState>(r#"{"drafts":{"years_in_scope":3}}"#).is_none());
    assert!(load::<RenewalState>(r#"{"next_id":-1}"#).is_none());
    // A logged entry must have its date and hours.
    assert!(load::<RenewalState>(r#"{"trainings":[{"id":1,"hours":2}]}"#).is_none());
    assert!(load::<CheckerState>(r#"{"editors":{"work":{"index":0}}}"#).is_none());
    assert!(load::<CheckerState>(r#"{"degrees":[{"level":"doctorate_of_nothing"}]}"#).is_none());
}
