//! Reading an input in the contract's shape, with the path of the first bad field in the error.

use crate::rules::json::Json;
use crate::rules::{ErrorKind, RulesError};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};

/// Deserializes an input, naming the path of the first bad field in the error. The input is read into a
/// [`Json`] tree first (the browser gives one already), whose reader names the path itself: each input type
/// is then read from one kind of deserializer only, the same one the browser's saved state uses. The input
/// must be an object: a JSON array is not read positionally as the fields in declaration order (the tree
/// reads a struct from an object only).
pub fn parse<'de, T: DeserializeOwned, D: Deserializer<'de>>(input: D) -> Result<T, RulesError> {
    let malformed = |field: String, message: &str| {
        RulesError::new(ErrorKind::Malformed, field, in_words(message))
    };
    let tree =
        Json::deserialize(input).map_err(|e| malformed("input".to_owned(), &e.to_string()))?;
    T::deserialize(&tree).map_err(|e| {
        let path = e.path();
        let field = if path == "." {
            "input".to_owned()
        } else {
            path
        };
        malformed(field, &e.to_string())
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
    /// one) and as natively (a serde_json value in, serde_json's writer out): the same output, or the same
    /// error.
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
