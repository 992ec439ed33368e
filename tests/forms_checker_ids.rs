//! Checker entries are addressed by id, as renewal entries are: editing, removing and undoing follow
//! the entry, not a position that changes under it; saved visits and links (which name entries by
//! position) read back with ids in order.
#![cfg(not(target_arch = "wasm32"))]

#[path = "forms_support/saved.rs"]
mod saved_support;
use endorsement_navigator::forms::checker::{
    CheckerAction as A, CheckerState, EntryId, Section, TrainingRecord,
};
use saved_support::saved_value;

#[path = "forms_support/checker.rs"]
mod checker_support;
use checker_support::*;

/// The checker with trainings of `hours`, added in order.
fn with_trainings(hours: &[&str]) -> CheckerState {
    let mut s = CheckerState::default();
    for h in hours {
        run(
            &mut s,
            [
                A::Add(Section::Training),
                A::TrainingDraft(training(h)),
                A::Save(Section::Training, read(EN)),
            ],
        );
    }
    s
}

fn hours(s: &CheckerState) -> Vec<f64> {
    s.trainings
        .entries()
        .iter()
        .map(|t: &TrainingRecord| t.training.hours.get())
        .collect()
}

fn ids(s: &CheckerState) -> Vec<u32> {
    s.list(Section::Training)
        .ids()
        .iter()
        .map(|i| i.0)
        .collect()
}

#[test]
fn each_saved_entry_gets_an_id_of_its_own_that_is_not_reused() {
    let mut s = with_trainings(&["1", "2", "3"]);
    assert_eq!(ids(&s), [0, 1, 2]);
    assert!(s.apply(A::Remove(Section::Training, EntryId(2))));
    run(
        &mut s,
        [
            A::Add(Section::Training),
            A::TrainingDraft(training("4")),
            A::Save(Section::Training, read(EN)),
        ],
    );
    // The removed entry's id is not given to the next one: its "Undo" offer is gone, but a stale
    // "Edit" of it must not reach the new entry.
    assert_eq!(ids(&s), [0, 1, 3]);
    assert_eq!(hours(&s), [1.0, 2.0, 4.0]);
    assert!(!s.apply(A::Edit(Section::Training, EntryId(2), read(EN).dates)));
    assert!(s.trainings.editor.is_none());
}

#[test]
fn edit_and_remove_reach_the_entry_named_whatever_its_position() {
    let mut s = with_trainings(&["1", "2", "3"]);
    // With the first entry gone, the third is at position 1; it is still entry 2.
    run(&mut s, [A::Remove(Section::Training, EntryId(0))]);
    assert_eq!(hours(&s), [2.0, 3.0]);
    run(
        &mut s,
        [A::Edit(Section::Training, EntryId(2), read(EN).dates)],
    );
    let editor = s.trainings.editor.as_ref().expect("open");
    assert_eq!(editor.entry, Some(EntryId(2)));
    assert_eq!(editor.draft.hours, "3");
    assert_eq!(s.trainings.position(EntryId(2)), Some(1));
    run(
        &mut s,
        [
            A::TrainingDraft(training("30")),
            A::Save(Section::Training, read(EN)),
        ],
    );
    assert_eq!(hours(&s), [2.0, 30.0], "the entry named, not the one at 2");

    // Removing an id that is not there changes nothing.
    assert!(!s.apply(A::Remove(Section::Training, EntryId(0))));
    assert!(s.apply(A::Remove(Section::Training, EntryId(1))));
    assert_eq!(hours(&s), [30.0]);
    assert_eq!(s.list(Section::Training).removed_index(), Some(0));
}

#[test]
fn undo_puts_the_entry_back_with_its_id_and_an_open_editor_stays_on_its_entry() {
    let mut s = with_trainings(&["1", "2", "3"]);
    run(&mut s, [A::Remove(Section::Training, EntryId(0)), A::Undo]);
    assert_eq!(ids(&s), [0, 1, 2]);
    assert_eq!(hours(&s), [1.0, 2.0, 3.0]);

    // Removing an entry before the one being edited does not move the editor off its entry.
    run(
        &mut s,
        [
            A::Edit(Section::Training, EntryId(1), read(EN).dates),
            A::Remove(Section::Training, EntryId(0)),
        ],
    );
    assert_eq!(
        s.trainings.editor.as_ref().and_then(|e| e.entry),
        Some(EntryId(1)),
        "the editor is on the same entry after one before it went"
    );
    run(
        &mut s,
        [
            A::TrainingDraft(training("20")),
            A::Save(Section::Training, read(EN)),
        ],
    );
    assert_eq!(hours(&s), [20.0, 3.0]);

    // The editor of the entry removed keeps its draft, as a new entry: nothing typed is lost.
    run(
        &mut s,
        [
            A::Edit(Section::Training, EntryId(2), read(EN).dates),
            A::TrainingDraft(training("7")),
            A::Remove(Section::Training, EntryId(2)),
        ],
    );
    let editor = s.trainings.editor.as_ref().expect("still open");
    assert_eq!((editor.entry, editor.draft.hours.as_str()), (None, "7"));
}

#[test]
fn an_open_editor_is_saved_by_its_entry_position_and_reads_back_on_the_same_entry() {
    let mut s = with_trainings(&["1", "2", "3"]);
    run(
        &mut s,
        [
            A::Edit(Section::Training, EntryId(2), read(EN).dates),
            A::Remove(Section::Training, EntryId(0)),
        ],
    );
    assert_eq!(ids(&s), [1, 2]);
    assert_eq!(s.list(Section::Training).editing(), Some(Some(EntryId(2))));

    // Saved, the editor names its entry by position (the layout since the first release); read back, the
    // ids are the positions and the editor is on the same entry.
    let json = serde_json::to_value(&s).expect("serializable");
    assert_eq!(json["editors"]["training"]["index"], 1);
    let back: CheckerState = saved_value(json).expect("loads");
    assert_eq!(hours(&back), [2.0, 3.0]);
    assert_eq!(ids(&back), [0, 1]);
    let editor = back.trainings.editor.as_ref().expect("open");
    assert_eq!(
        (editor.entry, editor.draft.hours.as_str()),
        (Some(EntryId(1)), "3")
    );
}

#[test]
fn a_saved_editor_of_an_entry_that_is_gone_reads_as_a_new_entry() {
    let saved = serde_json::json!({
        "trainings": [{ "title": "Basics", "training": { "hours": 3.0 } }],
        "editors": { "training": { "index": 4, "draft": { "hours": "5" } } }
    });
    let state: CheckerState = saved_value(saved).expect("loads");
    let editor = state.trainings.editor.as_ref().expect("open");
    assert_eq!((editor.entry, editor.draft.hours.as_str()), (None, "5"));
    // Links and files carry entries in order: they read with ids in order too.
    let from_link = CheckerState::from_profile(&state.to_profile(today(), &[], EN), &[], &[]);
    assert_eq!(ids(&from_link), [0]);
}
