//! Native tests of the rules API that golden cases cannot express: the field path each error names,
//! non-finite numbers (JSON has none), and regressions of fixed bugs.

use endorsement_navigator::contract;
use endorsement_navigator::rules::model::{
    Category, Hours, Profile, Training, TrainingKind, WorkEntry, WorkScope,
};
use endorsement_navigator::rules::{self, Date, Detail, RequirementId, RulesError};
use serde_json::{Value, json};

fn check_err(input: Value) -> RulesError {
    contract::check_from(&input).expect_err("expected an error")
}

fn renewal_err(input: Value) -> RulesError {
    contract::renewal_from(&input).expect_err("expected an error")
}

fn recommend_err(input: Value) -> RulesError {
    contract::recommend_from(&input).expect_err("expected an error")
}

/// The error names `field`, both in its `field` and in the contract's `{"error": …}` message.
fn assert_field(e: &RulesError, field: &str) {
    assert_eq!(e.field, field, "{e}");
    let message = contract::ErrorOutput::from(e.clone()).error;
    assert!(message.contains(field), "{message:?} should name {field}");
}

fn date(text: &str) -> Date {
    Date::parse(text).expect("valid date")
}

#[test]
fn unknown_category_names_category() {
    let e = check_err(json!({ "category": "family_helper" }));
    assert_field(&e, "category");
    let e =
        renewal_err(json!({ "category": "x", "endorsed_on": "2025-01-01", "today": "2026-01-01" }));
    assert_field(&e, "category");
    let e = check_err(
        json!({ "category": "reflective_supervisor", "endorsed_in": ["family_specialist", "fs"] }),
    );
    assert_field(&e, "endorsed_in[1]");
}

#[test]
fn missing_category_is_named_in_the_message() {
    let e = check_err(json!({ "today": "2026-01-01" }));
    assert_field(&e, "input");
    assert!(e.message.contains("category"), "{e}");
}

#[test]
fn negative_hours_name_the_entry() {
    let e = check_err(
        json!({ "category": "family_associate", "trainings": [{ "hours": 3 }, { "hours": -1 }] }),
    );
    assert_field(&e, "trainings[1].hours");
    let e = check_err(json!({ "category": "family_specialist", "rsc": [{ "hours": -0.5 }] }));
    assert_field(&e, "rsc[0].hours");
    let e = renewal_err(json!({
        "category": "family_specialist", "endorsed_on": "2025-01-01", "today": "2026-01-01",
        "rsc": [{ "hours": -2, "date": "2025-06-01" }]
    }));
    assert_field(&e, "rsc[0].hours");
    let e = recommend_err(json!({ "leader_years": -1 }));
    assert_field(&e, "leader_years");
}

#[test]
fn hours_reject_nan_and_infinity() {
    assert_eq!(Hours::new(f64::NAN), None);
    assert_eq!(Hours::new(f64::INFINITY), None);
    assert_eq!(Hours::new(f64::NEG_INFINITY), None);
    assert_eq!(Hours::new(-0.25), None);
    assert_eq!(Hours::new(0.0).map(Hours::get), Some(0.0));
    assert_eq!(Hours::new(1.5).map(Hours::get), Some(1.5));
    assert_eq!(Hours::new(f64::MAX).map(Hours::get), Some(f64::MAX));
}

#[test]
fn impossible_and_malformed_dates_name_the_field() {
    let e =
        check_err(json!({ "category": "family_associate", "work": [{ "start": "2025-02-30" }] }));
    assert_field(&e, "work[0].start");
    assert!(e.message.contains("2025-02-30"), "{e}");
    let e = check_err(json!({
        "category": "family_associate", "today": "2026-01-01",
        "work": [{ "start": "2025-01-01", "end": "2025/03/01" }]
    }));
    assert_field(&e, "work[0].end");
    let e = check_err(json!({ "category": "family_associate", "today": "2026-13-01" }));
    assert_field(&e, "today");
    let e = renewal_err(
        json!({ "category": "family_specialist", "endorsed_on": "2025-02-29", "today": "2026-01-01" }),
    );
    assert_field(&e, "endorsed_on");
    let e = renewal_err(json!({
        "category": "family_specialist", "endorsed_on": "2025-01-01", "today": "2026-01-01",
        "trainings": [{ "hours": 1, "date": "2025-04-31" }]
    }));
    assert_field(&e, "trainings[0].date");
}

#[test]
fn end_before_start_names_the_end() {
    let e = check_err(json!({
        "category": "family_associate", "today": "2026-01-01",
        "work": [{ "start": "2020-01-01", "end": "2021-01-01" }, { "start": "2023-05-02", "end": "2023-05-01" }]
    }));
    assert_field(&e, "work[1].end");
}

#[test]
fn unknown_competency_names_its_position() {
    let e = check_err(json!({
        "category": "family_associate",
        "trainings": [{ "hours": 3, "competencies": ["curiosity", "not_a_competency"] }]
    }));
    assert_field(&e, "trainings[0].competencies[1]");
    let e = check_err(json!({
        "category": "family_associate",
        "degrees": [{ "level": "master", "competencies": ["nope"] }]
    }));
    assert_field(&e, "degrees[0].competencies[0]");
}

#[test]
fn counts_must_be_whole_and_not_negative() {
    for bad in [json!(-1), json!(2.5), json!("3"), json!(null)] {
        let e = check_err(json!({ "category": "family_associate", "references": bad }));
        assert_field(&e, "references");
    }
    let e = check_err(json!({
        "category": "family_specialist", "today": "2026-01-01",
        "work": [{ "scope": "prevention", "start": "2020-01-01", "families_served": 9.5 }]
    }));
    assert_field(&e, "work[0].families_served");
    // 3.0 is a whole number.
    let report =
        contract::check_from(json!({ "category": "family_associate", "references": 3.0 })).unwrap();
    assert!(
        report
            .requirements
            .get(RequirementId::References)
            .unwrap()
            .met
    );
}

#[test]
fn renewal_date_errors_name_endorsed_on() {
    let e = renewal_err(json!({ "category": "family_specialist", "today": "2026-01-01" }));
    assert_field(&e, "input");
    assert!(e.message.contains("endorsed_on"), "{e}");
    let e = renewal_err(
        json!({ "category": "family_specialist", "endorsed_on": "2026-01-02", "today": "2026-01-01" }),
    );
    assert_field(&e, "endorsed_on");
    let e = renewal_err(json!({
        "category": "reflective_supervisor_emerging", "endorsed_on": "2025-01-01", "today": "2026-01-01"
    }));
    assert_field(&e, "category");
}

#[test]
fn non_object_inputs_are_errors() {
    for input in [
        json!([]),
        json!(["family_associate"]),
        json!("x"),
        json!(42),
        json!(null),
        json!(true),
    ] {
        assert_field(&check_err(input.clone()), "input");
        assert_field(&renewal_err(input.clone()), "input");
        assert_field(&recommend_err(input), "input");
    }
    // An empty object is a valid recommend input: every answer has a default.
    assert!(contract::recommend_from(json!({})).is_ok());
}

#[test]
fn nested_errors_keep_their_path_in_recommend() {
    let e = recommend_err(json!({ "ages": ["infant", "toddler"] }));
    assert_field(&e, "ages[1]");
    let e = recommend_err(json!({ "scope": "treatment" }));
    assert_field(&e, "scope");
    let e = recommend_err(json!({ "offered": ["imh", "xyz"] }));
    assert_field(&e, "offered[1]");
}

/// Every number of a JSON tree that is negative zero, by path.
fn negative_zeros(value: &Value, path: &str, found: &mut Vec<String>) {
    match value {
        Value::Number(n) if n.as_f64().is_some_and(|f| f == 0.0 && f.is_sign_negative()) => {
            found.push(path.to_owned())
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                negative_zeros(item, &format!("{path}[{i}]"), found);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                negative_zeros(item, &format!("{path}.{key}"), found);
            }
        }
        _ => {}
    }
}

/// `f64` sums start at `-0.0` in Rust; an empty list must give `0`, not `-0` (which the UI would print).
#[test]
fn empty_totals_are_positive_zero() {
    let mut outputs = Vec::new();
    for category in Category::ALL {
        let input = json!({ "category": category.id(), "today": "2026-01-01" });
        outputs.push(serde_json::to_value(contract::check_from(&input).unwrap()).unwrap());
    }
    let input = json!({
        "category": "family_specialist", "endorsed_on": "2025-01-01", "today": "2026-01-01", "lapsed": true
    });
    outputs.push(serde_json::to_value(contract::renewal_from(&input).unwrap()).unwrap());
    for output in outputs {
        let mut found = Vec::new();
        negative_zeros(&output, "$", &mut found);
        assert!(found.is_empty(), "-0 at {found:?} in {output}");
    }
}

/// 15 trainings of 2.2 hours are 33 hours, although plain `f64` addition gives 32.99999999999999.
#[test]
fn fractional_hours_reach_the_threshold() {
    let mut profile = Profile::empty(Category::FamilyAssociate);
    profile.trainings = vec![
        Training {
            hours: Hours::new(2.2).unwrap(),
            ..Training::default()
        };
        15
    ];
    let report = rules::check(&profile).unwrap();
    let training = report
        .requirements
        .get(RequirementId::TrainingHours)
        .unwrap();
    assert!(training.met, "{training:?}");

    let mut profile = Profile::empty(Category::ReflectiveSupervisorEmerging);
    profile.trainings = vec![
        Training {
            hours: Hours::new(1.65).unwrap(),
            kind: TrainingKind::RscProvision,
            ..Training::default()
        };
        2
    ];
    profile.trainings.push(Training {
        hours: Hours::new(1.7).unwrap(),
        kind: TrainingKind::RscProvision,
        ..Training::default()
    });
    let report = rules::check(&profile).unwrap();
    let training = report
        .requirements
        .get(RequirementId::RscProvisionTrainingHours)
        .unwrap();
    assert!(training.met, "{training:?}");

    let trainings: Vec<Value> = (0..20)
        .map(|_| json!({ "hours": 2.25, "date": "2026-03-01" }))
        .collect();
    let report = contract::renewal_from(json!({
        "category": "family_associate", "endorsed_on": "2020-01-01", "today": "2026-11-22", "trainings": trainings
    }))
    .unwrap();
    assert!(report.training.met, "{:?}", report.training);
}

/// Families served were summed as `u32` and overflowed (a panic in debug builds).
#[test]
fn huge_family_counts_do_not_overflow() {
    let work = WorkEntry {
        end: Some(date("2023-12-31")),
        families_served: endorsement_navigator::rules::model::Count(u32::MAX),
        ..WorkEntry::new(WorkScope::Prevention, date("2022-01-01"))
    };
    let mut profile = Profile::empty(Category::FamilySpecialist);
    profile.today = Some(date("2026-01-01"));
    profile.work = vec![work.clone(), work];
    let report = rules::check(&profile).unwrap();
    let families = report
        .requirements
        .get(RequirementId::FamiliesServed)
        .unwrap();
    assert!(families.met);
    assert_eq!(families.shortfall(), Some(0.0));
}

/// Without `today`, an open position is counted to the machine's date natively.
#[test]
fn open_position_without_today_uses_the_clock() {
    let report = contract::check_from(json!({
        "category": "family_associate",
        "work": [{ "start": "2000-01-01" }]
    }))
    .unwrap();
    let work = report.requirements.get(RequirementId::WorkYears).unwrap();
    assert!(work.met, "{work:?}");
}

/// Without `today`, a position that ends in the future counts only up to the machine's date.
#[test]
fn future_end_without_today_is_clipped_to_the_clock() {
    let report = contract::check_from(json!({
        "category": "family_associate",
        "work": [{ "start": "2020-01-01", "end": "2099-12-31" }]
    }))
    .unwrap();
    let work = report.requirements.get(RequirementId::WorkYears).unwrap();
    let Detail::Quantity { have, .. } = work.detail else {
        panic!("work_years is a quantity: {work:?}");
    };
    assert!(have > 5.0 && have < 60.0, "{work:?}");
}

/// Family Associate's education and work years are alternatives: when both are missing they count as
/// one step to go, listed once with its alternative beside it.
#[test]
fn alternatives_count_once_as_a_step() {
    let profile = rules::Profile::empty(rules::Category::FamilyAssociate);
    let report = rules::check(&profile).expect("an empty profile is valid");
    let steps: Vec<_> = report
        .requirements
        .outstanding()
        .map(|(r, alternative)| (r.id, alternative.map(|a| a.id)))
        .collect();
    assert_eq!(
        steps[0],
        (RequirementId::Education, Some(RequirementId::WorkYears))
    );
    assert!(steps.iter().all(|(id, _)| *id != RequirementId::WorkYears));
    // Education/work, training hours, references, core competencies.
    assert_eq!(report.requirements.to_go(), 4);
}

#[test]
fn errors_carry_their_kind() {
    use rules::ErrorKind;
    let kind = |e: RulesError| e.kind;
    assert_eq!(
        kind(check_err(json!({ "category": "x" }))),
        ErrorKind::Malformed
    );
    assert_eq!(
        kind(check_err(
            json!({ "category": "family_associate", "today": "2026-01-01",
            "work": [{ "start": "2025-02-01", "end": "2025-01-01" }] })
        )),
        ErrorKind::EndBeforeStart
    );
    assert_eq!(
        kind(check_err(
            json!({ "category": "family_associate", "today": "2026-01-01",
            "trainings": [{ "hours": 2, "competencies": ["not_a_competency"] }] })
        )),
        ErrorKind::UnknownCompetency
    );
    assert_eq!(
        kind(renewal_err(
            json!({ "category": "reflective_supervisor_emerging",
            "endorsed_on": "2025-01-01", "today": "2026-01-01" })
        )),
        ErrorKind::NotRenewed
    );
    assert_eq!(
        kind(renewal_err(json!({ "category": "family_specialist",
            "endorsed_on": "2026-02-01", "today": "2026-01-01" }))),
        ErrorKind::EndorsedAfterToday
    );
}

/// `CategoryRules::requirements()` is the one list of a category's requirements: `check` reports exactly
/// those, in that order, for every category.
#[test]
fn check_reports_the_categorys_own_requirements_in_order() {
    for category in Category::ALL {
        let asked: Vec<RequirementId> = rules::EDITION_2025
            .category(category)
            .requirements()
            .collect();
        let profile = Profile {
            today: Some(date("2026-11-22")),
            ..Profile::empty(category)
        };
        let report = rules::check(&profile).expect("an empty profile is valid");
        let reported: Vec<RequirementId> = report.requirements.0.iter().map(|r| r.id).collect();
        assert_eq!(reported, asked, "{category:?}");
        assert!(asked.contains(&RequirementId::References), "{category:?}");
    }
}

#[test]
fn an_error_in_an_entry_carries_that_entry_typed() {
    use endorsement_navigator::rules::input_path::InputList;
    let training = |hours: f64| json!({ "hours": hours, "date": "2026-01-10", "kind": "general" });
    let e = check_err(json!({
        "category": "family_specialist", "today": "2026-03-01",
        "trainings": [training(3.0), training(2.0), training(0.0)],
    }));
    assert_field(&e, "trainings[2].hours");
    assert_eq!(e.entry, Some((InputList::Trainings, 2)));
    let e = check_err(json!({
        "category": "family_specialist", "today": "2026-03-01",
        "work": [{ "scope": "prevention", "start": "2025-01-01", "end": "2024-01-01" }],
    }));
    assert_field(&e, "work[0].end");
    assert_eq!(e.entry, Some((InputList::Work, 0)));
    let e = renewal_err(json!({
        "category": "family_specialist", "endorsed_on": "2025-03-01", "today": "2026-03-01",
        "rsc": [{ "hours": 2e6, "date": "2026-01-01" }],
    }));
    assert_field(&e, "rsc[0].hours");
    assert_eq!(e.entry, Some((InputList::Rsc, 0)));
    // An error about no entry has none.
    let e = check_err(json!({ "category": "family_helper" }));
    assert_eq!(e.entry, None);
}

#[test]
fn check_names_ers_add_on_for_only_where_the_list_changed_the_answer() {
    let case = |list: &[&str]| {
        let input = json!({
            "category": "reflective_supervisor", "today": "2026-11-22",
            "endorsed_in": ["mentor_clinical"],
            "association": { "ers_add_on_for": list },
        });
        let report = contract::check_from(&input).expect("a report");
        serde_json::to_value(&report).expect("JSON")
    };
    assert_eq!(
        case(&["family_specialist"])["association"],
        json!(["ers_add_on_for"])
    );
    // Listed: the association's rule gives the same answer as the default, so nothing is named.
    assert!(case(&["mentor_clinical"]).get("association").is_none());
}
