//! A labelled text input with hint and error.

use super::field::{described_by, error_line, field_classes, hint_line, use_locale};
use crate::i18n::Msg;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct TextFieldProps {
    /// The input's id; `<id>-hint` and `<id>-error` are derived from it.
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// The raw text, kept as typed.
    pub value: AttrValue,
    /// Every keystroke's full text.
    pub on_input: Callback<String>,
    /// `numeric`, `decimal`, `email`…
    #[prop_or_default]
    pub inputmode: Option<AttrValue>,
    #[prop_or_default]
    pub autocomplete: Option<AttrValue>,
    /// Adds "(optional)" to the label.
    #[prop_or_default]
    pub optional: bool,
    /// A unit shown after the input ("hours").
    #[prop_or_default]
    pub suffix: Option<AttrValue>,
    /// Width class for the input: `en-input--short` (numbers, ~6 characters), `en-input--date`; full width
    /// by default.
    #[prop_or_default]
    pub input_class: Option<&'static str>,
    /// The wrapper's class for the kind of field: `en-field--text` by default.
    #[prop_or("en-field--text")]
    pub class: &'static str,
    /// Makes the label the page's heading, for a question page that asks one thing (GOV.UK's "label as
    /// page heading"): the label sits in an `<h3 class={heading}>` that takes focus on a new page, and has
    /// the class `{heading}__label`.
    #[prop_or_default]
    pub heading: Option<AttrValue>,
}

#[function_component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let t = use_locale();
    let id = props.id.as_str();
    let oninput = {
        let on_input = props.on_input.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_input.emit(input.value());
        })
    };
    let suffix_id = format!("{id}-suffix");
    let mut describedby = described_by(id, props.hint.is_some(), props.error.is_some())
        .map(|v| v.to_string())
        .unwrap_or_default();
    if props.suffix.is_some() {
        if !describedby.is_empty() {
            describedby.push(' ');
        }
        describedby.push_str(&suffix_id);
    }
    let input = html! {
        <input
            class={classes!("en-input", props.input_class, props.error.is_some().then_some("en-input--error"))}
            id={props.id.clone()}
            name={props.id.clone()}
            type="text"
            inputmode={props.inputmode.clone()}
            autocomplete={props.autocomplete.clone()}
            spellcheck={props.inputmode.is_some().then_some("false")}
            value={props.value.clone()}
            aria-describedby={(!describedby.is_empty()).then_some(describedby)}
            aria-invalid={props.error.is_some().then_some("true")}
            {oninput}
        />
    };
    let label_text = html! {
        <>
            { props.label.clone() }
            if props.optional { { " " }<span class="en-optional">{ t.text(Msg::ShellOptional) }</span> }
        </>
    };
    let label = match &props.heading {
        Some(heading) => html! {
            <h3 class={heading.clone()} id={format!("{id}-heading")} tabindex="-1">
                <label class={format!("{heading}__label")} for={props.id.clone()}>{ label_text }</label>
            </h3>
        },
        None => html! { <label class="en-label" for={props.id.clone()}>{ label_text }</label> },
    };
    html! {
        <div class={field_classes(props.class, props.error.is_some())}>
            { label }
            { hint_line(id, &props.hint) }
            { error_line(id, &props.error, t.text(Msg::ShellErrorPrefix)) }
            if let Some(suffix) = &props.suffix {
                <div class="en-input-row">
                    { input }
                    <span class="en-suffix" id={suffix_id.clone()}>{ suffix.clone() }</span>
                </div>
            } else {
                { input }
            }
        </div>
    }
}
