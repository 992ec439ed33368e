//! Reading an input in the contract's shape, with the path of the first bad field in the error.

use crate::rules::json::{Json, JsonError};
use crate::rules::read::ReadJson;
use crate::rules::{ErrorKind, RulesError};
use serde::{Deserialize, Deserializer};

/// Reads an input from a [`Json`] tree (the browser gives one), naming the path of the first bad field in
/// the error: `degrees[1].level`, or `input` for the value itself. The input must be an object.
pub fn read_input<T: ReadJson>(tree: &Json) -> Result<T, RulesError> {
    T::read_json(tree).map_err(malformed)
}

/// Reads an input from any serde deserializer (`serde_json` natively), through a [`Json`] tree.
pub fn parse<'de, T: ReadJson, D: Deserializer<'de>>(input: D) -> Result<T, RulesError> {
    read_input(&tree(input)?)
}

/// The input as a [`Json`] tree. Anything JSON can write is one, so only a deserializer's own failure
/// (JSON text that does not parse) is an error here.
pub fn tree<'de, D: Deserializer<'de>>(input: D) -> Result<Json, RulesError> {
    Json::deserialize(input)
        .map_err(|e| RulesError::new(ErrorKind::Malformed, "input", e.to_string()))
}

/// Not generic, so that every reader shares it.
fn malformed(e: JsonError) -> RulesError {
    let path = e.path();
    let field = if path == "." {
        "input".to_owned()
    } else {
        path
    };
    RulesError::new(ErrorKind::Malformed, field, e.to_string())
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
                "check" => match (contract::check_json(&tree), contract::check_from(input)) {
                    (Ok(b), Ok(n)) => (trees(&b).0, trees(&n).1),
                    (b, n) => (error(b.err()), error(n.err())),
                },
                "renewal" => match (contract::renewal_json(&tree), contract::renewal_from(input)) {
                    (Ok(b), Ok(n)) => (trees(&b).0, trees(&n).1),
                    (b, n) => (error(b.err()), error(n.err())),
                },
                _ => match (
                    contract::recommend_json(&tree),
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
