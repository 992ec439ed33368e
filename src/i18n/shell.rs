//! Keys of the shell screens (the widget frame and the shared widgets) chosen by a value.

use super::Msg;
use crate::config::Tool;

/// The short name of a tool on its tab.
pub fn tool_name(tool: Tool) -> Msg {
    match tool {
        Tool::Category => Msg::ShellToolNameCategory,
        Tool::Checker => Msg::ShellToolNameChecker,
        Tool::Renewal => Msg::ShellToolNameRenewal,
    }
}
