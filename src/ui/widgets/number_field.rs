//! A number input that keeps exactly what was typed ("1,5", "ten"), so nothing is lost on a parse error.
//! It is a text input with a numeric keyboard: `type="number"` would hide invalid text from the app.

use super::text_field::TextField;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct NumberFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// The raw text.
    pub value: AttrValue,
    pub on_input: Callback<String>,
    /// Whole numbers only (a numeric keyboard without a decimal key).
    #[prop_or_default]
    pub integer: bool,
    /// A unit shown after the input ("hours", "families").
    #[prop_or_default]
    pub suffix: Option<AttrValue>,
    #[prop_or_default]
    pub optional: bool,
    /// The label as the page's heading; see [`super::TextFieldProps::heading`].
    #[prop_or_default]
    pub heading: Option<AttrValue>,
}

#[function_component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let inputmode = if props.integer { "numeric" } else { "decimal" };
    html! {
        <TextField
            id={props.id.clone()}
            label={props.label.clone()}
            hint={props.hint.clone()}
            error={props.error.clone()}
            value={props.value.clone()}
            on_input={props.on_input.clone()}
            inputmode={AttrValue::Static(inputmode)}
            autocomplete={AttrValue::Static("off")}
            suffix={props.suffix.clone()}
            optional={props.optional}
            input_class="en-input--short"
            class="en-field--number"
            heading={props.heading.clone()}
        />
    }
}
