//! Share links (CONTRACT §1): `#navigator=<tool>.<data>`, where `<data>` is the tool's JSON input as UTF-8,
//! base64url without padding.
//!
//! Beside the input's own fields the object may hold `training_titles` (one per training, in order) and
//! `work_from_answers` (the indexes of the checker's positions still marked as readings of the finder's
//! answers), as in an export file. Both are optional, so links made before they existed still open, and
//! a release that does not know them ignores them as it ignores any unknown field.
//!
//! This module turns a tool and its JSON text into a fragment and back. Turning the JSON text into
//! [`Entries`] is the caller's half: the browser writes the input with `JSON.stringify` (then [`link_json`]) and parses with
//! `JSON.parse` (keeping a JSON library out of the wasm) and reads the value with [`read_entries`]; native
//! code and tests use `serde_json`.

use super::base64url::{self, Base64Error};
use super::export::{Entries, read_beside};
use super::tool_input::{ToolInput, tool_from_id};
use crate::config::Tool;
use crate::rules::RulesError;
use crate::rules::json::Json;

/// What starts a share link's fragment, after the `#`.
const KEY: &str = "navigator=";

/// A share link's fragment, read as far as its JSON text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedAnswers {
    pub tool: Tool,
    /// The tool's input as JSON text, not yet parsed.
    pub json: String,
}

/// Why a share link's answers cannot be used. The page shows one notice for all of them and changes nothing;
/// the variant is for the console and for tests.
#[derive(Clone, Debug, PartialEq)]
pub enum ShareLinkError {
    /// The part before the dot is not a tool id.
    UnknownTool(String),
    /// There is no dot between the tool and the data.
    NoData,
    NotBase64(Base64Error),
    /// The data decodes to bytes that are not UTF-8 text.
    NotUtf8,
    /// The text is not JSON (found by the caller's JSON parser).
    NotJson,
    /// JSON, but not the tool's input: the first field that cannot be read.
    Unreadable(RulesError),
}

/// For the console: what a webmaster or developer needs to know about a link that did not open.
impl std::fmt::Display for ShareLinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShareLinkError::UnknownTool(tool) => write!(f, "\"{tool}\" is not a tool"),
            ShareLinkError::NoData => f.write_str("no data after the tool"),
            ShareLinkError::NotBase64(_) => f.write_str("the data is not base64url"),
            ShareLinkError::NotUtf8 => f.write_str("the data is not UTF-8 text"),
            ShareLinkError::NotJson => f.write_str("the data is not JSON"),
            ShareLinkError::Unreadable(e) => write!(f, "{e}"),
        }
    }
}

/// The JSON text of a link's data: `input_json` (the text of the tool's input without the page's context,
/// a JSON object, as `JSON.stringify` or `serde_json` wrote it) with what travels beside it added as members
/// of the same object, left out when empty. Written as text rather than through a serializer, which keeps
/// a second serialization of every input type out of the wasm.
pub fn link_json(input_json: &str, entries: &Entries) -> String {
    let body = input_json.trim();
    let Some(members) = body.strip_prefix('{').and_then(|b| b.strip_suffix('}')) else {
        return body.to_owned();
    };
    let mut out = format!("{{{members}");
    let mut sep = if members.trim().is_empty() { "" } else { "," };
    let titles = entries.titles_if_any();
    if !titles.is_empty() {
        out.push_str(sep);
        out.push_str("\"training_titles\":[");
        for (i, title) in titles.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            push_json_string(&mut out, title);
        }
        out.push(']');
        sep = ",";
    }
    if !entries.work_from_answers.is_empty() {
        let marks: Vec<String> = entries
            .work_from_answers
            .iter()
            .map(usize::to_string)
            .collect();
        out.push_str(&format!("{sep}\"work_from_answers\":[{}]", marks.join(",")));
    }
    out.push('}');
    out
}

/// `text` as a JSON string (RFC 8259 §7): quote, backslash and control characters escaped.
fn push_json_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The fragment, with its `#`, that opens `tool` with the answers in `json`.
pub fn fragment(tool: Tool, json: &str) -> String {
    format!("#{KEY}{}.{}", tool.id(), base64url::encode(json.as_bytes()))
}

/// The share link for `page_url` (the page the widget is on; any fragment it has is replaced).
pub fn link(page_url: &str, tool: Tool, json: &str) -> String {
    let page = page_url.split('#').next().unwrap_or(page_url);
    format!("{page}{}", fragment(tool, json))
}

/// Reads a URL fragment (`location.hash`, with or without its `#`). `None` when the fragment is not a share
/// link at all (empty, or the host page's own anchor), so the widget leaves it alone.
pub fn read_fragment(fragment: &str) -> Option<Result<SharedAnswers, ShareLinkError>> {
    let body = fragment.strip_prefix('#').unwrap_or(fragment);
    let rest = body.strip_prefix(KEY)?;
    Some(read_body(rest))
}

fn read_body(rest: &str) -> Result<SharedAnswers, ShareLinkError> {
    let (tool_id, data) = rest.split_once('.').ok_or(ShareLinkError::NoData)?;
    let tool =
        tool_from_id(tool_id).ok_or_else(|| ShareLinkError::UnknownTool(tool_id.to_owned()))?;
    let bytes = base64url::decode(data).map_err(ShareLinkError::NotBase64)?;
    let json = String::from_utf8(bytes).map_err(|_| ShareLinkError::NotUtf8)?;
    Ok(SharedAnswers { tool, json })
}

/// Reads the shared answers once the caller has parsed their JSON text: the value is read twice, once as
/// the tool's input and once for what travels beside it.
pub fn read_entries(shared: &SharedAnswers, value: &Json) -> Result<Entries, ShareLinkError> {
    let input = ToolInput::read(shared.tool, value).map_err(ShareLinkError::Unreadable)?;
    let (titles, marks) = read_beside(value);
    Ok(Entries::new(input, titles, marks))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::model::{Count, Hours, LoggedTraining, Training, TrainingKind, WorkEntry};
    use crate::rules::{Category, Date, Profile, RenewalInput};

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    /// Reads a link's fragment as the widget does: the tool, the JSON text, then the entries.
    fn open(hash: &str) -> Entries {
        let shared = read_fragment(hash).unwrap().unwrap();
        let value: Json = serde_json::from_str(&shared.json).unwrap();
        read_entries(&shared, &value).unwrap()
    }

    fn data(entries: &Entries) -> String {
        let input = serde_json::to_string(&entries.input.clone().without_context()).unwrap();
        link_json(&input, entries)
    }

    fn round_trip(entries: &Entries) -> Entries {
        let json = data(entries);
        let url = link(
            "https://example.org/endorsement/?x=1#top",
            entries.input.tool(),
            &json,
        );
        let (page, hash) = url.split_once('#').unwrap();
        assert_eq!(page, "https://example.org/endorsement/?x=1");
        open(hash)
    }

    fn renewal_log() -> RenewalInput {
        RenewalInput {
            category: Category::MentalHealthSpecialist,
            endorsed_on: date("2025-04-10"),
            today: None,
            trainings: Vec::new(),
            rsc: Vec::new(),
            membership_expires: Date::parse("2027-06-30"),
            lapsed: false,
            provides_rsc: false,
            association: Default::default(),
        }
    }

    #[test]
    fn each_tool_round_trips_through_a_link() {
        let mut profile = Profile::empty(Category::FamilySpecialist);
        profile.references = Count(2);
        for input in [
            ToolInput::Category(crate::rules::Answers::default()),
            ToolInput::Checker(profile),
            ToolInput::Renewal(renewal_log()),
        ] {
            let entries = Entries::untitled(input);
            assert_eq!(round_trip(&entries), entries);
        }
    }

    #[test]
    fn training_titles_and_the_answers_mark_travel() {
        let mut log = renewal_log();
        for day in ["2026-01-10", "2026-02-10"] {
            log.trainings.push(LoggedTraining {
                hours: Hours::new(3.0).unwrap(),
                date: date(day),
                kind: TrainingKind::RscProvision,
            });
        }
        let titled = Entries::new(
            ToolInput::Renewal(log),
            vec![
                "Reflective practice, \"part 2\"\\\n\u{1}é".into(),
                String::new(),
            ],
            Vec::new(),
        );
        assert_eq!(round_trip(&titled), titled);

        let mut profile = Profile::empty(Category::FamilySpecialist);
        profile
            .work
            .push(WorkEntry::new(Default::default(), date("2023-12-03")));
        profile
            .work
            .push(WorkEntry::new(Default::default(), date("2020-01-01")));
        profile.trainings.push(Training {
            hours: Hours::new(20.0).unwrap(),
            kind: TrainingKind::General,
            self_study: false,
            date: None,
            competencies: Vec::new(),
        });
        let marked = Entries::new(
            ToolInput::Checker(profile),
            vec!["Attachment basics".into()],
            vec![1],
        );
        let json = data(&marked);
        assert!(
            json.contains(r#""training_titles":["Attachment basics"]"#),
            "{json}"
        );
        assert!(json.contains(r#""work_from_answers":[1]"#), "{json}");
        assert_eq!(round_trip(&marked), marked);

        // Nothing beside the input is written when there is nothing to say, so links stay short.
        let plain = Entries::new(marked.input.clone(), vec![String::new()], Vec::new());
        let json = data(&plain);
        assert!(!json.contains("training_titles") && !json.contains("work_from_answers"));
    }

    #[test]
    fn beside_an_empty_input_object_the_members_are_still_json() {
        let entries = Entries {
            input: ToolInput::Category(crate::rules::Answers::default()),
            training_titles: vec!["a".into()],
            work_from_answers: vec![2],
        };
        assert_eq!(
            link_json(" {} ", &entries),
            r#"{"training_titles":["a"],"work_from_answers":[2]}"#
        );
        assert_eq!(
            link_json("{}", &Entries::untitled(entries.input.clone())),
            "{}"
        );
    }

    #[test]
    fn what_travels_beside_never_keeps_a_link_from_opening() {
        let json = r#"{"category":"family_associate","endorsed_on":"2025-03-01",
            "trainings":[{"hours":2,"date":"2026-01-05","kind":"general"}],
            "training_titles":"not a list","work_from_answers":[-1]}"#;
        let opened = open(&fragment(Tool::Renewal, json));
        assert_eq!(opened.training_titles, [""]);
        assert!(opened.work_from_answers.is_empty());
        // Too many titles and marks on positions the profile does not have are dropped.
        let json = r#"{"category":"family_specialist","work":[{"start":"2024-01-01"}],
            "training_titles":["a"],"work_from_answers":[0,3]}"#;
        let opened = open(&fragment(Tool::Checker, json));
        assert!(opened.training_titles.is_empty());
        assert_eq!(opened.work_from_answers, [0]);
    }

    /// Links as the previous release wrote them (the tool's input alone, `JSON.stringify`'s field order),
    /// copied here byte for byte: they must keep opening, with the same answers.
    #[test]
    fn links_made_by_the_previous_release_still_open() {
        let checker = open(concat!(
            "#navigator=checker.",
            "eyJjYXRlZ29yeSI6ImZhbWlseV9zcGVjaWFsaXN0IiwiY3JlZGVudGlhbCI6ImltaCIsInRvZGF5IjpudWxsLCJkZWdyZWVzIjpb",
            "eyJsZXZlbCI6ImJhY2hlbG9yIiwiY29tcGV0ZW5jaWVzIjpbXX1dLCJ3b3JrIjpbeyJzY29wZSI6InByZXZlbnRpb24iLCJzdGFy",
            "dCI6IjIwMjMtMTItMDMiLCJlbmQiOm51bGwsImZhbWlsaWVzX3NlcnZlZCI6MjUsInBvc3RfZ3JhZHVhdGUiOmZhbHNlLCJwc3lj",
            "aG90aGVyYXB5IjpmYWxzZSwibGVhZGVyc2hpcCI6ZmFsc2UsInByb3ZpZGVzX3JzYyI6ZmFsc2UsInZvbHVudGVlciI6ZmFsc2Us",
            "InN1cGVydmlzZWQiOmZhbHNlLCJzcGVjaWFsaXplZF90cmFpbmluZyI6ZmFsc2V9XSwidHJhaW5pbmdzIjpbeyJob3VycyI6MjAs",
            "ImtpbmQiOiJnZW5lcmFsIiwic2VsZl9zdHVkeSI6ZmFsc2UsImRhdGUiOiIyMDI2LTAzLTAxIiwiY29tcGV0ZW5jaWVzIjpbXX1d",
            "LCJyc2MiOltdLCJyZWZlcmVuY2VzIjoyLCJlbmRvcnNlZF9pbiI6W119"
        ));
        let ToolInput::Checker(profile) = &checker.input else {
            panic!("a checker link reads as a profile");
        };
        assert_eq!(profile.category, Category::FamilySpecialist);
        assert_eq!(profile.work[0].start, date("2023-12-03"));
        assert_eq!(profile.work[0].families_served, Count(25));
        assert_eq!(profile.trainings[0].hours.get(), 20.0);
        assert_eq!(profile.references, Count(2));
        assert_eq!(checker.training_titles, [""], "untitled, as then");
        assert!(checker.work_from_answers.is_empty());

        let renewal = open(concat!(
            "#navigator=renewal.",
            "eyJjYXRlZ29yeSI6ImZhbWlseV9zcGVjaWFsaXN0IiwiZW5kb3JzZWRfb24iOiIyMDI1LTA2LTAxIiwidG9kYXkiOm51bGwsInRy",
            "YWluaW5ncyI6W3siaG91cnMiOjYsImRhdGUiOiIyMDI2LTAzLTAxIiwia2luZCI6ImdlbmVyYWwifV0sInJzYyI6W3siaG91cnMi",
            "OjIsImRhdGUiOiIyMDI2LTA0LTAxIn1dLCJtZW1iZXJzaGlwX2V4cGlyZXMiOiIyMDI3LTA2LTMwIiwibGFwc2VkIjpmYWxzZX0"
        ));
        let ToolInput::Renewal(log) = &renewal.input else {
            panic!("a renewal link reads as a renewal log");
        };
        assert_eq!(log.endorsed_on, date("2025-06-01"));
        assert_eq!(log.trainings.len(), 1);
        assert_eq!(log.rsc[0].hours.get(), 2.0);
        assert_eq!(log.membership_expires, Date::parse("2027-06-30"));
        assert_eq!(renewal.training_titles, [""]);
    }

    #[test]
    fn the_fragment_is_url_safe_and_unpadded() {
        // "é" and "?>" encode to bytes whose base64 uses characters 62 and 63 ('+' and '/' in plain base64).
        let json = r#"{"category":"family_associate","note":"é?>"}"#;
        let fragment = fragment(Tool::Checker, json);
        assert!(fragment.starts_with("#navigator=checker."));
        let data = &fragment["#navigator=checker.".len()..];
        assert!(
            data.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
            "{data}"
        );
        let shared = read_fragment(&fragment).unwrap().unwrap();
        assert_eq!(shared.json, json);
    }

    #[test]
    fn reads_a_hand_made_link_with_unknown_fields_and_padding() {
        let json = r#"{"category":"mentor_policy","references":3,"from_a_later_release":[1,2]}"#;
        let mut data = base64url::encode(json.as_bytes());
        while !data.len().is_multiple_of(4) {
            data.push('=');
        }
        let ToolInput::Checker(profile) = open(&format!("navigator=checker.{data}")).input else {
            panic!("a checker link reads as a profile");
        };
        assert_eq!(profile.category, Category::MentorPolicy);
        assert_eq!(profile.references.0, 3);
    }

    /// What travels beside the input is read by the export header's reader: a value of the wrong kind there
    /// leaves out the titles and marks, never the input.
    #[test]
    fn titles_or_marks_that_cannot_be_read_are_left_out() {
        for beside in [
            r#""training_titles":[1]"#,
            r#""training_titles":"a""#,
            r#""work_from_answers":[-1]"#,
            r#""work_from_answers":[0.5]"#,
            r#""work_from_answers":null"#,
        ] {
            let json = format!(
                r#"{{"category":"mentor_policy","work":[{{"start":"2025-01-01"}}],"trainings":[{{"hours":2}}],{beside}}}"#
            );
            let entries = open(&fragment(Tool::Checker, &json));
            assert_eq!(entries.input.tool(), Tool::Checker, "{beside}");
            assert_eq!(entries.training_titles, [""], "{beside}");
            assert!(entries.work_from_answers.is_empty(), "{beside}");
        }
        let json = r#"{"category":"mentor_policy","work":[{"start":"2025-01-01"}],"trainings":[{}],"training_titles":["Basics"],"work_from_answers":[0]}"#;
        let entries = open(&fragment(Tool::Checker, json));
        assert_eq!(
            (entries.training_titles, entries.work_from_answers),
            (vec!["Basics".to_owned()], vec![0])
        );
    }

    #[test]
    fn other_fragments_are_not_share_links() {
        for fragment in ["", "#", "#contact", "#navigatorx=checker.e30", "navigator"] {
            assert_eq!(read_fragment(fragment), None, "{fragment}");
        }
    }

    #[test]
    fn unreadable_links_are_errors_not_panics() {
        let read = |f: &str| read_fragment(f).unwrap();
        assert_eq!(
            read("#navigator=planner.e30"),
            Err(ShareLinkError::UnknownTool("planner".into()))
        );
        assert_eq!(read("#navigator=checker"), Err(ShareLinkError::NoData));
        assert_eq!(
            ShareLinkError::UnknownTool("planner".into()).to_string(),
            "\"planner\" is not a tool"
        );
        assert!(matches!(
            read("#navigator=checker.e30+"),
            Err(ShareLinkError::NotBase64(_))
        ));
        // 0xff 0xfe is not UTF-8.
        assert_eq!(read("#navigator=checker.__4"), Err(ShareLinkError::NotUtf8));

        // JSON that is not a profile: the category is missing.
        let shared = read("#navigator=checker.e30").unwrap();
        assert_eq!(shared.json, "{}");
        let value: Json = serde_json::from_str(&shared.json).unwrap();
        assert!(matches!(
            read_entries(&shared, &value),
            Err(ShareLinkError::Unreadable(_))
        ));
    }
}
