//! "Download my entries" and "Load entries from a file": a JSON document holding one tool's entries in the
//! contract's input shape, with a format name and a schema version so that a later release can read it
//! (or say clearly that it cannot).
//!
//! ```json
//! { "format": "endorsement-navigator-entries", "schema": 1, "tool": "checker",
//!   "exported_on": "2026-12-01", "entries": { "category": "family_specialist", … },
//!   "training_titles": ["Attachment basics", ""], "work_from_answers": [0] }
//! ```
//!
//! `entries` is exactly the tool's input of CONTRACT §2, so a file is also an input for the rules API.
//! The names a person gives their trainings and the mark on positions that are still readings of the
//! finder's answers are not part of that input; they travel beside it (titles one per training in the same
//! order, marks as the positions' indexes).
//!
//! Like share links, the JSON text itself is the caller's: the browser writes it with `JSON.stringify` and
//! parses it with `JSON.parse`, native code with `serde_json`. Reading only returns what the file holds;
//! replacing anything is the caller's decision, after asking.

use super::tool_input::{ToolInput, tool_from_id};
use crate::config::Tool;
use crate::rules::json::{Json, JsonError};
use crate::rules::read::{ReadJson, each_member};
use crate::rules::{Date, ErrorKind, RulesError};
use serde::Serialize;

/// The value of `format`: what tells our files from any other JSON.
pub const FORMAT: &str = "endorsement-navigator-entries";
/// The schema this release writes, and the newest it reads.
pub const SCHEMA: u32 = 1;

/// The document as written.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ExportDocument {
    pub format: &'static str,
    pub schema: u32,
    pub tool: &'static str,
    pub exported_on: Date,
    pub entries: ToolInput,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub training_titles: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub work_from_answers: Vec<usize>,
}

/// What a file or a share link holds: a tool's input, the titles of its trainings and the checker's
/// positions still marked as readings of the finder's answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Entries {
    pub input: ToolInput,
    /// One per training of the input, in order.
    pub training_titles: Vec<String>,
    /// Indexes into the checker's work entries; empty for the other tools.
    pub work_from_answers: Vec<usize>,
}

impl Entries {
    /// Entries with nothing beside the input.
    pub fn untitled(input: ToolInput) -> Entries {
        Entries::new(input, Vec::new(), Vec::new())
    }

    /// `input` with what travels beside it, fitted to it: one title per training (missing ones empty,
    /// extra ones dropped), marks only on positions the input has.
    pub fn new(
        input: ToolInput,
        mut training_titles: Vec<String>,
        mut work_from_answers: Vec<usize>,
    ) -> Entries {
        let (trainings, work) = match &input {
            ToolInput::Category(_) => (0, 0),
            ToolInput::Checker(profile) => (profile.trainings.len(), profile.work.len()),
            ToolInput::Renewal(log) => (log.trainings.len(), 0),
        };
        training_titles.resize(trainings, String::new());
        work_from_answers.retain(|&i| i < work);
        Entries {
            input,
            training_titles,
            work_from_answers,
        }
    }

    /// The titles, or none at all when no title says anything (so nothing is written for them).
    pub fn titles_if_any(&self) -> &[String] {
        if self.training_titles.iter().all(String::is_empty) {
            &[]
        } else {
            &self.training_titles
        }
    }
}

/// The document for `entries`, made on `today`. The entries are the person's own: the date the page ran
/// on and the page's settings are left out, as in a share link. Titles are written only when one of them
/// says something.
pub fn document(entries: Entries, today: Date) -> ExportDocument {
    ExportDocument {
        format: FORMAT,
        schema: SCHEMA,
        tool: entries.input.tool().id(),
        exported_on: today,
        training_titles: entries.titles_if_any().to_vec(),
        entries: entries.input.without_context(),
        work_from_answers: entries.work_from_answers,
    }
}

/// The name offered for the downloaded file: `endorsement-navigator-checker-2026-12-01.json`.
pub fn file_name(tool: Tool, today: Date) -> String {
    format!("endorsement-navigator-{}-{today}.json", tool.id())
}

/// Why a file cannot be loaded. Nothing saved changes in any of these cases.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    /// The file is not JSON text (found by the caller's JSON parser), e.g. a PDF or a spreadsheet.
    NotJson,
    /// JSON, but not a file this widget wrote.
    NotAnExport,
    /// Written by a newer release, with a schema this one does not know.
    NewerSchema { schema: u32 },
    /// The entries of another tool (`None`: a tool this release does not know).
    OtherTool { tool: Option<Tool> },
    /// Our format, but the entries cannot be read: the first field in the file that is wrong.
    Unreadable(RulesError),
}

/// Everything of a file but its entries. Read without naming a bad field (any fault here means the file is
/// not ours), by hand as serde's derive read it: the members in any order, unknown ones ignored, a value
/// of the wrong kind refusing the whole header.
#[derive(Default)]
struct Header {
    format: Option<String>,
    /// A number, read as one even when a later release writes a fraction or something else there.
    schema: Option<f64>,
    tool: Option<String>,
    training_titles: Vec<String>,
    work_from_answers: Vec<usize>,
}

impl Header {
    fn read(document: &Json) -> Option<Header> {
        let mut header = Header::default();
        let mut read = |name: &str, v: &Json| -> Result<(), JsonError> {
            match name {
                "format" => header.format = ReadJson::read_json(v)?,
                "schema" => header.schema = ReadJson::read_json(v)?,
                "tool" => header.tool = ReadJson::read_json(v)?,
                "training_titles" => header.training_titles = ReadJson::read_json(v)?,
                "work_from_answers" => header.work_from_answers = ReadJson::read_json(v)?,
                _ => {}
            }
            Ok(())
        };
        each_member(document, &mut read).ok()?;
        Some(header)
    }
}

/// What travels beside a tool's input (titles, marks), read from the object holding them. Anything there
/// that cannot be read is left out: it never keeps the entries themselves from opening.
pub(super) fn read_beside(value: &Json) -> (Vec<String>, Vec<usize>) {
    Header::read(value)
        .map(|h| (h.training_titles, h.work_from_answers))
        .unwrap_or_default()
}

/// Reads a parsed file that should hold `expected`'s entries. Everything but the `entries` member is read
/// first, so that a file from a newer release or another tool says so instead of failing on entries this
/// release cannot read. The entries are read as the tool's contract input, by the same code as the rules
/// API.
pub fn read(expected: Tool, document: &Json) -> Result<Entries, ImportError> {
    let header = Header::read(document).ok_or(ImportError::NotAnExport)?;
    if header.format.as_deref() != Some(FORMAT) {
        return Err(ImportError::NotAnExport);
    }
    let schema = match header.schema {
        Some(s) if s.fract() == 0.0 && s >= 1.0 && s <= f64::from(u32::MAX) => s as u32,
        _ => return Err(ImportError::NotAnExport),
    };
    if schema > SCHEMA {
        return Err(ImportError::NewerSchema { schema });
    }
    let tool = header.tool.as_deref().and_then(tool_from_id);
    if tool != Some(expected) {
        return Err(ImportError::OtherTool { tool });
    }
    let missing = || RulesError::new(ErrorKind::Malformed, "entries", "missing");
    let input = ToolInput::read(
        expected,
        document
            .get("entries")
            .ok_or_else(missing)
            .map_err(ImportError::Unreadable)?,
    )
    .map_err(|e| {
        // The field as the file names it.
        let field = if e.field == "input" {
            "entries".to_owned()
        } else {
            format!("entries.{}", e.field)
        };
        ImportError::Unreadable(RulesError { field, ..e })
    })?;
    Ok(Entries::new(
        input.without_context(),
        header.training_titles,
        header.work_from_answers,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::model::{Count, Degree, DegreeLevel, WorkEntry, WorkScope};
    use crate::rules::{Category, Date, Profile, RenewalInput};
    use serde_json::{Value, json};

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn load_entries(expected: Tool, text: &str) -> Result<Entries, ImportError> {
        let value: Json = serde_json::from_str(text).map_err(|_| ImportError::NotJson)?;
        read(expected, &value)
    }

    fn load(expected: Tool, text: &str) -> Result<ToolInput, ImportError> {
        load_entries(expected, text).map(|entries| entries.input)
    }

    fn untitled(input: ToolInput) -> Entries {
        Entries::untitled(input)
    }

    fn profile() -> Profile {
        let mut profile = Profile::empty(Category::FamilySpecialist);
        profile.today = Some(date("2026-12-01"));
        profile.degrees.push(Degree {
            level: DegreeLevel::Bachelor,
            competencies: Vec::new(),
        });
        let mut work = WorkEntry::new(WorkScope::Prevention, date("2023-12-03"));
        work.families_served = Count(25);
        profile.work.push(work);
        profile.references = Count(2);
        profile
    }

    #[test]
    fn writes_then_reads_the_same_entries() {
        let doc = document(untitled(ToolInput::Checker(profile())), date("2026-12-01"));
        let text = serde_json::to_string_pretty(&doc).unwrap();
        let value: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["format"], FORMAT);
        assert_eq!(value["schema"], 1);
        assert_eq!(value["tool"], "checker");
        assert_eq!(value["exported_on"], "2026-12-01");
        assert_eq!(value["entries"]["work"][0]["families_served"], 25);

        let expected = Profile {
            today: None,
            ..profile()
        };
        assert_eq!(load(Tool::Checker, &text), Ok(ToolInput::Checker(expected)));
        assert_eq!(
            file_name(Tool::Checker, date("2026-12-01")),
            "endorsement-navigator-checker-2026-12-01.json"
        );
    }

    #[test]
    fn training_titles_travel_beside_the_entries() {
        let mut log = RenewalInput::new(Category::FamilySpecialist, date("2025-06-01"));
        for day in ["2026-01-10", "2026-02-10"] {
            log.trainings.push(crate::rules::model::LoggedTraining {
                hours: crate::rules::model::Hours::new(3.0).unwrap(),
                date: date(day),
                kind: crate::rules::model::TrainingKind::General,
            });
        }
        let titled = Entries::new(
            ToolInput::Renewal(log.clone()),
            vec!["Attachment basics".into(), String::new()],
            Vec::new(),
        );
        let text = serde_json::to_string(&document(titled.clone(), date("2026-12-01"))).unwrap();
        assert_eq!(load_entries(Tool::Renewal, &text), Ok(titled));

        // No title given: none written; a file with too few or too many titles still fits the trainings.
        let untitled_log = Entries::new(
            ToolInput::Renewal(log.clone()),
            vec![String::new(), String::new()],
            Vec::new(),
        );
        let text = serde_json::to_string(&document(untitled_log, date("2026-12-01"))).unwrap();
        assert!(!text.contains("training_titles"), "{text}");
        assert_eq!(
            load_entries(Tool::Renewal, &text).unwrap().training_titles,
            ["", ""]
        );
        let mut value: Value = serde_json::from_str(&text).unwrap();
        value["training_titles"] = json!(["a", "b", "c"]);
        assert_eq!(
            load_entries(Tool::Renewal, &value.to_string())
                .unwrap()
                .training_titles,
            ["a", "b"]
        );
    }

    #[test]
    fn the_mark_on_positions_from_the_finders_answers_travels() {
        let marked = Entries::new(ToolInput::Checker(profile()), Vec::new(), vec![0]);
        let text = serde_json::to_string(&document(marked.clone(), date("2026-12-01"))).unwrap();
        assert!(text.contains(r#""work_from_answers":[0]"#), "{text}");
        let mut expected = marked;
        expected.input = expected.input.without_context();
        assert_eq!(load_entries(Tool::Checker, &text), Ok(expected));
    }

    #[test]
    fn a_file_that_is_not_ours_is_said_to_be_so() {
        assert_eq!(load(Tool::Checker, "%PDF-1.7"), Err(ImportError::NotJson));
        for text in [
            "[]",
            "42",
            "null",
            r#"{"category": "family_specialist"}"#,
            r#"{"format": "something-else", "schema": 1, "tool": "checker", "entries": {}}"#,
            r#"{"format": "endorsement-navigator-entries", "schema": "1", "tool": "checker"}"#,
            r#"{"format": "endorsement-navigator-entries", "schema": 0, "tool": "checker"}"#,
            r#"{"format": "endorsement-navigator-entries", "schema": 1.5, "tool": "checker"}"#,
            // A header value of the wrong kind: the file is not ours, whatever its entries.
            r#"{"format": 1, "schema": 1, "tool": "checker", "entries": {}}"#,
            r#"{"format": "endorsement-navigator-entries", "schema": [1], "tool": "checker"}"#,
            r#"{"format": "endorsement-navigator-entries", "schema": 1, "tool": {}}"#,
            r#"{"format": "endorsement-navigator-entries", "schema": 1, "tool": "checker",
                "entries": {"category": "family_specialist"}, "training_titles": [null]}"#,
            r#"{"format": "endorsement-navigator-entries", "schema": 1, "tool": "checker",
                "entries": {"category": "family_specialist"}, "work_from_answers": [-1]}"#,
        ] {
            assert_eq!(
                load(Tool::Checker, text),
                Err(ImportError::NotAnExport),
                "{text}"
            );
        }
    }

    #[test]
    fn a_newer_file_says_so_before_its_entries_are_read() {
        let text = json!({
            "format": FORMAT, "schema": 2, "tool": "checker",
            "entries": { "profiles": [{ "category": "family_specialist" }] }
        })
        .to_string();
        assert_eq!(
            load(Tool::Checker, &text),
            Err(ImportError::NewerSchema { schema: 2 })
        );
    }

    #[test]
    fn another_tools_file_names_that_tool() {
        let doc = document(
            untitled(ToolInput::Category(crate::rules::Answers::default())),
            date("2026-12-01"),
        );
        let text = serde_json::to_string(&doc).unwrap();
        assert_eq!(
            load(Tool::Renewal, &text),
            Err(ImportError::OtherTool {
                tool: Some(Tool::Category)
            })
        );
        let text = json!({ "format": FORMAT, "schema": 1, "tool": "planner", "entries": {} });
        assert_eq!(
            load(Tool::Renewal, &text.to_string()),
            Err(ImportError::OtherTool { tool: None })
        );
    }

    #[test]
    fn unreadable_entries_name_the_field_in_the_file() {
        let text = json!({
            "format": FORMAT, "schema": 1, "tool": "checker",
            "entries": { "category": "family_specialist", "work": [{ "start": "2023-02-30" }] }
        });
        match load(Tool::Checker, &text.to_string()) {
            Err(ImportError::Unreadable(e)) => assert_eq!(e.field, "entries.work[0].start"),
            other => panic!("{other:?}"),
        }
        let text = json!({ "format": FORMAT, "schema": 1, "tool": "checker" });
        assert!(matches!(
            load(Tool::Checker, &text.to_string()),
            Err(ImportError::Unreadable(_))
        ));
    }

    #[test]
    fn unknown_fields_are_ignored_at_every_level() {
        let text = json!({
            "format": FORMAT, "schema": 1, "tool": "renewal", "made_by": "a later release",
            "entries": { "category": "family_associate", "endorsed_on": "2025-01-10", "notes": "x" }
        });
        let Ok(ToolInput::Renewal(log)) = load(Tool::Renewal, &text.to_string()) else {
            panic!("reads as a renewal log");
        };
        assert_eq!(log.endorsed_on, date("2025-01-10"));
    }
}
