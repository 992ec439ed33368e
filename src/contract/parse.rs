//! Reading an input in the contract's shape, with the path of the first bad field in the error.

use crate::rules::{ErrorKind, RulesError};
use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use std::fmt;

/// Deserializes an input, naming the path of the first bad field in the error. The input must be an object:
/// a JSON array is not read positionally as the fields in declaration order.
pub fn parse<'de, T: Deserialize<'de>, D: Deserializer<'de>>(input: D) -> Result<T, RulesError> {
    serde_path_to_error::deserialize(ObjectOnly(input)).map_err(|e| {
        let path = e.path().to_string();
        let field = if path == "." {
            "input".to_owned()
        } else {
            path
        };
        RulesError::new(
            ErrorKind::Malformed,
            field,
            in_words(&e.into_inner().to_string()),
        )
    })
}

/// A reader's message in plain words: "invalid type: string \"infant\", expected a sequence" becomes
/// "must be a list". In the browser a list given as anything but an object makes the JS reader throw a
/// `TypeError` (it looks for an iterator on it), which likewise means that a list was expected; the JS
/// `Error: ` prefix of the other messages is dropped, so both read as natively. The types the contract
/// reads are lists, numbers, text, true/false and objects (every other `expected …` is a struct).
fn in_words(message: &str) -> String {
    if message.starts_with("TypeError") {
        return "must be a list".to_owned();
    }
    let message = message.strip_prefix("Error: ").unwrap_or(message);
    if !message.starts_with("invalid type: ") {
        return message.to_owned();
    }
    let expected = [
        ("expected a sequence", "a list"),
        ("expected f64", "a number"),
        ("expected a string", "text in quotes"),
        ("expected a boolean", "true or false"),
    ]
    .iter()
    .find(|(serde, _)| message.ends_with(serde))
    .map_or("an object", |(_, words)| words);
    format!("must be {expected}")
}

/// A deserializer that reads a top-level struct only from a map (serde's derive would also accept a
/// sequence of the fields in order, so `[]` or `["family_associate"]` would pass as an input).
struct ObjectOnly<D>(D);

impl<'de, D: Deserializer<'de>> Deserializer<'de> for ObjectOnly<D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_any(visitor)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_struct(name, fields, MapOnly(visitor))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
        unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
    }
}

/// Passes maps on to the struct's visitor; anything else (a sequence) is the wrong type.
struct MapOnly<V>(V);

impl<'de, V: Visitor<'de>> Visitor<'de> for MapOnly<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.0.visit_map(map)
    }
}
