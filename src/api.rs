//! The rules API for JavaScript: `check`, `renewal` and `recommend` take and return plain objects.
//!
//! Inputs without `today` get the browser's local date, because `std` has no clock on this target.

use crate::contract::{self, ErrorOutput};
use crate::rules::{self, RulesError};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Today's date in the visitor's time zone, as `YYYY-MM-DD`.
pub fn local_today() -> Option<rules::Date> {
    let now = js_sys::Date::new_0();
    rules::Date::from_ymd(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
}

/// Today in the browser's local time zone; on a clock no calendar date matches (it happens only with a
/// broken clock), the last day of the ruleset's edition year, so every tool stays usable.
pub fn today() -> rules::Date {
    local_today().unwrap_or_else(|| rules::Date::year_end(i32::from(rules::EDITION_2025.edition)))
}

/// A shallow copy of `input` with `today` filled in when the caller left it out.
fn with_today(input: &JsValue) -> JsValue {
    if !input.is_object() {
        return input.clone();
    }
    let copy = js_sys::Object::assign(&js_sys::Object::new(), input.unchecked_ref());
    let key = JsValue::from_str("today");
    let missing =
        js_sys::Reflect::get(&copy, &key).map_or(true, |v| v.is_undefined() || v.is_null());
    if missing && let Some(today) = local_today() {
        // Setting a property on a fresh plain object cannot fail.
        let _ = js_sys::Reflect::set(&copy, &key, &JsValue::from_str(&today.to_string()));
    }
    copy.into()
}

/// Turns a result into a plain JS object: the output, or `{ error }`.
pub fn to_js<T: Serialize>(result: Result<T, RulesError>) -> JsValue {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let value = match result {
        Ok(output) => output.serialize(&serializer),
        Err(e) => ErrorOutput::from(e).serialize(&serializer),
    };
    value.unwrap_or_else(|e| JsValue::from_str(&format!("internal error: {e}")))
}

/// Does this profile meet its category, and what is missing?
#[wasm_bindgen]
pub fn check(input: JsValue) -> JsValue {
    to_js(contract::check_from(
        serde_wasm_bindgen::Deserializer::from(with_today(&input)),
    ))
}

/// The next renewal deadline, the prorated hours and progress, and reinstatement after a lapse.
#[wasm_bindgen]
pub fn renewal(input: JsValue) -> JsValue {
    to_js(contract::renewal_from(
        serde_wasm_bindgen::Deserializer::from(with_today(&input)),
    ))
}

/// Which category fits these answers, and why.
#[wasm_bindgen]
pub fn recommend(input: JsValue) -> JsValue {
    to_js(contract::recommend_from(
        serde_wasm_bindgen::Deserializer::from(input),
    ))
}

/// Reads a setup as the element would, for the configurator (`pkg/configure.html`): `input` is
/// `{ attributes: { "<attribute>": "<text>", … }, profile: <the profile's JSON value> | null }`; the answer
/// is `{ warnings: [{ field, value, message }], attributes: { … the values the widget uses } }`.
#[wasm_bindgen]
pub fn validate_setup(input: JsValue) -> JsValue {
    let get = |key: &str| js_sys::Reflect::get(&input, &JsValue::from_str(key)).ok();
    let attributes = get("attributes").filter(|a| a.is_object());
    let read_attribute = |name: &str| {
        attributes
            .as_ref()
            .and_then(|a| js_sys::Reflect::get(a, &JsValue::from_str(name)).ok())
            .and_then(|v| v.as_string())
    };
    let (config, warnings) = crate::config::Config::read(
        read_attribute,
        None,
        read_profile_value(get("profile")).as_ref(),
    );
    let object = |pairs: &[(&str, JsValue)]| {
        let o = js_sys::Object::new();
        for (key, value) in pairs {
            // Setting a property on a fresh plain object cannot fail.
            let _ = js_sys::Reflect::set(&o, &JsValue::from_str(key), value);
        }
        JsValue::from(o)
    };
    let list: js_sys::Array = warnings
        .iter()
        .map(|w| {
            object(&[
                ("field", w.field.as_str().into()),
                ("value", w.value.as_str().into()),
                ("message", w.message.as_str().into()),
            ])
        })
        .collect();
    let values: Vec<(&str, JsValue)> = config
        .attributes()
        .into_iter()
        .map(|(name, value)| (name, JsValue::from_str(&value)))
        .collect();
    object(&[("warnings", list.into()), ("attributes", object(&values))])
}

/// A profile given as a JS value (`JSON.parse`'s result): `None` when absent or `null`; a value that
/// is not JSON at all (a function) reads as text, which the profile reader then refuses with a warning.
pub fn read_profile_value(value: Option<JsValue>) -> Option<crate::config::Json> {
    let value = value.filter(|v| !v.is_undefined() && !v.is_null())?;
    Some(
        serde_wasm_bindgen::from_value(value)
            .unwrap_or_else(|_| crate::config::Json::Text("(not JSON)".to_owned())),
    )
}
