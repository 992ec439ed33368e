//! The words of the shell screens (the widget frame and the shared widgets). Values live in
//! `en/shell.rs` and `es/shell.rs`.

use crate::config::Tool;

/// One language's text for the shell screens.
pub struct ShellTexts {
    /// The widget's name, used as the accessible name of its region.
    pub title: &'static str,
    /// "Offered by Example AIMH": the line naming the association that embeds the widget.
    pub offered_by: fn(&str) -> String,
    /// The accessible name of the list of tools.
    pub tools_label: &'static str,
    /// The short name of a tool on its tab.
    pub tool_name: fn(Tool) -> &'static str,
    /// The footer's privacy line.
    pub privacy: &'static str,
    pub clear_data: &'static str,
    /// Asked before clearing, next to the confirm and cancel buttons.
    pub clear_confirm_question: &'static str,
    pub clear_confirm: &'static str,
    pub clear_cancel: &'static str,
    /// Announced and shown once the data is cleared.
    pub cleared: &'static str,
    /// "Questions? Write to …": the contact line when the host gives an e-mail address.
    pub contact: &'static str,
    /// The note shown when the host page configured the widget wrongly in a way that matters to the user.
    pub ignored_settings: &'static str,
    /// Why one ignored attribute matters, by attribute name (`apply-url`, `credentials`, `tools`).
    pub ignored_setting: fn(&str) -> &'static str,
    /// The error summary's heading.
    pub error_summary_title: &'static str,
    /// Shown by a tool when saved answers could not be read and were set aside.
    pub storage_set_aside: &'static str,
    /// Prefix of a field error for screen readers ("Error:").
    pub error_prefix: &'static str,
    /// Marks an optional field's label.
    pub optional: &'static str,
}
