//! Share links (CONTRACT §1): `#navigator=<tool>.<data>`, where `<data>` is the tool's JSON input as UTF-8,
//! base64url without padding.
//!
//! This module turns a tool and its JSON text into a fragment and back. Turning the JSON text into a
//! [`ToolInput`] is the caller's half: the browser parses it with `JSON.parse` (keeping a JSON library out of
//! the wasm) and reads the value with [`read_input`]; native code and tests use `serde_json`.

use super::base64url::{self, Base64Error};
use super::tool_input::{ToolInput, tool_from_id};
use crate::config::Tool;
use crate::rules::RulesError;
use serde::Deserializer;

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

/// Reads the shared answers once the caller has parsed their JSON text into `value`.
pub fn read_input<'de, D: Deserializer<'de>>(
    shared: &SharedAnswers,
    value: D,
) -> Result<ToolInput, ShareLinkError> {
    ToolInput::read(shared.tool, value).map_err(ShareLinkError::Unreadable)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{Category, Date, Profile, RenewalInput};

    fn round_trip(input: ToolInput) -> ToolInput {
        let json = serde_json::to_string(&input).unwrap();
        let url = link(
            "https://example.org/endorsement/?x=1#top",
            input.tool(),
            &json,
        );
        let (page, hash) = url.split_once('#').unwrap();
        assert_eq!(page, "https://example.org/endorsement/?x=1");
        let shared = read_fragment(hash).unwrap().unwrap();
        assert_eq!(shared.tool, input.tool());
        let value: serde_json::Value = serde_json::from_str(&shared.json).unwrap();
        read_input(&shared, &value).unwrap()
    }

    #[test]
    fn each_tool_round_trips_through_a_link() {
        let mut profile = Profile::empty(Category::FamilySpecialist);
        profile.references = crate::rules::model::Count(2);
        let renewal = RenewalInput {
            category: Category::MentalHealthSpecialist,
            endorsed_on: Date::parse("2025-04-10").unwrap(),
            today: None,
            trainings: Vec::new(),
            rsc: Vec::new(),
            membership_expires: Date::parse("2027-06-30"),
            lapsed: false,
            provides_rsc: false,
            association: Default::default(),
        };
        for input in [
            ToolInput::Category(crate::rules::Answers::default()),
            ToolInput::Checker(profile),
            ToolInput::Renewal(renewal),
        ] {
            assert_eq!(round_trip(input.clone()), input);
        }
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
        let shared = read_fragment(&format!("navigator=checker.{data}"))
            .unwrap()
            .unwrap();
        let value: serde_json::Value = serde_json::from_str(&shared.json).unwrap();
        let ToolInput::Checker(profile) = read_input(&shared, &value).unwrap() else {
            panic!("a checker link reads as a profile");
        };
        assert_eq!(profile.category, Category::MentorPolicy);
        assert_eq!(profile.references.0, 3);
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
        let value: serde_json::Value = serde_json::from_str(&shared.json).unwrap();
        assert!(matches!(
            read_input(&shared, &value),
            Err(ShareLinkError::Unreadable(_))
        ));
    }
}
