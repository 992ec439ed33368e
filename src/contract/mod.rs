//! The JSON contract of the rules API (CONTRACT §2): inputs read from a JSON tree (or from any serde
//! deserializer, through one), outputs in the contract's shapes, and the sentences those shapes carry.
//!
//! The engine in [`crate::rules`] answers with ids and numbers; this layer is where a recommendation's
//! reasons become sentences in the requested language and where every malformed input becomes a
//! [`RulesError`] naming the field. JSON natively, a JS object in the browser: the same functions serve both.
//!
//! Around it, the other public formats: share links (CONTRACT §1), the renewal calendar, the export file,
//! and the finder's answers carried forward into the checker.

mod base64url;
pub mod calendar;
pub mod carry_forward;
pub mod export;
mod parse;
mod recommend;
pub mod share_link;
pub mod tool_input;

pub use parse::{parse, read_input, tree};
pub use recommend::{RankedOutput, RecommendOutput};
pub use tool_input::ToolInput;

use crate::config::Lang;
use crate::rules::json::Json;
use crate::rules::{self, Answers, CheckReport, RenewalReport, RulesError};
use serde::{Deserializer, Serialize};

/// The contract's error object: `{"error": "<field>: <what is wrong>"}`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ErrorOutput {
    pub error: String,
}

impl From<RulesError> for ErrorOutput {
    fn from(e: RulesError) -> Self {
        ErrorOutput {
            error: e.to_string(),
        }
    }
}

/// `check` on an input tree (the browser's). The report serializes as the contract's output as it is: it
/// carries ids and numbers only.
pub fn check_json(input: &Json) -> Result<CheckReport, RulesError> {
    rules::check(&read_input(input)?)
}

/// `renewal` on an input tree.
pub fn renewal_json(input: &Json) -> Result<RenewalReport, RulesError> {
    rules::renewal(&read_input(input)?)
}

/// `recommend` on an input tree; its optional `lang` field (`en`, `es`) picks the reasons' language.
pub fn recommend_json(input: &Json) -> Result<RecommendOutput, RulesError> {
    let answers: Answers = read_input(input)?;
    let lang = answers
        .lang
        .as_deref()
        .and_then(Lang::from_tag)
        .unwrap_or_default();
    Ok(RecommendOutput::new(rules::recommend(&answers), lang))
}

/// `check` on an input from any serde deserializer (`serde_json` natively).
pub fn check_from<'de, D: Deserializer<'de>>(input: D) -> Result<CheckReport, RulesError> {
    check_json(&tree(input)?)
}

/// `renewal` on an input from any serde deserializer.
pub fn renewal_from<'de, D: Deserializer<'de>>(input: D) -> Result<RenewalReport, RulesError> {
    renewal_json(&tree(input)?)
}

/// `recommend` on an input from any serde deserializer.
pub fn recommend_from<'de, D: Deserializer<'de>>(input: D) -> Result<RecommendOutput, RulesError> {
    recommend_json(&tree(input)?)
}
