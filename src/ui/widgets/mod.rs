//! Small shared components for the tools: form fields, an error summary, a progress bar and notices.
//! One component per file; every prop struct is named `XProps`.
//!
//! Conventions shared by the fields:
//! - `id` is the id of the focusable control (for a radio group: its first radio): a form field's is
//!   [`crate::forms::Field::id`], so an [`ErrorSummary`] of the forms' `FieldError`s links straight to it,
//!   and [`field_error`] gives the message the field shows. Ids must be unique inside the widget
//!   instance; prefix them with your tool (`rn-endorsed-on`).
//! - hint and error get ids `<id>-hint` and `<id>-error` and are referenced by `aria-describedby`;
//!   an error also sets `aria-invalid`.
//! - Number and date fields keep the raw text the user typed; parse it on submit.
//! - Callbacks carry values (`String`, `bool`, your `T` through [`Choices::new`]), never DOM events.
//! - Styles are in `www/styles/00-base.css` under the `en-` class prefix.

use crate::forms::FocusRequest;

mod checkbox;
mod date_field;
mod error_summary;
mod field;
mod notice;
mod number_field;
mod print_button;
mod progress_bar;
mod radio_group;
mod select_field;
mod text_field;

pub use checkbox::{Checkbox, CheckboxProps};
pub use date_field::{DateField, DateFieldProps};
pub use error_summary::{ErrorSummary, ErrorSummaryProps, field_error};
pub use field::{Choice, Choices, use_locale};
pub use notice::{Notice, NoticeKind, NoticeProps};
pub use number_field::{NumberField, NumberFieldProps};
pub use print_button::PrintButton;
pub use progress_bar::{Bar, ProgressBar, ProgressBarProps, bar};
pub use radio_group::{RadioGroup, RadioGroupProps};
pub use select_field::{SelectField, SelectFieldProps};
pub use text_field::{TextField, TextFieldProps};

/// Moves focus where the tool's state last asked, inside `root`: once per [`FocusRequest`], and never
/// before the person acts (a state starts without one), so the host page keeps its focus on load. The
/// one way the tools move focus.
#[yew::hook]
pub fn use_focus_request(root: &yew::NodeRef, focus: &Option<FocusRequest>) {
    let root = root.clone();
    yew::use_effect_with(focus.clone(), move |focus| {
        if let (Some(focus), Some(node)) = (focus, root.get()) {
            focus_by_id(&node, &focus.target);
        }
    });
}

/// Focuses the element with `id` in the same shadow root (or document) as `near`, and scrolls it into
/// view. Does nothing if there is no such element.
pub fn focus_by_id(near: &web_sys::Node, id: &str) {
    use wasm_bindgen::JsCast;
    let root = near.get_root_node();
    let target = if let Some(shadow) = root.dyn_ref::<web_sys::ShadowRoot>() {
        shadow.get_element_by_id(id)
    } else if let Some(document) = root.dyn_ref::<web_sys::Document>() {
        document.get_element_by_id(id)
    } else {
        None
    };
    if let Some(element) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}
