//! The rules API for JavaScript: `check`, `renewal` and `recommend` take and return plain objects.
//!
//! Inputs without `today` get the browser's local date, because `std` has no clock on this target.

use crate::contract::{self, ErrorOutput};
use crate::rules::json::{self, Json};
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

/// A JS value as a [`Json`] tree, read as `JSON.stringify` would write it: members whose value is
/// `undefined`, a function or a symbol are left out, and such items of an array read as `null`. Every
/// input from JavaScript is read this way, once, then read from the tree (see `rules::read`).
pub fn json_of(value: &JsValue) -> Json {
    read_json(value).unwrap_or(Json::Null)
}

/// `None` for what JSON has no value for.
fn read_json(value: &JsValue) -> Option<Json> {
    if value.is_null() {
        return Some(Json::Null);
    }
    if let Some(b) = value.as_bool() {
        return Some(Json::Bool(b));
    }
    if let Some(n) = value.as_f64() {
        return Some(Json::Number(n));
    }
    if let Some(t) = value.as_string() {
        return Some(Json::Text(t));
    }
    if js_sys::Array::is_array(value) {
        let items = js_sys::Array::from(value);
        return Some(Json::List(items.iter().map(|v| json_of(&v)).collect()));
    }
    if !value.is_object() || value.is_function() {
        return None;
    }
    let object: &js_sys::Object = value.unchecked_ref();
    let fields = js_sys::Object::entries(object)
        .iter()
        .filter_map(|entry| {
            let entry = js_sys::Array::from(&entry);
            Some((entry.get(0).as_string()?, read_json(&entry.get(1))?))
        })
        .collect();
    Some(Json::Object(fields))
}

/// `input` as a tree, with `today` filled in when the caller left it out.
fn with_today(input: &JsValue) -> Json {
    let mut tree = json_of(input);
    let missing = matches!(tree.get("today"), None | Some(Json::Null));
    if missing && let (Json::Object(fields), Some(today)) = (&mut tree, local_today()) {
        fields.retain(|(k, _)| k != "today");
        fields.push(("today".to_owned(), Json::Text(today.to_string())));
    }
    tree
}

/// Turns a result into a plain JS object: the output, or `{ error }`.
pub fn to_js<T: Serialize>(result: Result<T, RulesError>) -> JsValue {
    let tree = match result {
        Ok(output) => json::to_json(&output),
        Err(e) => json::to_json(&ErrorOutput::from(e)),
    };
    tree.map_or_else(
        |e| JsValue::from_str(&format!("internal error: {e}")),
        |tree| js_of(&tree),
    )
}

/// `value` as a plain JS value (objects, arrays, numbers, text, `null`), as `JSON.parse` would give it:
/// every output to JavaScript is written as a [`Json`] tree first (see `rules::json::to_json`).
pub fn to_js_value<T: Serialize + ?Sized>(value: &T) -> Option<JsValue> {
    json::to_json(value).ok().map(|tree| js_of(&tree))
}

/// A [`Json`] tree as a JS value.
pub fn js_of(tree: &Json) -> JsValue {
    match tree {
        Json::Null => JsValue::NULL,
        Json::Bool(b) => JsValue::from_bool(*b),
        Json::Number(n) => JsValue::from_f64(*n),
        Json::Text(t) => JsValue::from_str(t),
        Json::List(items) => items.iter().map(js_of).collect::<js_sys::Array>().into(),
        Json::Object(fields) => {
            let object = js_sys::Object::new();
            for (key, value) in fields {
                // Setting a property on a fresh plain object cannot fail.
                let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &js_of(value));
            }
            object.into()
        }
    }
}

/// Does this profile meet its category, and what is missing?
#[wasm_bindgen]
pub fn check(input: JsValue) -> JsValue {
    to_js(contract::check_json(&with_today(&input)))
}

/// The next renewal deadline, the prorated hours and progress, and reinstatement after a lapse.
#[wasm_bindgen]
pub fn renewal(input: JsValue) -> JsValue {
    to_js(contract::renewal_json(&with_today(&input)))
}

/// Which category fits these answers, and why.
#[wasm_bindgen]
pub fn recommend(input: JsValue) -> JsValue {
    to_js(contract::recommend_json(&json_of(&input)))
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
pub fn read_profile_value(value: Option<JsValue>) -> Option<Json> {
    let value = value.filter(|v| !v.is_undefined() && !v.is_null())?;
    Some(read_json(&value).unwrap_or_else(|| Json::Text("(not JSON)".to_owned())))
}
