//! Property tests of the rules engine: arbitrary profiles, renewal logs and answers never panic and keep the
//! invariants the contract promises; arbitrary JSON fed to the `*_from` functions never panics.
//!
//! `PROPTEST_CASES` overrides the number of cases (256 by default).
#![cfg(not(target_arch = "wasm32"))]

use endorsement_navigator::contract;
use endorsement_navigator::rules::check::{Detail, Requirement, RequirementId};
use endorsement_navigator::rules::competency::DEFAULT_COMPETENCIES;
use endorsement_navigator::rules::model::{
    AgeGroup, Answers, Category, Count, Credential, Degree, DegreeLevel, Hours, LoggedRsc,
    LoggedTraining, Profile, RenewalInput, RoleScope, RscEntry, Training, TrainingKind, WorkEntry,
    WorkScope,
};
use endorsement_navigator::rules::recommend::Fit;
use endorsement_navigator::rules::{self, CheckReport, Date};
use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use serde_json::{Map, Number, Value};

// ------------------------------------------------------------------------------------------ strategies

const FIRST_DAY: (i32, u32, u32) = (2015, 1, 1);
/// 2015-01-01 ..= 2030-12-31.
const DAYS: i32 = 5843;

fn day(offset: i32) -> Date {
    let (y, m, d) = FIRST_DAY;
    Date::from_ymd(y, m, d).expect("valid").add_days(offset)
}

fn date() -> impl Strategy<Value = Date> {
    (0..=DAYS).prop_map(day)
}

/// Hours from 0 to 200: whole, quarter and arbitrary fractions.
fn hours() -> impl Strategy<Value = Hours> {
    prop_oneof![
        (0u32..=200).prop_map(f64::from),
        (0u32..=800).prop_map(|q| f64::from(q) / 4.0),
        0.0f64..=200.0,
    ]
    .prop_map(|h| Hours::new(h).expect("finite, not negative"))
}

/// Hours of one check entry: more than 0 (a 0-hour training or RSC entry is an input error).
fn entry_hours() -> impl Strategy<Value = Hours> {
    hours().prop_map(|h| {
        if h.get() > 0.0 {
            h
        } else {
            Hours::new(0.25).expect("positive")
        }
    })
}

fn competency_ids(max: usize) -> impl Strategy<Value = Vec<String>> {
    let ids: Vec<String> = DEFAULT_COMPETENCIES
        .iter()
        .map(|c| c.id.to_owned())
        .collect();
    prop::collection::vec(select(ids), 0..=max)
}

fn degree() -> impl Strategy<Value = Degree> {
    (select(DegreeLevel::ALL.to_vec()), competency_ids(14)).prop_map(|(level, competencies)| {
        Degree {
            level,
            competencies,
        }
    })
}

fn work_entry() -> impl Strategy<Value = WorkEntry> {
    (
        select(WorkScope::ALL.to_vec()),
        (0..=DAYS, 0..=DAYS, any::<bool>()),
        0u32..=30,
        prop::array::uniform7(any::<bool>()),
    )
        .prop_map(|(scope, (a, b, open), families, flags)| {
            let (start, end) = (day(a.min(b)), day(a.max(b)));
            let [
                post_graduate,
                psychotherapy,
                leadership,
                provides_rsc,
                volunteer,
                supervised,
                specialized_training,
            ] = flags;
            WorkEntry {
                scope,
                start,
                end: (!open).then_some(end),
                families_served: Count(families),
                post_graduate,
                psychotherapy,
                leadership,
                provides_rsc,
                volunteer,
                supervised,
                specialized_training,
            }
        })
}

fn training() -> impl Strategy<Value = Training> {
    (
        entry_hours(),
        select(TrainingKind::ALL.to_vec()),
        any::<bool>(),
        prop::option::of(date()),
        competency_ids(6),
    )
        .prop_map(|(hours, kind, self_study, date, competencies)| Training {
            hours,
            kind,
            self_study,
            date,
            competencies,
        })
}

fn rsc_entry() -> impl Strategy<Value = RscEntry> {
    (entry_hours(), any::<bool>(), any::<bool>()).prop_map(
        |(hours, qualified_provider, about_provision)| RscEntry {
            hours,
            qualified_provider,
            about_provision,
            ..RscEntry::default()
        },
    )
}

fn profile() -> impl Strategy<Value = Profile> {
    (
        select(Category::ALL.to_vec()),
        select(Credential::ALL.to_vec()),
        date(),
        prop::collection::vec(degree(), 0..3),
        prop::collection::vec(work_entry(), 0..5),
        prop::collection::vec(training(), 0..8),
        prop::collection::vec(rsc_entry(), 0..5),
        0u32..=5,
        subsequence(Category::ALL.to_vec(), 0..=3),
    )
        .prop_map(
            |(
                category,
                credential,
                today,
                degrees,
                work,
                trainings,
                rsc,
                references,
                endorsed_in,
            )| Profile {
                category,
                credential,
                today: Some(today),
                degrees,
                // A position starting after today is an input error; these start by today at the latest.
                work: work
                    .into_iter()
                    .map(|mut w| {
                        w.start = w.start.min(today);
                        w
                    })
                    .collect(),
                trainings,
                rsc,
                references: Count(references),
                endorsed_in,
                pace: None,
                association: Default::default(),
            },
        )
}

fn renewal_input() -> impl Strategy<Value = RenewalInput> {
    (
        select(Category::ALL.to_vec()),
        (0..=DAYS, 0..=DAYS),
        prop::collection::vec((hours(), date()), 0..8),
        prop::collection::vec((hours(), date()), 0..8),
        prop::option::of(date()),
        any::<bool>(),
    )
        .prop_map(
            |(category, (a, b), trainings, rsc, membership_expires, lapsed)| RenewalInput {
                category,
                endorsed_on: day(a.min(b)),
                today: Some(day(a.max(b))),
                trainings: trainings
                    .into_iter()
                    .map(|(hours, date)| LoggedTraining {
                        hours,
                        date,
                        kind: TrainingKind::General,
                    })
                    .collect(),
                rsc: rsc
                    .into_iter()
                    .map(|(hours, date)| LoggedRsc { hours, date })
                    .collect(),
                membership_expires,
                lapsed,
                provides_rsc: false,
                association: Default::default(),
            },
        )
}

fn years() -> impl Strategy<Value = Hours> {
    prop_oneof![(0u32..=6).prop_map(f64::from), 0.0f64..=10.0]
        .prop_map(|y| Hours::new(y).expect("finite"))
}

fn answers() -> impl Strategy<Value = Answers> {
    (
        subsequence(vec![AgeGroup::Infant, AgeGroup::EarlyChildhood], 0..=2),
        select(RoleScope::ALL.to_vec()),
        select(DegreeLevel::ALL.to_vec()),
        (years(), years(), years()),
        prop::option::of(any::<bool>()),
        0u32..=30,
        subsequence(Category::ALL.to_vec(), 0..=2),
        subsequence(Credential::ALL.to_vec(), 0..=2),
    )
        .prop_map(
            |(
                ages,
                scope,
                degree,
                (years_in_scope, leader_years, provides_rsc_years),
                psychotherapy,
                families,
                endorsed_in,
                offered,
            )| {
                Answers {
                    ages,
                    scope,
                    degree,
                    years_in_scope,
                    leader_years,
                    provides_rsc_years,
                    psychotherapy,
                    families_served: Count(families),
                    endorsed_in,
                    offered,
                    association: Default::default(),
                    lang: None,
                }
            },
        )
}

// ------------------------------------------------------------------------------------------ helpers

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(256);
    ProptestConfig {
        cases,
        // Keep the source tree clean: a failure prints its minimal input instead of writing a file.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn quantity(r: &Requirement) -> Option<(f64, f64)> {
    match r.detail {
        Detail::Quantity { have, need } => Some((have, need)),
        _ => None,
    }
}

fn met(report: &CheckReport, id: RequirementId) -> Option<bool> {
    report.requirements.get(id).map(|r| r.met)
}

fn check_invariants(report: &CheckReport) -> Result<(), TestCaseError> {
    for r in &report.requirements.0 {
        if let Some((have, need)) = quantity(r) {
            prop_assert!(have.is_finite() && need.is_finite(), "{r:?}");
            prop_assert_eq!(r.met, have >= need, "{:?}", r);
            prop_assert!(!(have == 0.0 && have.is_sign_negative()), "-0 in {:?}", r);
        }
        if r.waived {
            prop_assert!(!r.met, "a met requirement is never waived: {:?}", r);
            prop_assert_eq!(report.category, Category::FamilyAssociate);
            let other = match r.id {
                RequirementId::Education => RequirementId::WorkYears,
                RequirementId::WorkYears => RequirementId::Education,
                id => return Err(TestCaseError::fail(format!("{id:?} waived"))),
            };
            prop_assert_eq!(met(report, other), Some(true));
        }
    }
    let all = report.requirements.0.iter().all(|r| r.met || r.waived);
    prop_assert_eq!(report.ready, all);
    prop_assert_eq!(report.exam_required, report.category.is_mentor());
    if report.category == Category::FamilyAssociate {
        let either = met(report, RequirementId::Education) == Some(true)
            || met(report, RequirementId::WorkYears) == Some(true);
        let rest = report
            .requirements
            .0
            .iter()
            .filter(|r| !matches!(r.id, RequirementId::Education | RequirementId::WorkYears))
            .all(|r| r.met);
        prop_assert_eq!(report.ready, either && rest);
    }
    Ok(())
}

/// No requirement met in `before` is unmet in `after`, and a ready profile stays ready.
fn never_worse(before: &CheckReport, after: &CheckReport) -> Result<(), TestCaseError> {
    for r in &before.requirements.0 {
        let later = after.requirements.get(r.id);
        prop_assert!(later.is_some(), "{:?} disappeared", r.id);
        if r.met {
            prop_assert!(
                later.is_some_and(|l| l.met),
                "{:?} became unmet: {:?}",
                r.id,
                later
            );
        }
        if let (Some((have, _)), Some((later_have, _))) = (quantity(r), later.and_then(quantity)) {
            prop_assert!(
                later_have >= have,
                "{:?}: {} then {}",
                r.id,
                have,
                later_have
            );
        }
    }
    prop_assert!(!before.ready || after.ready);
    Ok(())
}

// ------------------------------------------------------------------------------------------ check

proptest! {
    #![proptest_config(config())]

    #[test]
    fn check_keeps_its_invariants(profile in profile()) {
        let report = rules::check(&profile).expect("generated profiles are valid");
        check_invariants(&report)?;
        // The JSON route gives the same answer.
        let json = serde_json::to_value(&profile).expect("serializable");
        let from_json = contract::check_from(&json).expect("valid as JSON too");
        prop_assert_eq!(from_json, report);
    }

    #[test]
    fn another_training_never_unmeets(profile in profile(), extra in training()) {
        let before = rules::check(&profile).expect("valid");
        let mut more = profile.clone();
        more.trainings.push(extra);
        let after = rules::check(&more).expect("valid");
        check_invariants(&after)?;
        never_worse(&before, &after)?;
    }

    #[test]
    fn more_qualified_rsc_never_unmeets(profile in profile(), hours in entry_hours(), about in any::<bool>()) {
        let before = rules::check(&profile).expect("valid");
        let mut more = profile.clone();
        more.rsc.push(RscEntry::new(hours, true, about));
        let after = rules::check(&more).expect("valid");
        never_worse(&before, &after)?;
    }

    #[test]
    fn unqualified_rsc_changes_nothing(profile in profile(), hours in entry_hours(), about in any::<bool>()) {
        let before = rules::check(&profile).expect("valid");
        let mut more = profile.clone();
        more.rsc.push(RscEntry::new(hours, false, about));
        prop_assert_eq!(rules::check(&more).expect("valid"), before);
    }
}

// ------------------------------------------------------------------------------------------ renewal

proptest! {
    #![proptest_config(config())]

    #[test]
    fn renewal_keeps_its_invariants(input in renewal_input()) {
        let result = rules::renewal(&input);
        if input.category == Category::ReflectiveSupervisorEmerging {
            prop_assert!(result.is_err());
            return Ok(());
        }
        let report = result.expect("valid input");
        let today = input.today.expect("generated");
        let d = report.deadline;
        prop_assert_eq!((d.month(), d.day()), (12, 31));
        prop_assert_eq!((d.year() - 2024).rem_euclid(3), 0, "{}", d);
        prop_assert!(d >= today, "{} before {}", d, today);
        prop_assert!((1..=3).contains(&report.years_endorsed), "{}", report.years_endorsed);
        prop_assert_eq!(report.years_endorsed, (d.year() - input.endorsed_on.year()).min(3));
        // The first renewal deadline on or after today with at least one year endorsed.
        let mut year = today.year();
        while (year - 2024).rem_euclid(3) != 0 || year - input.endorsed_on.year() < 1 {
            year += 1;
        }
        prop_assert_eq!(d.year(), year);
        prop_assert_eq!(report.window_opens, Date::from_ymd(d.year(), 10, 1).expect("valid"));
        prop_assert_eq!(report.window_open, report.window_opens <= today && today <= d);
        prop_assert_eq!(report.days_to_deadline, today.days_until(d));
        prop_assert!(report.cycle_starts <= d);
        prop_assert!(report.cycle_starts >= input.endorsed_on);

        let years = f64::from(report.years_endorsed);
        prop_assert_eq!(report.training.need, 15.0 * years);
        let rsc_required = matches!(
            input.category,
            Category::FamilySpecialist | Category::MentalHealthSpecialist | Category::MentorClinical
                | Category::ReflectiveSupervisor
        );
        prop_assert_eq!(report.rsc.required, rsc_required);
        prop_assert_eq!(report.rsc.hours.need, if rsc_required { 12.0 * years } else { 0.0 });
        prop_assert_eq!(report.training.met, report.training.have >= report.training.need);
        prop_assert_eq!(report.rsc.hours.met, report.rsc.hours.have >= report.rsc.hours.need);
        prop_assert_eq!(report.training.remaining, (report.training.need - report.training.have).max(0.0));

        // Every logged hour is inside the cycle, reported outside it, or dated after today: planned, counted
        // nowhere, and named in a notice.
        let done = |date: Date| date <= today;
        let logged: f64 = input.trainings.iter().filter(|t| done(t.date)).map(|t| t.hours.get()).sum();
        prop_assert!((report.training.have + report.outside_cycle.training - logged).abs() < 1e-6);
        let inside: f64 = input
            .trainings
            .iter()
            .filter(|t| report.cycle_starts <= t.date && t.date <= d && done(t.date))
            .map(|t| t.hours.get())
            .sum();
        prop_assert!((report.training.have - inside).abs() < 1e-6);
        let logged_rsc: f64 = input.rsc.iter().filter(|r| done(r.date)).map(|r| r.hours.get()).sum();
        prop_assert!((report.rsc.hours.have + report.outside_cycle.rsc - logged_rsc).abs() < 1e-6);
        let planned = input.trainings.iter().map(|t| t.date).chain(input.rsc.iter().map(|r| r.date));
        prop_assert_eq!(report.notices.len(), planned.filter(|date| !done(*date)).count());
        // The pace covers what is missing by the deadline, in at least one month.
        prop_assert!(report.pace.months_left >= 1);
        prop_assert!(today.add_months(report.pace.months_left) >= d);
        prop_assert!(report.pace.months_left == 1 || today.add_months(report.pace.months_left - 1) < d);
        let months = f64::from(report.pace.months_left);
        prop_assert!((report.pace.training_per_month * months - report.training.remaining).abs() < 1e-4);

        prop_assert_eq!(report.membership_active_at_deadline, input.membership_expires.map(|e| e >= d));
        prop_assert_eq!(
            report.ready,
            report.training.met && report.rsc.hours.met && report.membership_active_at_deadline == Some(true)
        );
        // A deadline passed since the endorsement: a renewal year after the endorsement year whose
        // December 31 is before today. Only then is there a deadline to have missed.
        let passed = (input.endorsed_on.year() + 1..today.year())
            .filter(|y| (y - 2024).rem_euclid(3) == 0)
            .max()
            .map(Date::year_end);
        prop_assert_eq!(report.previous_deadline_passed, passed);
        if let Some(p) = passed {
            prop_assert!(p < today && p > input.endorsed_on, "{} for {:?}", p, input);
        }
        prop_assert_eq!(report.reinstatement.is_some(), input.lapsed && passed.is_some());
        if let Some(r) = report.reinstatement {
            prop_assert_eq!(r.training.need, 15.0);
            prop_assert_eq!(r.training.met, r.training.have >= 15.0);
            prop_assert_eq!(r.rsc_attestation, rsc_required);
            prop_assert!(r.period_starts < today);
        }
    }

    #[test]
    fn renewal_rejects_endorsement_after_today(input in renewal_input(), later in 1i32..2000) {
        let mut input = input;
        input.endorsed_on = input.today.expect("generated").add_days(later);
        prop_assert!(rules::renewal(&input).is_err());
    }
}

// ------------------------------------------------------------------------------------------ recommend

proptest! {
    #![proptest_config(config())]

    #[test]
    fn recommend_ranks_every_main_category_once(answers in answers()) {
        let rec = rules::recommend(&answers);
        prop_assert!(Category::MAIN.contains(&rec.best));
        prop_assert_eq!(rec.ranked.len(), Category::MAIN.len());
        for category in Category::MAIN {
            prop_assert_eq!(rec.ranked.iter().filter(|r| r.category == category).count(), 1);
        }
        prop_assert_eq!(rec.ranked[0].category, rec.best);
        prop_assert_eq!(rec.ranked[0].fit, Fit::Best);
        prop_assert_eq!(rec.ranked.iter().filter(|r| r.fit == Fit::Best).count(), 1);
        prop_assert!(rec.ranked.windows(2).all(|w| w[0].fit <= w[1].fit));
        prop_assert!(rec.ranked.iter().all(|r| !r.reasons.is_empty()));
        // Holding the add-on, or Mentor – Clinical, already qualifies a person's RSC.
        let holds_add_on = answers.endorsed_in.iter().any(|c| {
            matches!(c, Category::ReflectiveSupervisor | Category::MentorClinical)
        });
        if rec.best == Category::MentorClinical
            || answers.provides_rsc_years.get() == 0.0
            || holds_add_on
        {
            prop_assert_eq!(rec.add_on, None);
        } else {
            prop_assert_eq!(rec.add_on, Some(Category::ReflectiveSupervisor));
        }
        // Credentials: what the ages ask for, split by what the association offers.
        let mut wanted: Vec<Credential> = rec.credentials.iter().chain(&rec.not_offered).copied().collect();
        wanted.sort();
        let mut expected: Vec<Credential> = Vec::new();
        if answers.ages.is_empty() || answers.ages.contains(&AgeGroup::Infant) {
            expected.push(Credential::Imh);
        }
        if answers.ages.contains(&AgeGroup::EarlyChildhood) {
            expected.push(Credential::Ecmh);
        }
        prop_assert_eq!(wanted, expected);
        for c in &rec.not_offered {
            prop_assert!(!answers.offered.is_empty() && !answers.offered.contains(c));
        }
        // The JSON route agrees, and each reason becomes a sentence.
        let json = serde_json::to_value(&answers).expect("serializable");
        let out = contract::recommend_from(&json).expect("valid");
        prop_assert_eq!(out.best, rec.best);
        prop_assert!(out.ranked.iter().all(|r| r.reasons.len() == r.codes.len()
            && r.reasons.iter().all(|s| !s.trim().is_empty())));
    }
}

// ------------------------------------------------------------------------------------------ garbage

const KEYS: &[&str] = &[
    "category",
    "credential",
    "today",
    "degrees",
    "level",
    "competencies",
    "work",
    "scope",
    "start",
    "end",
    "families_served",
    "post_graduate",
    "psychotherapy",
    "leadership",
    "provides_rsc",
    "volunteer",
    "supervised",
    "specialized_training",
    "trainings",
    "hours",
    "kind",
    "self_study",
    "date",
    "rsc",
    "qualified_provider",
    "about_provision",
    "references",
    "endorsed_in",
    "endorsed_on",
    "membership_expires",
    "lapsed",
    "ages",
    "degree",
    "years_in_scope",
    "leader_years",
    "provides_rsc_years",
    "offered",
    "lang",
    "unknown_field",
];

const STRINGS: &[&str] = &[
    "family_associate",
    "family_specialist",
    "mental_health_specialist",
    "mentor_clinical",
    "mentor_policy",
    "mentor_research_faculty",
    "reflective_supervisor",
    "reflective_supervisor_emerging",
    "imh",
    "ecmh",
    "none",
    "associate",
    "bachelor",
    "master",
    "doctorate",
    "promotion",
    "prevention",
    "clinical",
    "macro",
    "policy",
    "research_faculty",
    "not_sure",
    "general",
    "rsc_provision",
    "infant",
    "early_childhood",
    "2025-02-28",
    "2025-02-29",
    "2024-02-29",
    "2027-12-31",
    "2028-01-01",
    "0001-01-01",
    "9999-12-31",
    "2025-13-01",
    "2025-1-1",
    "curiosity",
    "safety",
    "es",
    "en",
    "",
    "ñ",
    "💥💥💥💥💥",
    "<any>",
];

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (-5i64..=60).prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter_map("finite", Number::from_f64)
            .prop_map(Value::Number),
        prop_oneof![
            Just(1e308),
            Just(-1e308),
            Just(4294967295.0),
            Just(4294967296.0),
            Just(0.5),
            Just(-0.0)
        ]
        .prop_filter_map("finite", Number::from_f64)
        .prop_map(Value::Number),
        select(STRINGS).prop_map(|s| Value::String(s.to_owned())),
        any::<String>().prop_map(Value::String),
    ]
}

fn garbage() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((select(KEYS), inner), 0..10).prop_map(|pairs| {
                Value::Object(
                    pairs
                        .into_iter()
                        .map(|(k, v)| (k.to_owned(), v))
                        .collect::<Map<_, _>>(),
                )
            }),
        ]
    })
}

/// An object with the inputs' own keys, so that deserializing gets past the first field more often.
fn plausible_garbage() -> impl Strategy<Value = Value> {
    prop::collection::vec((select(KEYS), garbage()), 0..14).prop_map(|pairs| {
        Value::Object(
            pairs
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v))
                .collect::<Map<_, _>>(),
        )
    })
}

/// Any answer is fine as long as nothing panics: an output must serialize to a JSON object, and an error
/// must name its field and say what is wrong.
fn assert_answer<T: serde::Serialize>(answer: Result<T, rules::RulesError>) {
    match answer {
        Ok(output) => {
            let json = serde_json::to_value(output);
            assert!(
                matches!(json, Ok(Value::Object(_))),
                "an output did not serialize to an object: {json:?}"
            );
        }
        Err(e) => {
            assert!(!e.field.is_empty(), "an error without a field: {e:?}");
            assert!(!e.message.is_empty(), "an error without a message: {e:?}");
        }
    }
}

fn run_all(input: &Value) {
    assert_answer(contract::check_from(input));
    assert_answer(contract::renewal_from(input));
    assert_answer(contract::recommend_from(input));
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn garbage_never_panics(input in garbage()) {
        run_all(&input);
    }

    #[test]
    fn plausible_garbage_never_panics(input in plausible_garbage()) {
        run_all(&input);
    }

    #[test]
    fn mutated_valid_profiles_never_panic(profile in profile(), key in select(KEYS), value in garbage()) {
        let mut json = serde_json::to_value(&profile).expect("serializable");
        if let Value::Object(map) = &mut json {
            map.insert(key.to_owned(), value.clone());
            // Also inside the first entry of each list.
            for list in ["work", "trainings", "rsc", "degrees"] {
                if let Some(Value::Array(items)) = map.get_mut(list)
                    && let Some(Value::Object(entry)) = items.first_mut()
                {
                    entry.insert(key.to_owned(), value.clone());
                }
            }
        }
        run_all(&json);
    }
}
