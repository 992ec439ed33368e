//! English text of the shell screens.

use crate::config::Tool;
use crate::i18n::shell::ShellTexts;

fn offered_by(association: &str) -> String {
    format!("Offered by {association}")
}

fn tool_name(tool: Tool) -> &'static str {
    match tool {
        Tool::Category => "Find my category",
        Tool::Checker => "Check requirements",
        Tool::Renewal => "Plan my renewal",
    }
}

fn ignored_setting(attribute: &str) -> &'static str {
    match attribute {
        "apply-url" => "The link to the application was not valid, so it is not shown.",
        "credentials" => {
            "The list of credentials this association offers was not valid, so both credentials are shown. \
             Check with the association which ones it offers."
        }
        "tools" => "The list of tools was not valid, so all tools are shown.",
        _ => "A setting was not valid and was ignored.",
    }
}

pub const TEXTS: ShellTexts = ShellTexts {
    title: "Endorsement Navigator",
    offered_by,
    tools_label: "Tools",
    tool_name,
    privacy: "Your answers stay in this browser. Nothing is sent anywhere.",
    clear_data: "Clear my data",
    clear_confirm_question: "Clear every answer saved in this browser for these tools?",
    clear_confirm: "Yes, clear my data",
    clear_cancel: "Cancel",
    cleared: "Your saved answers were cleared.",
    contact: "Questions? Write to",
    ignored_settings: "This page set up the navigator with a setting it could not use:",
    ignored_setting,
    error_summary_title: "There is a problem",
    storage_set_aside: "Your saved answers could not be read, so this tool starts empty. \
                        Nothing was deleted: the old answers were put aside in this browser.",
    error_prefix: "Error:",
    optional: "(optional)",
};
