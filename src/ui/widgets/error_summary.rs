//! The list of problems at the top of a form, each linking to its field, fed by the forms' own
//! [`FieldError`]s; and the message a field shows beside itself for the same error. The summary does not
//! move focus itself: a tool's state asks for it with a [`crate::forms::FocusRequest`] to the summary's
//! `id` when a submit fails, so that focus moves only when the person acts, never as they type.

use super::field::use_locale;
use crate::forms::{Field, FieldError, first_problem};
use crate::i18n::{Locale, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct ErrorSummaryProps {
    /// Nothing is rendered while empty.
    pub errors: Vec<FieldError>,
    /// The summary's id, which focus requests name; its title's id derives from it.
    pub id: AttrValue,
}

/// The message of `field`'s error in `errors`, if it has one: what the field shows beside itself.
pub fn field_error(t: Locale, errors: &[FieldError], field: Field) -> Option<AttrValue> {
    let problem = first_problem(errors, field)?;
    Some(AttrValue::from(
        t.field_error(FieldError::new(field, problem)),
    ))
}

#[function_component]
pub fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
    let t = use_locale();
    if props.errors.is_empty() {
        return Html::default();
    }
    // The href alone would scroll the host page's URL fragment, which cannot reach into the shadow root;
    // focus the field directly instead. One handler for every link: the link's own hash names the field.
    let onclick = Callback::from(|e: MouseEvent| {
        use wasm_bindgen::JsCast;
        e.prevent_default();
        if let Some(link) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        {
            super::focus_by_id(&link, link.hash().trim_start_matches('#'));
        }
    });
    let items = props.errors.iter().map(|error| {
        html! {
            <li><a href={format!("#{}", error.field.id())} onclick={onclick.clone()}>{ t.summary_error(*error) }</a></li>
        }
    });
    let title_id = format!("{}-title", props.id);
    html! {
        <div class="en-error-summary" id={props.id.clone()} tabindex="-1" aria-labelledby={title_id.clone()}>
            <h3 class="en-error-summary__title" id={title_id}>{ t.text(Msg::ShellErrorSummaryTitle) }</h3>
            <ul class="en-error-summary__list">{ for items }</ul>
        </div>
    }
}
