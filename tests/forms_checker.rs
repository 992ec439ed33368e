//! The requirements checker's transitions, natively: add, edit, remove and undo for each entry kind
//! through the one generic entry list; invalid drafts keep their text; presets; the profile handed to the
//! rules; the saved layout. (Moved from the browser tests: none of this needs a DOM.)
#![cfg(not(target_arch = "wasm32"))]

#[path = "forms_support/saved.rs"]
mod saved_support;
use endorsement_navigator::forms::checker::{
    CheckerAction as A, CheckerState, DegreeDraft, EntryId, Field, Preset, Problem, RscDraft,
    Section, TrainingDraft, WorkDraft, notice_target,
};
use endorsement_navigator::rules::input_path::{EntryField, InputList, InputPath};
use endorsement_navigator::rules::model::{DegreeLevel, TrainingKind, WorkScope};
use endorsement_navigator::rules::{Category, Credential, Date};
use saved_support::{saved, saved_value};

#[path = "forms_support/checker.rs"]
mod checker_support;
use checker_support::*;

#[test]
fn trainings_are_added_edited_removed_and_restored() {
    let mut s = CheckerState::default();
    run(
        &mut s,
        [
            A::Add(Section::Training),
            A::TrainingDraft(training("24")),
            A::Save(Section::Training, read(EN)),
        ],
    );
    assert!(s.trainings.editor.is_none(), "the editor closes on save");
    assert_eq!(s.trainings.entries().len(), 1);
    assert_eq!(s.trainings.entries()[0].training.hours.get(), 24.0);
    assert_eq!(s.trainings.entries()[0].title, "Attachment basics");
    assert_eq!(
        s.focus.as_ref().map(|f| f.target.as_str()),
        Some("chk-training-heading")
    );

    // Edit: the editor opens with the saved values as text.
    run(
        &mut s,
        [A::Edit(Section::Training, EntryId(0), read(EN).dates)],
    );
    let draft = s.trainings.editor.as_ref().map(|e| e.draft.clone());
    assert_eq!(draft.as_ref().map(|d| d.hours.as_str()), Some("24"));
    assert_eq!(
        s.trainings.editor.as_ref().and_then(|e| e.entry),
        Some(EntryId(0))
    );
    run(
        &mut s,
        [
            A::TrainingDraft(TrainingDraft {
                hours: "30.5".into(),
                kind: TrainingKind::RscProvision,
                ..draft.unwrap_or_default()
            }),
            A::Save(Section::Training, read(EN)),
        ],
    );
    assert_eq!(
        s.trainings.entries().len(),
        1,
        "editing replaces, it does not add"
    );
    assert_eq!(s.trainings.entries()[0].training.hours.get(), 30.5);
    assert_eq!(
        s.trainings.entries()[0].training.kind,
        TrainingKind::RscProvision
    );

    // Cancel leaves the saved entry untouched.
    run(
        &mut s,
        [
            A::Edit(Section::Training, EntryId(0), read(EN).dates),
            A::TrainingDraft(training("1")),
            A::Cancel(Section::Training),
        ],
    );
    assert_eq!(s.trainings.entries()[0].training.hours.get(), 30.5);

    // Remove, then undo puts it back at the same place.
    run(
        &mut s,
        [
            A::Add(Section::Training),
            A::TrainingDraft(training("2")),
            A::Save(Section::Training, read(EN)),
            A::Remove(Section::Training, EntryId(0)),
        ],
    );
    assert_eq!(s.trainings.entries().len(), 1);
    assert_eq!(s.trainings.entries()[0].training.hours.get(), 2.0);
    assert_eq!(
        s.focus.as_ref().map(|f| f.target.as_str()),
        Some("chk-training-undo")
    );
    run(&mut s, [A::Undo]);
    assert_eq!(s.trainings.entries().len(), 2);
    assert_eq!(s.trainings.entries()[0].training.hours.get(), 30.5);
    assert_eq!(s.list(Section::Training).removed_index(), None);
}

#[test]
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
            A::Save(Section::Degree, read(EN)),
            A::Edit(Section::Degree, EntryId(0), read(EN).dates),
            A::DegreeDraft(DegreeDraft {
                level: DegreeLevel::Master,
                competencies: vec!["safety".into()],
            }),
            A::Save(Section::Degree, read(EN)),
        ],
    );
    assert_eq!(s.degrees.entries().len(), 1);
    assert_eq!(s.degrees.entries()[0].level, DegreeLevel::Master);

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
            A::Save(Section::Work, read(EN)),
        ],
    );
    assert_eq!(s.work.entries().len(), 1);
    assert_eq!(s.work.entries()[0].work.end, None);
    assert_eq!(s.work.entries()[0].work.families_served.0, 12);
    // The editor shows the saved date as the visitor's language writes it, in Spanish too.
    run(&mut s, [A::Edit(Section::Work, EntryId(0), read(ES).dates)]);
    let start = |s: &CheckerState| s.work.editor.as_ref().map(|e| e.draft.start.clone());
    assert_eq!(start(&s).as_deref(), Some("1 de enero de 2022"));
    run(&mut s, [A::Cancel(Section::Work)]);
    run(&mut s, [A::Edit(Section::Work, EntryId(0), read(EN).dates)]);
    assert_eq!(start(&s).as_deref(), Some("1 January 2022"));
    run(&mut s, [A::Cancel(Section::Work)]);
    run(
        &mut s,
        [
            A::Edit(Section::Work, EntryId(0), read(EN).dates),
            A::WorkDraft(WorkDraft {
                scope: WorkScope::Prevention,
                start: "2022-01-01".into(),
                end: "2023-12-31".into(),
                current: false,
                families_served: "4".into(),
                ..WorkDraft::default()
            }),
            A::Save(Section::Work, read(EN)),
        ],
    );
    assert_eq!(s.work.entries()[0].work.end, Date::parse("2023-12-31"));
    assert_eq!(s.work.entries()[0].work.families_served.0, 4);

    run(
        &mut s,
        [
            A::Add(Section::Rsc),
            A::RscDraft(rsc("10")),
            A::Save(Section::Rsc, read(EN)),
            A::Edit(Section::Rsc, EntryId(0), read(EN).dates),
            A::RscDraft(rsc("12,5")),
            A::Save(Section::Rsc, read(ES)),
        ],
    );
    assert_eq!(s.rsc.entries().len(), 1);
    assert_eq!(
        s.rsc.entries()[0].hours.get(),
        12.5,
        "a decimal comma reads as a point in Spanish"
    );

    for section in [Section::Degree, Section::Work, Section::Rsc] {
        run(&mut s, [A::Remove(section, EntryId(0))]);
        assert_eq!(s.list(section).len(), 0, "{section:?}");
    }
    // Only the last removal can be undone.
    run(&mut s, [A::Undo]);
    assert_eq!(s.rsc.entries().len(), 1);
    assert_eq!(s.work.entries().len(), 0);
}

#[test]
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
            A::Save(Section::Training, read(EN)),
        ],
    );
    assert!(s.trainings.entries().is_empty(), "nothing invalid is saved");
    let editor = s.trainings.editor.as_ref().expect("the editor stays open");
    assert_eq!(editor.draft.hours, "abc", "the typed text is kept");
    assert_eq!(editor.draft.date, "2025-02-30");
    assert_eq!(
        editor_errors(&s, Section::Training),
        vec![
            (Field::TrainingHours, Problem::NotANumber),
            (Field::TrainingDate, Problem::NoSuchDate)
        ]
    );
    assert_eq!(
        s.focus.as_ref().map(|f| f.target.as_str()),
        Some("chk-training-error-summary"),
        "a failed save sends focus to the errors"
    );
    let first = s.focus.clone();
    run(&mut s, [A::Save(Section::Training, read(EN))]);
    assert_ne!(s.focus, first, "and again on the next failed save");

    // A second "Add" while the draft is open does not throw it away.
    run(&mut s, [A::Add(Section::Training)]);
    assert_eq!(
        s.trainings.editor.as_ref().map(|e| e.draft.hours.as_str()),
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
            A::Save(Section::Work, read(EN)),
            A::Add(Section::Rsc),
            A::RscDraft(RscDraft {
                hours: "-3".into(),
                ..RscDraft::default()
            }),
            A::Save(Section::Rsc, read(EN)),
            A::Add(Section::Degree),
            A::Save(Section::Degree, read(EN)),
        ],
    );
    assert_eq!(
        editor_errors(&s, Section::Work),
        vec![
            (Field::WorkEnd, Problem::EndBeforeStart),
            (Field::WorkFamilies, Problem::NotWhole)
        ]
    );
    assert_eq!(
        editor_errors(&s, Section::Rsc),
        vec![
            (Field::RscHours, Problem::Negative),
            (Field::RscQualified, Problem::Missing)
        ]
    );
    assert_eq!(
        s.list(Section::Degree).errors().first().map(|e| e.field),
        Some(Field::DegreeLevel)
    );

    // References keep their text too; the profile counts them as 0 until they read as a number.
    run(&mut s, [A::SetReferences("two".into())]);
    assert_eq!(s.references_text, "two");
    assert_eq!(s.references(EN), Err(Problem::NotANumber));
    assert_eq!(s.to_profile(today(), &Credential::ALL, EN).references.0, 0);
}

#[test]
fn notices_name_the_entry_they_are_about() {
    let competencies = InputPath::entry_field(InputList::Trainings, 2, EntryField::Competencies);
    assert_eq!(notice_target(competencies), Some((Section::Training, 2)));
    assert_eq!(
        notice_target(InputPath::entry(InputList::Work, 0)),
        Some((Section::Work, 0))
    );
    assert_eq!(notice_target(InputPath::References), None);
    for (list, section) in [
        (InputList::Degrees, Section::Degree),
        (InputList::Work, Section::Work),
        (InputList::Trainings, Section::Training),
        (InputList::Rsc, Section::Rsc),
    ] {
        assert_eq!(Section::of(list), section);
    }
}

#[test]
fn a_preset_applies_each_time_it_is_handed_over() {
    let mut s = CheckerState::default();
    let preset = Preset {
        category: Category::MentalHealthSpecialist,
        credential: Credential::Ecmh,
    };
    assert!(s.apply(A::ApplyPreset(preset)));
    assert_eq!(s.category, Category::MentalHealthSpecialist);
    assert_eq!(s.credential, Credential::Ecmh);
    assert_eq!(
        s.focus.as_ref().map(|f| f.target.as_str()),
        Some("chk-title")
    );

    // The person changes the category; handing the same category over again applies it again. (A
    // remount does not: the hand-over is consumed by the first application, see `ui::App`.)
    s.apply(A::SetCategory(Category::FamilySpecialist));
    assert!(s.apply(A::ApplyPreset(preset)));
    assert_eq!(s.category, Category::MentalHealthSpecialist);

    // The hand-over is not part of what is saved: a visit saved with the counter of the old hand-over
    // still loads, and saves without it.
    let old = serde_json::json!({
        "category": "family_specialist",
        "last_preset": { "category": "family_associate", "credential": "imh", "serial": 7 }
    });
    let state: CheckerState = saved_value(old).expect("loads");
    assert_eq!(state.category, Category::FamilySpecialist);
    let again = serde_json::to_value(&state).expect("serializable");
    assert!(again.get("last_preset").is_none(), "{again}");
}

#[test]
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
            A::Save(Section::Training, read(EN)),
            A::Add(Section::Training),
            A::TrainingDraft(training("9")),
            A::SetReferences(" 3 ".into()),
            A::SetEndorsed(Category::FamilyAssociate, true),
        ],
    );
    let profile = s.to_profile(today(), &Credential::ALL, EN);
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
        s.to_profile(today(), &[Credential::Imh], EN).credential,
        Credential::Imh
    );

    // The state survives a JSON round trip (what storage does), drafts included.
    let json = serde_json::to_string(&s).expect("serializable");
    let back: CheckerState = saved(&json).expect("deserializable");
    let mut expected = s.clone();
    expected.focus = None;
    assert_eq!(back, expected, "everything but the focus request is saved");
}

#[test]
fn a_visit_saved_before_the_generic_list_still_loads_and_saves_the_same_way() {
    // The layout storage has always held: entry lists and open editors side by side.
    let saved = serde_json::json!({
        "category": "family_specialist",
        "credential": "imh",
        "trainings": [{ "title": "Basics", "training": { "hours": 3.0 } }],
        "references_text": "2",
        "editors": { "work": { "index": null, "draft": { "start": "2024-01-01" } } },
        "last_preset": null
    });
    let state: CheckerState = saved_value(saved).expect("the old layout loads");
    assert_eq!(state.category, Category::FamilySpecialist);
    assert_eq!(state.trainings.entries().len(), 1);
    assert_eq!(state.trainings.entries()[0].title, "Basics");
    assert_eq!(
        state.work.editor.as_ref().map(|e| e.draft.start.as_str()),
        Some("2024-01-01")
    );
    let again = serde_json::to_value(&state).expect("serializable");
    for key in [
        "degrees",
        "work",
        "trainings",
        "rsc",
        "editors",
        "references_text",
    ] {
        assert!(again.get(key).is_some(), "{key} is saved where it was");
    }
    assert!(again["editors"]["work"]["draft"]["start"] == "2024-01-01");
}

#[test]
fn numbers_are_read_in_the_visitor_style_and_dates_that_do_not_exist_are_named() {
    let families = |text: &str, style| {
        let mut s = CheckerState::default();
        run(
            &mut s,
            [
                A::Add(Section::Work),
                A::WorkDraft(WorkDraft {
                    start: "2022-01-01".into(),
                    current: true,
                    families_served: text.into(),
                    ..WorkDraft::default()
                }),
                A::Save(Section::Work, read(style)),
            ],
        );
        match &s.work.editor {
            None => Ok(s.work.entries()[0].work.families_served.0),
            Some(editor) => Err(editor.errors.clone()),
        }
    };
    assert_eq!(families("1,000", EN), Ok(1000), "a thousand, not one");
    assert_eq!(families("1.000", ES), Ok(1000));
    assert_eq!(families("1 000", ES), Ok(1000));
    assert!(families("1,00,0", EN).is_err());

    let mut s = CheckerState::default();
    run(
        &mut s,
        [
            A::Add(Section::Work),
            A::WorkDraft(WorkDraft {
                start: "2023-02-30".into(),
                end: "June".into(),
                ..WorkDraft::default()
            }),
            A::Save(Section::Work, read(EN)),
        ],
    );
    assert_eq!(
        editor_errors(&s, Section::Work),
        vec![
            (Field::WorkStart, Problem::NoSuchDate),
            (Field::WorkEnd, Problem::NotADate)
        ]
    );
    // References: "1,000" is a thousand in English, one in Spanish (a decimal comma).
    run(&mut s, [A::SetReferences("1,000".into())]);
    assert_eq!(s.references(EN).map(|c| c.0), Ok(1000));
    assert_eq!(s.references(ES).map(|c| c.0), Ok(1));
}

#[test]
fn a_training_or_rsc_entry_of_zero_hours_is_refused_at_saving() {
    // The rules refuse an entry of 0 hours; the editor says so beside the hours instead.
    let mut s = CheckerState::default();
    run(
        &mut s,
        [
            A::Add(Section::Training),
            A::TrainingDraft(training("0")),
            A::Save(Section::Training, read(EN)),
            A::Add(Section::Rsc),
            A::RscDraft(rsc("0.0")),
            A::Save(Section::Rsc, read(EN)),
        ],
    );
    assert_eq!(
        editor_errors(&s, Section::Training),
        vec![(Field::TrainingHours, Problem::Zero)]
    );
    assert_eq!(
        editor_errors(&s, Section::Rsc),
        vec![(Field::RscHours, Problem::Zero)]
    );
    assert!(s.trainings.entries().is_empty() && s.rsc.entries().is_empty());
}

#[test]
fn rsc_takes_one_date_or_a_period() {
    let mut s = CheckerState::default();
    run(
        &mut s,
        [
            A::SetCategory(Category::ReflectiveSupervisor),
            A::Add(Section::Rsc),
            A::RscDraft(RscDraft {
                date: "2025-01-01".into(),
                until: "2025-12-31".into(),
                ..rsc("12")
            }),
            A::Save(Section::Rsc, read(EN)),
            A::Add(Section::Rsc),
            A::RscDraft(RscDraft {
                date: "2025-03-01".into(),
                ..rsc("2")
            }),
            A::Save(Section::Rsc, read(EN)),
        ],
    );
    let profile = s.to_profile(today(), &Credential::ALL, EN);
    let period = &profile.rsc[0];
    assert_eq!(
        (period.date, period.start, period.end),
        (None, Date::parse("2025-01-01"), Date::parse("2025-12-31"))
    );
    let single = &profile.rsc[1];
    assert_eq!(
        (single.date, single.start, single.end),
        (Date::parse("2025-03-01"), None, None)
    );

    // A last day without a first, or before it, is refused beside the field.
    for (date, until, want) in [
        ("", "2025-12-31", (Field::RscDate, Problem::Missing)),
        (
            "2025-06-01",
            "2025-05-01",
            (Field::RscUntil, Problem::EndBeforeStart),
        ),
    ] {
        let mut s = CheckerState::default();
        run(
            &mut s,
            [
                A::Add(Section::Rsc),
                A::RscDraft(RscDraft {
                    date: date.into(),
                    until: until.into(),
                    ..rsc("2")
                }),
                A::Save(Section::Rsc, read(EN)),
            ],
        );
        assert_eq!(editor_errors(&s, Section::Rsc), vec![want]);
    }
}

#[test]
fn rsc_from_a_provider_not_yet_confirmed_waits_and_counts_once_confirmed() {
    use endorsement_navigator::forms::YesNoNotSure;
    use endorsement_navigator::rules::{self, Notice};

    let mut s = CheckerState::default();
    let mut draft = rsc("10");
    draft.set_provider(YesNoNotSure::NotSure);
    run(
        &mut s,
        [
            A::SetCategory(Category::FamilySpecialist),
            A::Add(Section::Rsc),
            A::RscDraft(draft),
            A::Save(Section::Rsc, read(EN)),
        ],
    );
    let entry = &s.rsc.entries()[0];
    assert!(entry.provider_unconfirmed && !entry.qualified_provider);
    let report = rules::check(&s.to_profile(today(), &Credential::ALL, EN)).expect("a report");
    let rsc_hours = |report: &rules::CheckReport| {
        report
            .requirements
            .get(rules::check::RequirementId::RscHours)
            .and_then(|r| r.shortfall())
    };
    assert_eq!(rsc_hours(&report), Some(24.0), "the hours wait");
    assert!(report.notices.contains(&Notice::RscProviderUnconfirmed {
        field: InputPath::entry(InputList::Rsc, 0),
        hours: 10.0
    }));

    // Reopened, the editor says "Not sure" again; the saved layout keeps it.
    run(&mut s, [A::Edit(Section::Rsc, EntryId(0), read(EN).dates)]);
    let editor = s.rsc.editor.as_ref().expect("the editor is open");
    assert_eq!(editor.draft.provider(), Some(YesNoNotSure::NotSure));
    let back: CheckerState =
        saved(&serde_json::to_string(&s).expect("serializable")).expect("loads");
    assert!(back.rsc.entries()[0].provider_unconfirmed);

    // Confirmed: the same hours count, and the notice is gone.
    let mut confirmed = editor.draft.clone();
    confirmed.set_provider(YesNoNotSure::Yes);
    run(
        &mut s,
        [A::RscDraft(confirmed), A::Save(Section::Rsc, read(EN))],
    );
    let report = rules::check(&s.to_profile(today(), &Credential::ALL, EN)).expect("a report");
    assert_eq!(rsc_hours(&report), Some(14.0));
    assert!(report.notices.is_empty(), "{:?}", report.notices);

    // A draft saved before "Not sure" existed still reads as the yes/no it held.
    let old: RscDraft = saved(r#"{"hours":"2","qualified_provider":false}"#).expect("loads");
    assert_eq!(old.provider(), Some(YesNoNotSure::No));
}

#[test]
fn positions_carried_from_the_answers_stay_marked_until_saved_from_the_editor() {
    use endorsement_navigator::rules::Profile;
    use endorsement_navigator::rules::model::WorkEntry;

    let mut profile = Profile::empty(Category::FamilySpecialist);
    let start = Date::parse("2023-03-15").expect("a date");
    profile.work = vec![
        WorkEntry::new(WorkScope::Prevention, start),
        WorkEntry::new(WorkScope::Clinical, start),
    ];
    let mut s = CheckerState::from_answers(&profile);
    let marked = |s: &CheckerState| -> Vec<bool> {
        s.work.entries().iter().map(|w| w.from_answers).collect()
    };
    assert_eq!(marked(&s), [true, true]);
    // From a link or a file, the positions are the person's own unless it says they are readings of the
    // answers; the marks read back as they went in.
    assert_eq!(
        marked(&CheckerState::from_profile(&profile, &[], &[])),
        [false, false]
    );
    let from_link = CheckerState::from_profile(&profile, &[], &[1]);
    assert_eq!(marked(&from_link), [false, true]);
    assert_eq!(from_link.work_from_answers(), [1]);

    // Removing the first and undoing keeps each mark with its position.
    run(&mut s, [A::Remove(Section::Work, EntryId(0)), A::Undo]);
    assert_eq!(marked(&s), [true, true]);
    // Opened and closed without saving: still a reading of the answers.
    run(
        &mut s,
        [
            A::Edit(Section::Work, EntryId(1), read(EN).dates),
            A::Cancel(Section::Work),
        ],
    );
    assert_eq!(marked(&s), [true, true]);
    // Saved from the editor, the dates are confirmed.
    run(
        &mut s,
        [
            A::Edit(Section::Work, EntryId(1), read(EN).dates),
            A::Save(Section::Work, read(EN)),
        ],
    );
    assert_eq!(marked(&s), [true, false]);

    // The marks are saved with the visit, by position; a visit saved before them has none.
    let json = serde_json::to_value(&s).expect("serializable");
    assert_eq!(json["work_from_answers"], serde_json::json!([0]));
    let back: CheckerState = saved_value(json.clone()).expect("loads");
    assert_eq!(marked(&back), [true, false]);
    let mut old = json;
    old.as_object_mut().map(|o| o.remove("work_from_answers"));
    let back: CheckerState = saved_value(old).expect("loads");
    assert_eq!(marked(&back), [false, false]);
    // The profile for the rules is the positions themselves.
    assert_eq!(s.to_profile(today(), &Credential::ALL, EN).work.len(), 2);
}

#[test]
fn work_started_or_rsc_received_after_today_is_refused_beside_the_field() {
    // `today()` is 2026-03-15, as in the renewal tool's own refusal of entries dated after today.
    let mut s = CheckerState::default();
    run(
        &mut s,
        [
            A::Add(Section::Work),
            A::WorkDraft(WorkDraft {
                start: "2026-03-16".into(),
                current: true,
                ..WorkDraft::default()
            }),
            A::Save(Section::Work, read(EN)),
        ],
    );
    assert_eq!(
        editor_errors(&s, Section::Work),
        [(Field::WorkStart, Problem::AfterToday { today: today() })]
    );
    assert_eq!(
        s.work.editor.as_ref().map(|e| e.draft.start.as_str()),
        Some("2026-03-16"),
        "what was typed stays"
    );
    // A position that ends after today (a planned end) is fine once it has started.
    run(
        &mut s,
        [
            A::WorkDraft(WorkDraft {
                start: "2026-03-15".into(),
                end: "2026-12-31".into(),
                ..WorkDraft::default()
            }),
            A::Save(Section::Work, read(EN)),
        ],
    );
    assert_eq!(s.work.entries().len(), 1);

    for (date, until, want) in [
        ("2026-04-01", "", Field::RscDate),
        ("2026-01-01", "2026-06-30", Field::RscUntil),
    ] {
        let mut s = CheckerState::default();
        run(
            &mut s,
            [
                A::Add(Section::Rsc),
                A::RscDraft(RscDraft {
                    date: date.into(),
                    until: until.into(),
                    ..rsc("2")
                }),
                A::Save(Section::Rsc, read(EN)),
            ],
        );
        assert_eq!(
            editor_errors(&s, Section::Rsc),
            [(want, Problem::AfterToday { today: today() })]
        );
        assert!(s.rsc.entries().is_empty());
    }

    // A training dated after today is planned: saved, and the report says it counts once done.
    let mut s = CheckerState::default();
    run(
        &mut s,
        [
            A::Add(Section::Training),
            A::TrainingDraft(TrainingDraft {
                date: "2026-05-01".into(),
                ..training("3")
            }),
            A::Save(Section::Training, read(EN)),
        ],
    );
    assert_eq!(s.trainings.entries().len(), 1);
}
