//! The three JS exports (`check`, `renewal`, `recommend`) in a real browser: plain JS objects in, plain JS
//! objects out, errors as `{ error }`, and `today` filled from the browser clock when left out.
#![cfg(target_arch = "wasm32")]

use endorsement_navigator::api;
use js_sys::{Array, JSON, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

mod support;

/// A plain JS object from JSON text, as a host page would build it.
fn js(text: &str) -> JsValue {
    JSON::parse(text).unwrap_or_else(|e| panic!("bad test JSON {text}: {e:?}"))
}

/// The value at a dotted path (`requirements.training_hours.need`), `undefined` when absent.
fn at(value: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(value.clone(), |v, key| {
        if v.is_object() {
            Reflect::get(&v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
        } else {
            JsValue::UNDEFINED
        }
    })
}

fn number(value: &JsValue, path: &str) -> f64 {
    at(value, path)
        .as_f64()
        .unwrap_or_else(|| panic!("{path} is not a number in {}", show(value)))
}

fn text(value: &JsValue, path: &str) -> String {
    at(value, path)
        .as_string()
        .unwrap_or_else(|| panic!("{path} is not a string in {}", show(value)))
}

fn boolean(value: &JsValue, path: &str) -> bool {
    at(value, path)
        .as_bool()
        .unwrap_or_else(|| panic!("{path} is not a boolean in {}", show(value)))
}

fn show(value: &JsValue) -> String {
    JSON::stringify(value)
        .map(String::from)
        .unwrap_or_else(|_| format!("{value:?}"))
}

/// Today's date in the browser's time zone, as the API should fill it in.
fn browser_today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// The returned value is a plain object (JSON-compatible), not a `Map`.
fn assert_plain_object(value: &JsValue) {
    assert!(value.is_object(), "{value:?}");
    assert!(!value.is_instance_of::<js_sys::Map>(), "a Map: {value:?}");
    let proto = js_sys::Object::get_prototype_of(value);
    let object_proto = js_sys::Object::get_prototype_of(&js_sys::Object::new());
    assert!(
        JsValue::from(proto).loose_eq(&JsValue::from(object_proto)),
        "not a plain object"
    );
}

#[wasm_bindgen_test]
fn check_returns_the_requirements_map() {
    let out = api::check(js(r#"{
        "category": "family_specialist", "credential": "imh", "today": "2026-11-22",
        "work": [{ "scope": "prevention", "start": "2022-01-01", "end": null, "families_served": 14 }],
        "trainings": [{ "hours": 6, "kind": "general", "self_study": false, "date": "2025-03-01", "competencies": [] }],
        "rsc": [{ "hours": 24, "qualified_provider": true, "about_provision": false }],
        "references": 3, "endorsed_in": [], "ignored_field": 1 }"#));
    assert_plain_object(&out);
    assert_plain_object(&at(&out, "requirements"));
    assert_eq!(text(&out, "category"), "family_specialist");
    assert!(!boolean(&out, "ready"));
    assert!(!boolean(&out, "exam_required"));
    assert_eq!(number(&out, "requirements.training_hours.need"), 33.0);
    assert_eq!(number(&out, "requirements.training_hours.have"), 6.0);
    assert!(!boolean(&out, "requirements.training_hours.met"));
    assert_eq!(number(&out, "requirements.rsc_hours.need"), 24.0);
    assert!(boolean(&out, "requirements.rsc_hours.met"));
    assert_eq!(number(&out, "requirements.families_served.have"), 14.0);
    assert!(boolean(&out, "requirements.work_years.met"));
    assert!(at(&out, "requirements.education").is_undefined());
    assert!(Array::is_array(&at(&out, "notices")));
    assert!(Array::is_array(&at(
        &out,
        "requirements.core_competencies.domains"
    )));
}

#[wasm_bindgen_test]
fn check_mentor_takes_the_exam() {
    let out = api::check(js(
        r#"{ "category": "mentor_clinical", "today": "2026-01-01" }"#,
    ));
    assert!(boolean(&out, "exam_required"));
    assert_eq!(number(&out, "requirements.training_hours.need"), 48.0);
    assert_eq!(number(&out, "requirements.rsc_provision_hours.need"), 25.0);
    // An empty list totals to 0, never -0.
    let have = number(&out, "requirements.training_hours.have");
    assert!(have == 0.0 && !have.is_sign_negative(), "{have}");
}

#[wasm_bindgen_test]
fn check_fills_today_from_the_browser_clock() {
    // An open position needs today; without one the native core would fail on wasm32 (no clock in std).
    let out = api::check(js(r#"{
        "category": "family_associate",
        "work": [{ "scope": "promotion", "start": "2000-01-01", "end": null }] }"#));
    assert!(at(&out, "error").is_undefined(), "{}", show(&out));
    assert!(boolean(&out, "requirements.work_years.met"));
    // A null today is also filled in.
    let out = api::check(js(r#"{ "category": "family_associate", "today": null,
        "work": [{ "start": "2000-01-01" }] }"#));
    assert!(
        boolean(&out, "requirements.work_years.met"),
        "{}",
        show(&out)
    );
}

#[wasm_bindgen_test]
fn check_errors_are_objects_naming_the_field() {
    let out = api::check(js(r#"{ "category": "family_helper" }"#));
    assert_plain_object(&out);
    assert!(text(&out, "error").contains("category"), "{}", show(&out));

    let out = api::check(js(
        r#"{ "category": "family_associate", "trainings": [{ "hours": -1 }] }"#,
    ));
    assert!(
        text(&out, "error").contains("trainings[0].hours"),
        "{}",
        show(&out)
    );

    let out = api::check(js(
        r#"{ "category": "family_associate", "work": [{ "start": "2025-02-30" }] }"#,
    ));
    assert!(
        text(&out, "error").contains("work[0].start"),
        "{}",
        show(&out)
    );

    let out = api::check(js(
        r#"{ "category": "family_associate", "references": 2.5 }"#,
    ));
    assert!(text(&out, "error").contains("references"), "{}", show(&out));

    for bad in [
        JsValue::NULL,
        JsValue::UNDEFINED,
        JsValue::from(42),
        js("[]"),
        js(r#""x""#),
    ] {
        let out = api::check(bad);
        assert!(at(&out, "error").is_string(), "{}", show(&out));
    }
}

#[wasm_bindgen_test]
fn renewal_gives_the_deadline_and_prorated_hours() {
    let out = api::renewal(js(r#"{
        "category": "family_specialist", "endorsed_on": "2025-06-01", "today": "2026-11-22",
        "trainings": [{ "hours": 10, "date": "2026-02-01", "kind": "general" }, { "hours": 4, "date": "2025-05-31" }],
        "rsc": [{ "hours": 12, "date": "2026-03-01" }],
        "membership_expires": "2028-01-31" }"#));
    assert_plain_object(&out);
    assert_eq!(text(&out, "deadline"), "2027-12-31");
    assert_eq!(text(&out, "window_opens"), "2027-10-01");
    assert_eq!(number(&out, "years_endorsed"), 2.0);
    assert_eq!(number(&out, "training.need"), 30.0);
    assert_eq!(number(&out, "training.have"), 10.0);
    assert_eq!(number(&out, "outside_cycle.training"), 4.0);
    assert!(boolean(&out, "rsc.required"));
    assert_eq!(number(&out, "rsc.need"), 24.0);
    assert_eq!(number(&out, "rsc.have"), 12.0);
    assert!(boolean(&out, "membership_active_at_deadline"));
    assert!(at(&out, "reinstatement").is_undefined());
}

#[wasm_bindgen_test]
fn renewal_missing_membership_is_null_and_lapsed_adds_reinstatement() {
    let out = api::renewal(js(r#"{
        "category": "mentor_policy", "endorsed_on": "2020-01-01", "today": "2026-11-22", "lapsed": true,
        "trainings": [{ "hours": 15, "date": "2025-11-22" }] }"#));
    assert!(
        at(&out, "membership_active_at_deadline").is_null(),
        "{}",
        show(&out)
    );
    assert!(!boolean(&out, "rsc.required"));
    assert_eq!(number(&out, "rsc.need"), 0.0);
    assert_eq!(number(&out, "reinstatement.training.need"), 15.0);
    assert_eq!(number(&out, "reinstatement.training.have"), 15.0);
    assert!(!boolean(&out, "reinstatement.rsc_attestation"));
}

#[wasm_bindgen_test]
fn renewal_fills_today_from_the_browser_clock() {
    let out = api::renewal(js(
        r#"{ "category": "family_associate", "endorsed_on": "2020-01-01" }"#,
    ));
    assert!(at(&out, "error").is_undefined(), "{}", show(&out));
    assert_eq!(text(&out, "today"), browser_today());
    let deadline = text(&out, "deadline");
    assert!(deadline.ends_with("-12-31"), "{deadline}");
    let year: i32 = deadline[..4].parse().expect("a year");
    assert_eq!((year - 2024).rem_euclid(3), 0, "{deadline}");
    assert!(deadline >= browser_today());
}

#[wasm_bindgen_test]
fn renewal_errors() {
    let out = api::renewal(js(
        r#"{ "category": "family_specialist", "today": "2026-01-01" }"#,
    ));
    assert!(
        text(&out, "error").contains("endorsed_on"),
        "{}",
        show(&out)
    );
    let out = api::renewal(js(r#"{ "category": "reflective_supervisor_emerging",
        "endorsed_on": "2025-01-01", "today": "2026-01-01" }"#));
    assert!(text(&out, "error").contains("category"), "{}", show(&out));
    let out = api::renewal(js(r#"{ "category": "family_specialist",
        "endorsed_on": "2026-01-02", "today": "2026-01-01" }"#));
    assert!(
        text(&out, "error").contains("endorsed_on"),
        "{}",
        show(&out)
    );
}

#[wasm_bindgen_test]
fn recommend_follows_scope_then_gates() {
    support::add_messages();
    let out = api::recommend(js(r#"{
        "ages": ["infant", "early_childhood"], "scope": "clinical", "degree": "master",
        "leader_years": 3, "provides_rsc_years": 3, "psychotherapy": true }"#));
    assert_plain_object(&out);
    assert_eq!(text(&out, "best"), "mentor_clinical");
    assert!(at(&out, "add_on").is_null());
    let credentials = Array::from(&at(&out, "credentials"));
    assert_eq!(credentials.length(), 2);
    assert_eq!(credentials.get(0).as_string().as_deref(), Some("imh"));
    assert_eq!(credentials.get(1).as_string().as_deref(), Some("ecmh"));
    let ranked = Array::from(&at(&out, "ranked"));
    assert_eq!(ranked.length(), 6);
    assert_eq!(text(&ranked.get(0), "category"), "mentor_clinical");
    let reasons = Array::from(&at(&ranked.get(0), "reasons"));
    assert!(reasons.length() > 0);
    assert!(reasons.get(0).is_string());

    let out = api::recommend(js(
        r#"{ "scope": "policy", "degree": "master", "leader_years": 1, "provides_rsc_years": 0.5 }"#,
    ));
    assert_eq!(text(&out, "best"), "family_associate");
    assert_eq!(text(&out, "add_on"), "reflective_supervisor");
    assert!(boolean(&out, "add_on_emerging"));
}

#[wasm_bindgen_test]
fn recommend_speaks_the_requested_language() {
    support::add_messages();
    let en = api::recommend(js(r#"{ "scope": "prevention" }"#));
    let es = api::recommend(js(r#"{ "scope": "prevention", "lang": "es" }"#));
    let first = |out: &JsValue| {
        Array::from(&at(&Array::from(&at(out, "ranked")).get(0), "reasons"))
            .get(0)
            .as_string()
            .unwrap_or_default()
    };
    assert!(!first(&en).is_empty());
    assert!(!first(&es).is_empty());
    assert_ne!(first(&en), first(&es));
    assert_eq!(text(&en, "best"), text(&es, "best"));
}

#[wasm_bindgen_test]
fn a_table_from_another_release_is_refused() {
    use endorsement_navigator::embed::add_messages;
    let stale = "#! endorsement-navigator messages 0123456789abcdef\nhours = {n} hours\n";
    let error = add_messages("es", stale)
        .map(|()| JsValue::NULL)
        .unwrap_or_else(JsValue::from);
    let message = Reflect::get(&error, &JsValue::from_str("message"))
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_default();
    assert!(
        message.contains("not a message table for this release"),
        "{message}"
    );
    let error = add_messages("fr", include_str!("../src/i18n/en.txt"))
        .map(|()| JsValue::NULL)
        .unwrap_or_else(JsValue::from);
    assert!(error.is_object(), "an unsupported language is refused");
}

#[wasm_bindgen_test]
fn recommend_errors() {
    let out = api::recommend(js(r#"{ "scope": "treatment" }"#));
    assert!(text(&out, "error").contains("scope"), "{}", show(&out));
    let out = api::recommend(js(r#"{ "ages": ["toddler"] }"#));
    assert!(text(&out, "error").contains("ages"), "{}", show(&out));
    let out = api::recommend(JsValue::from_str("clinical"));
    assert!(at(&out, "error").is_string(), "{}", show(&out));
}

#[wasm_bindgen_test]
fn a_wrong_type_is_named_in_words_for_every_tool() {
    // The JS reader throws a TypeError when it looks for a list in a string; the answer says what the
    // field must be instead, as natively.
    type Tool = fn(JsValue) -> JsValue;
    let tools: [(Tool, &str, &str); 5] = [
        (
            api::recommend,
            r#"{ "ages": "infant" }"#,
            "ages: must be a list",
        ),
        (
            api::check,
            r#"{ "category": "family_associate", "trainings": 5 }"#,
            "trainings: must be a list",
        ),
        (
            api::check,
            r#"{ "category": "family_associate", "trainings": [{ "hours": "33" }] }"#,
            "trainings[0].hours: must be a number",
        ),
        (
            api::renewal,
            r#"{ "category": "family_associate", "endorsed_on": "2025-01-01", "lapsed": "yes" }"#,
            "lapsed: must be true or false",
        ),
        (
            api::renewal,
            r#"{ "category": "family_associate", "endorsed_on": "2025-01-01", "rsc": null }"#,
            "rsc: must be a list",
        ),
    ];
    for (tool, input, error) in tools {
        let out = tool(js(input));
        assert_eq!(text(&out, "error"), error, "{input}: {}", show(&out));
    }
}

#[wasm_bindgen_test]
fn check_plans_by_a_pace() {
    let out = api::check(js(r#"{
        "category": "family_associate", "today": "2026-11-30", "trainings": [{ "hours": 21 }],
        "pace": { "training_hours_per_month": 4 } }"#));
    assert_eq!(
        text(&out, "requirements.training_hours.met_by"),
        "2027-02-28"
    );
    assert!(at(&out, "ready_by").is_null(), "{}", show(&out));
}
