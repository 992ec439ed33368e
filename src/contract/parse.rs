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
/// "must be a list". The browser reads a `rules::json` tree, whose messages are serde's own as serde_json's
/// are natively. The types the contract reads are lists, numbers, text, true/false and objects (every other
/// `expected …` is a struct).
fn in_words(message: &str) -> String {
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

#[cfg(test)]
mod tests {
    use crate::contract::{self, ErrorOutput};
    use crate::rules::json::{self, Json};
    use serde::Serialize;

    /// An output as a tree: written by the browser's tree writer, or by serde_json and read back.
    fn trees<T: Serialize>(output: &T) -> (Json, Json) {
        let text = serde_json::to_string(output).unwrap();
        (
            json::to_json(output).unwrap(),
            serde_json::from_str(&text).unwrap(),
        )
    }

    /// Every golden case, run as the browser runs it (the input as a `Json` tree, the output written as
    /// one) and as natively (serde_json): the same output, or the same error.
    #[test]
    fn the_browser_reads_and_writes_every_golden_case_as_serde_json_does() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases");
        let mut cases = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            let case: serde_json::Value = serde_json::from_str(&text).unwrap();
            let input = &case["input"];
            let tree: Json = serde_json::from_str(&input.to_string()).unwrap();
            let (browser, native) = match case["tool"].as_str().unwrap() {
                "check" => match (contract::check_from(&tree), contract::check_from(input)) {
                    (Ok(b), Ok(n)) => (trees(&b).0, trees(&n).1),
                    (b, n) => (error(b.err()), error(n.err())),
                },
                "renewal" => match (contract::renewal_from(&tree), contract::renewal_from(input)) {
                    (Ok(b), Ok(n)) => (trees(&b).0, trees(&n).1),
                    (b, n) => (error(b.err()), error(n.err())),
                },
                _ => match (
                    contract::recommend_from(&tree),
                    contract::recommend_from(input),
                ) {
                    (Ok(b), Ok(n)) => (trees(&b).0, trees(&n).1),
                    (b, n) => (error(b.err()), error(n.err())),
                },
            };
            assert_eq!(browser, native, "{}", path.display());
            cases += 1;
        }
        assert!(cases > 200, "only {cases} golden cases found");
    }

    fn error(e: Option<crate::rules::RulesError>) -> Json {
        let output = e.map(ErrorOutput::from);
        trees(&output).0
    }
}
