//! The crate's dependencies point one way (see the top of `src/lib.rs`):
//!
//! `rules` ← `forms`, `config` ← `i18n` ← `contract` ← `api`, `ui` ← `embed`
//!
//! This test reads every `.rs` file under `src/`, finds the crate modules and the external crates each
//! one names (in `use` declarations and in paths written inline, comments and strings left out), and fails
//! when a module reaches against that direction: the engine naming `crate::i18n`, anything below the
//! browser shell naming a web crate, `contract` naming `crate::ui`. A new top-level module must be given a
//! place in [`LAYERS`] before the test passes again, so the direction cannot be side-stepped by adding one.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// One top-level module of the crate: which crate modules and which external crates it may name.
struct Layer {
    name: &'static str,
    /// The crate modules this one may use (besides itself).
    uses: &'static [&'static str],
    /// The external crates this one may use (besides `std`, `core` and `alloc`); `None` for any.
    crates: Option<&'static [&'static str]>,
}

/// The non-web crates every native layer may use.
const NATIVE: &[&str] = &["serde", "chrono"];

const LAYERS: &[Layer] = &[
    Layer {
        name: "rules",
        uses: &[],
        crates: Some(NATIVE),
    },
    Layer {
        name: "forms",
        uses: &["rules"],
        crates: Some(NATIVE),
    },
    Layer {
        name: "config",
        uses: &["rules"],
        crates: Some(NATIVE),
    },
    Layer {
        name: "i18n",
        uses: &["rules", "forms", "config"],
        crates: Some(NATIVE),
    },
    Layer {
        name: "contract",
        uses: &["rules", "forms", "config", "i18n"],
        crates: Some(&["serde", "chrono"]),
    },
    Layer {
        name: "api",
        uses: &["rules", "forms", "config", "i18n", "contract"],
        crates: None,
    },
    // The widget reads the browser's clock through the API module (`api::local_today`).
    Layer {
        name: "ui",
        uses: &["rules", "forms", "config", "i18n", "contract", "api"],
        crates: None,
    },
    Layer {
        name: "embed",
        uses: &["rules", "forms", "config", "i18n", "contract", "api", "ui"],
        crates: None,
    },
];

fn find_layer(name: &str) -> Option<&'static Layer> {
    LAYERS.iter().find(|l| l.name == name)
}

/// Rust source with comments removed and string and character literals emptied, so that a sentence
/// mentioning `crate::ui` is not taken for a use of it.
fn code_only(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut out = String::with_capacity(source.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            out.push(' ');
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && !ident_before(&chars, i) {
            // A raw string: r"…", r#"…"#, with as many hashes closing as opening.
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            while j < chars.len() {
                if chars[j] == '"' && (0..hashes).all(|h| chars.get(j + 1 + h) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            out.push_str("\"\"");
            i = j;
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' {
            // A character literal ('x', '\n', '\u{1F600}') or a lifetime ('a), which stays.
            let literal_end = if next == Some('\\') {
                (i + 2..chars.len()).find(|&j| chars[j] == '\'')
            } else {
                (chars.get(i + 2) == Some(&'\'')).then_some(i + 2)
            };
            match literal_end {
                Some(end) => {
                    out.push_str("' '");
                    i = end + 1;
                }
                None => {
                    out.push(c);
                    i += 1;
                }
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn ident_before(chars: &[char], i: usize) -> bool {
    i > 0 && is_ident(chars[i - 1])
}

/// Every path written in `code` as the segments up to its first group: `crate::i18n::texts(…)` gives
/// `[crate, i18n, texts]`; `use crate::{config, rules::Date}` gives `[crate, config]` and
/// `[crate, rules, Date]`. Only paths that start a path (not `a::b` inside `x::a::b`) are returned.
fn paths(code: &str) -> Vec<Vec<String>> {
    let chars: Vec<char> = code.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts_ident = (is_ident(chars[i]) || chars[i] == '$') && !ident_before(&chars, i);
        let after_colons = i >= 2 && chars[i - 1] == ':' && chars[i - 2] == ':';
        if starts_ident && !after_colons {
            let (segments, end) = read_path(&chars, i, Vec::new(), &mut found);
            if segments.len() > 1 {
                found.push(segments);
            }
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    found
}

/// Reads `a::b::c` from `start`; a `{…}` group after `::` is read item by item into `found`, each
/// item prefixed by the segments before the group.
fn read_path(
    chars: &[char],
    start: usize,
    mut segments: Vec<String>,
    found: &mut Vec<Vec<String>>,
) -> (Vec<String>, usize) {
    let mut i = start;
    loop {
        let begin = i;
        if chars.get(i) == Some(&'$') {
            i += 1;
        }
        while i < chars.len() && is_ident(chars[i]) {
            i += 1;
        }
        if i == begin {
            return (segments, i);
        }
        segments.push(chars[begin..i].iter().collect::<String>().replace('$', ""));
        let mut j = i;
        while j < chars.len() && chars[j].is_whitespace() {
            j += 1;
        }
        if !(chars.get(j) == Some(&':') && chars.get(j + 1) == Some(&':')) {
            return (segments, i);
        }
        j += 2;
        while j < chars.len() && chars[j].is_whitespace() {
            j += 1;
        }
        if chars.get(j) == Some(&'{') {
            // A group: each item is a path relative to the segments so far.
            j += 1;
            loop {
                while j < chars.len() && (chars[j].is_whitespace() || chars[j] == ',') {
                    j += 1;
                }
                match chars.get(j) {
                    None => return (Vec::new(), j),
                    Some('}') => return (Vec::new(), j + 1),
                    Some('*') => j += 1,
                    Some(_) => {
                        let (item, end) = read_path(chars, j, segments.clone(), found);
                        if item.len() > segments.len() {
                            found.push(item);
                        }
                        // Skip what is left of the item (`as name`), up to the next comma or brace.
                        j = end.max(j + 1);
                        let mut depth = 0;
                        while let Some(&c) = chars.get(j) {
                            match c {
                                '{' => depth += 1,
                                '}' if depth == 0 => break,
                                '}' => depth -= 1,
                                ',' if depth == 0 => break,
                                _ => {}
                            }
                            j += 1;
                        }
                    }
                }
            }
        }
        i = j;
    }
}

/// The module path of a source file: `src/rules/check.rs` is `[rules, check]`, `src/rules/mod.rs` is
/// `[rules]`, `src/lib.rs` is `[]`.
fn module_path(src: &Path, file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src).unwrap_or(file);
    let mut parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if let Some(last) = parts.pop() {
        let stem = last.trim_end_matches(".rs");
        if stem != "mod" && stem != "lib" {
            parts.push(stem.to_owned());
        }
    }
    parts
}

/// The crate module a path names, resolving `super` from `here`; `None` when it names none.
fn crate_module(here: &[String], path: &[String]) -> Option<String> {
    match path.first().map(String::as_str) {
        Some("crate") => path.get(1).cloned(),
        Some("self") if here.is_empty() => path.get(1).cloned(),
        Some("super") => {
            let mut at = here.to_vec();
            let mut rest = path;
            while rest.first().map(String::as_str) == Some("super") {
                at.pop()?;
                rest = &rest[1..];
            }
            at.first().cloned().or_else(|| rest.first().cloned())
        }
        _ => None,
    }
}

/// The dependency names of Cargo.toml (normal and target-specific, not dev-dependencies: the compiler
/// already keeps those out of library code), with `-` read as `_` as in Rust paths.
fn dependencies(manifest: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut in_dependencies = false;
    let mut in_array = false;
    for line in manifest.lines() {
        let line = line.trim();
        if in_array {
            in_array = !line.contains(']');
            continue;
        }
        if line.starts_with('[') {
            in_dependencies = line.ends_with("dependencies]") && !line.contains("dev-dependencies");
            continue;
        }
        if in_dependencies && let Some((name, value)) = line.split_once('=') {
            let name = name.trim();
            if !name.is_empty() && !name.starts_with('#') {
                names.insert(name.replace('-', "_"));
            }
            in_array = value.contains('[') && !value.contains(']');
        }
    }
    names
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// What a file breaks of the direction, one line each.
fn violations(here: &[String], code: &str, external: &BTreeSet<String>) -> Vec<String> {
    let Some(own) = here.first() else {
        return Vec::new();
    };
    let Some(layer) = find_layer(own) else {
        return vec![format!(
            "module `{own}` has no place in the layering; add it to LAYERS in tests/layering.rs"
        )];
    };
    let mut out = BTreeSet::new();
    for path in paths(code) {
        if let Some(module) = crate_module(here, &path) {
            if module != layer.name
                && find_layer(&module).is_some()
                && !layer.uses.contains(&module.as_str())
            {
                out.insert(format!("uses `crate::{module}` ({})", path.join("::")));
            }
        } else if let (Some(root), Some(allowed)) = (path.first(), layer.crates)
            && external.contains(root)
            && !allowed.contains(&root.as_str())
        {
            out.insert(format!("uses the crate `{root}` ({})", path.join("::")));
        }
    }
    out.into_iter().collect()
}

#[test]
fn dependencies_point_one_way() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).expect("Cargo.toml");
    let external = dependencies(&manifest);
    assert!(
        external.contains("yew") && external.contains("chrono"),
        "Cargo.toml not understood: {external:?}"
    );
    let src = root.join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut failures = Vec::new();
    let mut seen = BTreeSet::new();
    for file in &files {
        let here = module_path(&src, file);
        if let Some(first) = here.first() {
            seen.insert(first.clone());
        }
        let source = std::fs::read_to_string(file).expect("readable source");
        for v in violations(&here, &code_only(&source), &external) {
            failures.push(format!(
                "{}: {v}",
                file.strip_prefix(root).unwrap_or(file).display()
            ));
        }
    }
    for required in ["rules", "config", "i18n", "contract"] {
        assert!(seen.contains(required), "src/{required} not found");
    }
    assert!(
        failures.is_empty(),
        "imports against the direction rules ← forms, config ← i18n ← contract ← api, ui ← embed:\n{}",
        failures.join("\n")
    );
}

// The scanner itself: each mistake it must catch, and each mention it must not take for a use.

fn scan(file: &[&str], source: &str) -> Vec<String> {
    let here: Vec<String> = file.iter().map(|s| s.to_string()).collect();
    let external: BTreeSet<String> = ["yew", "web_sys", "chrono", "serde", "serde_path_to_error"]
        .into_iter()
        .map(String::from)
        .collect();
    violations(&here, &code_only(source), &external)
}

#[test]
fn catches_imports_against_the_direction() {
    assert_eq!(
        scan(&["rules", "check"], "use crate::i18n::Texts;").len(),
        1
    );
    assert_eq!(
        scan(&["rules"], "use crate::{config::Lang, rules::Date};").len(),
        1
    );
    assert_eq!(
        scan(&["rules"], "use crate::{self as c, ui::{env::Env}};").len(),
        1
    );
    assert_eq!(scan(&["rules"], "let t = crate::i18n::texts(l);").len(), 1);
    assert_eq!(scan(&["rules"], "use super::config::Lang;").len(), 1);
    assert_eq!(scan(&["rules", "check"], "use super::super::ui;").len(), 1);
    assert_eq!(scan(&["rules"], "use yew::prelude::*;").len(), 1);
    assert_eq!(scan(&["rules"], "let w = web_sys::window();").len(), 1);
    assert_eq!(
        scan(&["rules"], "serde_path_to_error::deserialize(d)").len(),
        1
    );
    assert_eq!(scan(&["contract"], "use crate::ui::env::Env;").len(), 1);
    assert_eq!(scan(&["config"], "use crate::i18n::Lang;").len(), 1);
    assert_eq!(scan(&["config"], "use crate::forms::Field;").len(), 1);
    assert_eq!(
        scan(&["forms", "checker"], "use crate::config::Config;").len(),
        1
    );
    assert_eq!(
        scan(&["i18n"], "use crate::contract::ErrorOutput;").len(),
        1
    );
    assert_eq!(scan(&["api"], "use crate::ui::Widget;").len(), 1);
    assert_eq!(scan(&["share"], "fn f() {}").len(), 1, "unknown module");
}

#[test]
fn allows_what_the_direction_allows() {
    for (file, source) in [
        (
            &["rules", "check"][..],
            "use super::model::Category; use super::{ErrorKind, total}; use crate::rules::Date;",
        ),
        (
            &["rules"],
            "use serde::Serialize; use chrono::NaiveDate; use std::fmt;",
        ),
        (&["rules", "date"], "mod tests { use super::*; }"),
        (&["rules"], "mod tests { use super::sort_small_by_key; }"),
        (
            &["rules"],
            "// crate::i18n builds the sentences\n/* yew::Html */",
        ),
        (&["rules"], "let s = \"see crate::ui::env and yew::html\";"),
        (
            &["rules"],
            "let s = r#\"crate::i18n \"quoted\"\"#; let c = '\"';",
        ),
        (
            &["rules"],
            "fn f<'a>(x: &'a str) -> char { 'x' } use crate::rules::Date;",
        ),
        (&["config"], "use crate::rules::{Date, model::Credential};"),
        (
            &["i18n", "en"],
            "pub use crate::config::Lang; use crate::forms::Problem;",
        ),
        (
            &["contract"],
            "use crate::i18n; use crate::config::Lang; chrono::NaiveDate::default()",
        ),
        (
            &["ui", "category"],
            "use crate::api::local_today; use yew::prelude::*;",
        ),
        (&["embed"], "use crate::ui::mount; use web_sys::ShadowRoot;"),
        (&[], "pub mod rules; pub mod ui;"),
    ] {
        assert_eq!(
            scan(file, source),
            Vec::<String>::new(),
            "{file:?}: {source}"
        );
    }
}
