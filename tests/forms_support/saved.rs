//! A saved state read back as the store reads it: the JSON tree, then the forms' reader. Shared by the
//! three tools' native tests.

use endorsement_navigator::forms::saved::FromJson;
use endorsement_navigator::rules::json::Json;

/// `text` as the store would read it from localStorage.
#[allow(dead_code)]
pub fn saved<T: FromJson>(text: &str) -> Option<T> {
    saved_value(serde_json::from_str(text).ok()?)
}

/// `value` as the store would read it.
#[allow(dead_code)]
pub fn saved_value<T: FromJson>(value: serde_json::Value) -> Option<T> {
    let tree: Json = serde_json::from_value(value).ok()?;
    T::from_json(&tree)
}
