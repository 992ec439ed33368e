//! Golden cases: every `*.json` file in `tests/cases/` (or in `$CASES_DIR`) is
//! `{ "tool": "check|renewal|recommend", "input": {…}, "expect": {…} }`. `expect` is a subset of the output:
//! every key it names must be equal (numbers within 1e-9), recursively; arrays exactly; the string `"<any>"`
//! matches any value that is present. An error's output also has `error_field`, the field alone: a case
//! asserts it always, and the whole `error` sentence where the message is the crate's own (not serde's).

use endorsement_navigator::contract::{self, ErrorOutput};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// Runs one tool on a JSON input, giving the contract's JSON output (or `{"error": …}`).
fn run(tool: &str, input: &Value) -> Result<Value, String> {
    let output = match tool {
        "check" => contract::check_from(input).map(serde_json::to_value),
        "renewal" => contract::renewal_from(input).map(serde_json::to_value),
        "recommend" => contract::recommend_from(input).map(serde_json::to_value),
        other => return Err(format!("unknown tool \"{other}\"")),
    };
    match output {
        Ok(value) => value.map_err(|e| e.to_string()),
        Err(e) => {
            // The contract's `{"error": "<field>: <message>"}`, plus the field alone, so that a case whose
            // message is serde's own wording can still assert which field is wrong.
            let field = e.field.clone();
            let mut value =
                serde_json::to_value(ErrorOutput::from(e)).map_err(|e| e.to_string())?;
            if let Value::Object(map) = &mut value {
                map.insert("error_field".to_owned(), Value::String(field));
            }
            Ok(value)
        }
    }
}

/// The first path where `actual` differs from `expected`, with both values.
fn first_difference(expected: &Value, actual: &Value, path: &str) -> Option<String> {
    match (expected, actual) {
        (Value::String(s), _) if s == "<any>" => None,
        (Value::Object(e), Value::Object(a)) => e.iter().find_map(|(key, ev)| {
            let here = format!("{path}.{key}");
            match a.get(key) {
                Some(av) => first_difference(ev, av, &here),
                None => Some(format!("{here}: expected {ev}, but it is missing")),
            }
        }),
        (Value::Array(e), Value::Array(a)) => {
            if e.len() != a.len() {
                return Some(format!(
                    "{path}: expected {} items, got {} ({actual})",
                    e.len(),
                    a.len()
                ));
            }
            e.iter()
                .zip(a)
                .enumerate()
                .find_map(|(i, (ev, av))| first_difference(ev, av, &format!("{path}[{i}]")))
        }
        (Value::Number(e), Value::Number(a)) => {
            let (e, a) = (
                e.as_f64().unwrap_or(f64::NAN),
                a.as_f64().unwrap_or(f64::NAN),
            );
            ((e - a).abs() > 1e-9).then(|| format!("{path}: expected {e}, got {a}"))
        }
        _ => (expected != actual).then(|| format!("{path}: expected {expected}, got {actual}")),
    }
}

fn case_files() -> Vec<PathBuf> {
    let dir = std::env::var_os("CASES_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read cases folder {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

#[test]
fn golden_cases() {
    let files = case_files();
    assert!(!files.is_empty(), "no golden cases found");
    let mut failures = Vec::new();
    for file in &files {
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(e) => {
                failures.push(format!("{name}: cannot read: {e}"));
                continue;
            }
        };
        let case: Value = match serde_json::from_str(&text) {
            Ok(case) => case,
            Err(e) => {
                failures.push(format!("{name}: not JSON: {e}"));
                continue;
            }
        };
        let tool = case["tool"].as_str().unwrap_or("");
        match run(tool, &case["input"]) {
            Ok(actual) => {
                if let Some(diff) = first_difference(&case["expect"], &actual, "$") {
                    failures.push(format!("{name}: {diff}\n    output: {actual}"));
                }
            }
            Err(e) => failures.push(format!("{name}: {e}")),
        }
    }
    println!("{} golden cases, {} failed", files.len(), failures.len());
    assert!(
        failures.is_empty(),
        "failing golden cases:\n{}",
        failures.join("\n")
    );
}
