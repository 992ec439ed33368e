//! The frame of an entry editor: heading, error summary, the fields (children), "Save" and "Cancel".
//! A `<form>`, so Enter in a text field saves the entry.

use super::state::{Field, FieldError, Section};
use crate::i18n::checker::CheckerTexts;
use crate::ui::env::Env;
use crate::ui::widgets::{self, ErrorSummary};
use yew::prelude::*;

/// The message of `field`'s error, if it has one.
pub fn error_for(t: &CheckerTexts, errors: &[FieldError], field: Field) -> Option<AttrValue> {
    errors
        .iter()
        .find(|e| e.field == field)
        .map(|e| AttrValue::Static((t.error)(e.field, e.problem)))
}

pub struct EditorFrameProps<'a> {
    pub section: Section,
    pub heading: &'a str,
    pub errors: &'a [FieldError],
    /// Failed saves so far; each one moves focus to the error summary again.
    pub attempts: u32,
    pub on_save: &'a Callback<()>,
    pub on_cancel: &'a Callback<()>,
    pub children: Html,
}

pub fn editor_frame(env: &Env, props: EditorFrameProps<'_>) -> Html {
    let t = env.texts().checker;
    let heading_id = props.section.editor_heading_id();
    let summary: Vec<widgets::FieldError> = props
        .errors
        .iter()
        .map(|e| widgets::FieldError::new(e.field.id(), (t.error)(e.field, e.problem)))
        .collect();
    let onsubmit = props.on_save.reform(|e: SubmitEvent| {
        e.prevent_default();
    });
    let on_cancel = props.on_cancel.reform(|_: MouseEvent| ());
    html! {
        <form class="chk-editor" novalidate=true aria-labelledby={heading_id.clone()} {onsubmit}>
            <h4 id={heading_id} tabindex="-1">{ props.heading.to_owned() }</h4>
            <ErrorSummary errors={summary} title={AttrValue::Static(t.error_summary_title)} serial={props.attempts} />
            { props.children }
            <div class="en-button-row chk-editor__actions">
                <button type="submit" class="en-button" id={format!("chk-{}-save", props.section.id())}>{ t.save }</button>
                <button type="button" class="en-button en-button--secondary" id={format!("chk-{}-cancel", props.section.id())} onclick={on_cancel}>{ t.cancel }</button>
            </div>
        </form>
    }
}
