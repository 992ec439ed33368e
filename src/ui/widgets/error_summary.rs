//! The list of problems at the top of a form, each linking to its field. It takes focus when it appears
//! (or changes) so keyboard and screen-reader users land on it after submitting.

use super::field::use_locale;
use crate::i18n::Msg;
use yew::prelude::*;

/// One problem: the id of the field to focus, and the message (the same words as next to the field).
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    pub id: AttrValue,
    pub message: AttrValue,
}

impl FieldError {
    pub fn new(id: impl Into<AttrValue>, message: impl Into<AttrValue>) -> Self {
        FieldError {
            id: id.into(),
            message: message.into(),
        }
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct ErrorSummaryProps {
    /// Nothing is rendered while empty.
    pub errors: Vec<FieldError>,
    /// Defaults to "There is a problem".
    #[prop_or_default]
    pub title: Option<AttrValue>,
    /// Increase it on each submit so the summary takes focus again even if the errors are the same.
    #[prop_or_default]
    pub serial: u32,
    /// The summary's own id, for a tool that moves focus to it itself.
    #[prop_or_default]
    pub id: Option<AttrValue>,
    /// Whether the summary takes focus when it appears or changes (the default). A form whose inline
    /// errors update as the person types turns it off: a summary that grabbed focus on every change would
    /// pull them out of the field they are fixing; that tool focuses it on submit instead.
    #[prop_or(true)]
    pub takes_focus: bool,
}

#[function_component]
pub fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
    let t = use_locale();
    let root = use_node_ref();
    {
        let root = root.clone();
        let takes_focus = props.takes_focus;
        use_effect_with((props.errors.clone(), props.serial), move |(errors, _)| {
            if takes_focus
                && !errors.is_empty()
                && let Some(element) = root.cast::<web_sys::HtmlElement>()
            {
                let _ = element.focus();
            }
        });
    }
    if props.errors.is_empty() {
        return Html::default();
    }
    let title = props
        .title
        .clone()
        .unwrap_or(AttrValue::Static(t.text(Msg::ShellErrorSummaryTitle)));
    let items: Vec<Html> = props
        .errors
        .iter()
        .map(|error| {
            let onclick = {
                let root = root.clone();
                let id = error.id.clone();
                Callback::from(move |e: MouseEvent| {
                    // The href alone would scroll the host page's URL fragment, which cannot reach into the
                    // shadow root; focus the field directly instead.
                    e.prevent_default();
                    if let Some(node) = root.get() {
                        super::focus_by_id(&node, &id);
                    }
                })
            };
            html! {
                <li><a href={format!("#{}", error.id)} {onclick}>{ error.message.clone() }</a></li>
            }
        })
        .collect();
    // Unique per summary because it derives from the first field's id.
    let title_id = format!("{}-summary-title", props.errors[0].id);
    html! {
        <div class="en-error-summary" id={props.id.clone()} ref={root} tabindex="-1" aria-labelledby={title_id.clone()}>
            <h3 class="en-error-summary__title" id={title_id}>{ title }</h3>
            <ul class="en-error-summary__list">{ for items.into_iter() }</ul>
        </div>
    }
}
