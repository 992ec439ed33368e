//! One tool's input in the contract's JSON shape (CONTRACT §2): what a share link carries and what an export
//! file holds.

use super::read_input;
use crate::config::Tool;
use crate::rules::json::Json;
use crate::rules::{Answers, Profile, RenewalInput, RulesError};
use serde::Serialize;

/// The finder's answers, the checker's profile or the renewal log.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum ToolInput {
    Category(Answers),
    Checker(Profile),
    Renewal(RenewalInput),
}

impl ToolInput {
    pub fn tool(&self) -> Tool {
        match self {
            ToolInput::Category(_) => Tool::Category,
            ToolInput::Checker(_) => Tool::Checker,
            ToolInput::Renewal(_) => Tool::Renewal,
        }
    }

    /// Reads `tool`'s input. Unknown fields are ignored and missing optional ones take their defaults, as
    /// everywhere in the contract; the error names the first field that cannot be read.
    pub fn read(tool: Tool, input: &Json) -> Result<ToolInput, RulesError> {
        Ok(match tool {
            Tool::Category => ToolInput::Category(read_input(input)?),
            Tool::Checker => ToolInput::Checker(read_input(input)?),
            Tool::Renewal => ToolInput::Renewal(read_input(input)?),
        })
    }

    /// The input without what belongs to the page that made it rather than to the person: the date it
    /// was made on (the receiving page uses its own today), the credentials that association offers, its
    /// rules (the receiving page applies its own profile's) and the language of its sentences.
    pub fn without_context(self) -> ToolInput {
        match self {
            ToolInput::Category(answers) => ToolInput::Category(Answers {
                offered: Vec::new(),
                association: Default::default(),
                lang: None,
                ..answers
            }),
            ToolInput::Checker(profile) => ToolInput::Checker(Profile {
                today: None,
                association: Default::default(),
                ..profile
            }),
            ToolInput::Renewal(input) => ToolInput::Renewal(RenewalInput {
                today: None,
                association: Default::default(),
                ..input
            }),
        }
    }
}

/// The tool named by a contract id (`category`, `checker`, `renewal`).
pub fn tool_from_id(id: &str) -> Option<Tool> {
    Tool::ALL.into_iter().find(|t| t.id() == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{Category, Date};

    fn read_value(tool: Tool, input: serde_json::Value) -> Result<ToolInput, RulesError> {
        ToolInput::read(tool, &crate::contract::tree(&input)?)
    }

    #[test]
    fn reads_each_tool_and_ignores_unknown_fields() {
        let profile = serde_json::json!({
            "category": "family_specialist", "degrees": [{ "level": "bachelor" }], "added_later": true
        });
        let ToolInput::Checker(read) = read_value(Tool::Checker, profile.clone()).unwrap() else {
            panic!("a profile reads as the checker's input");
        };
        assert_eq!(read.category, Category::FamilySpecialist);
        assert_eq!(read.degrees.len(), 1);

        let log =
            serde_json::json!({ "category": "family_associate", "endorsed_on": "2025-03-01" });
        let read = read_value(Tool::Renewal, log).unwrap();
        assert_eq!(read.tool(), Tool::Renewal);

        let answers = serde_json::json!({ "scope": "prevention", "degree": "bachelor" });
        assert_eq!(
            read_value(Tool::Category, answers).unwrap().tool(),
            Tool::Category
        );
    }

    #[test]
    fn names_the_field_that_cannot_be_read() {
        let profile = serde_json::json!({ "category": "family_specialist", "work": [{ "start": "2025-02-30" }] });
        let error = read_value(Tool::Checker, profile.clone()).unwrap_err();
        assert_eq!(error.field, "work[0].start");
        assert!(read_value(Tool::Renewal, serde_json::json!([])).is_err());
    }

    #[test]
    fn drops_what_belongs_to_the_page_that_made_it() {
        let today = Date::parse("2026-12-01");
        let mut profile = Profile::empty(Category::MentorPolicy);
        profile.today = today;
        let ToolInput::Checker(shared) = ToolInput::Checker(profile).without_context() else {
            panic!("stays the checker's input");
        };
        assert_eq!(shared.today, None);
        assert_eq!(shared.category, Category::MentorPolicy);

        // The association's rules are the page's: the receiving page applies its own profile's.
        let rules = crate::rules::association::Association {
            ers_add_on_for: Some(vec![Category::FamilySpecialist]),
            ..Default::default()
        };
        let answers = Answers {
            lang: Some("es".into()),
            offered: vec![crate::rules::Credential::Ecmh],
            association: rules.clone(),
            ..Answers::default()
        };
        let ToolInput::Category(shared) = ToolInput::Category(answers).without_context() else {
            panic!("stays the finder's answers");
        };
        assert_eq!((shared.lang, shared.offered), (None, Vec::new()));
        assert!(shared.association.is_default());
        let mut profile = Profile::empty(Category::ReflectiveSupervisor);
        profile.association = rules;
        let ToolInput::Checker(shared) = ToolInput::Checker(profile).without_context() else {
            panic!("stays the checker's input");
        };
        assert!(shared.association.is_default());
    }
}
