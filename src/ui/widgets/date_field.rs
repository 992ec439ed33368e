//! The one date input of the widget, used by every tool: a text input read by `forms::parse_date` the
//! way the visitor's language writes dates (day first, or in words), with the same format hint everywhere.
//!
//! Not `type="date"`: the browser's picker shows the browser's regional order (month first in the US),
//! which would contradict the widget's language and its hint, and it hides what was typed until it
//! is a complete date, so a draft could not keep the raw text or say which part is wrong.

use super::text_field::TextField;
use crate::i18n::Msg;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct DateFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// What the date is about ("the date on your endorsement letter"); the format hint follows it.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// The raw text, kept as typed.
    pub value: AttrValue,
    pub on_input: Callback<String>,
    #[prop_or_default]
    pub optional: bool,
}

#[function_component]
pub fn DateField(props: &DateFieldProps) -> Html {
    let format = super::use_locale().text(Msg::CheckerDateHint);
    let hint = match &props.hint {
        Some(about) => format!("{about} {format}"),
        None => format.to_owned(),
    };
    html! {
        <TextField
            id={props.id.clone()}
            label={props.label.clone()}
            hint={AttrValue::from(hint)}
            error={props.error.clone()}
            value={props.value.clone()}
            on_input={props.on_input.clone()}
            autocomplete={AttrValue::Static("off")}
            optional={props.optional}
            input_class="en-input--date"
            class="en-field--date"
        />
    }
}
