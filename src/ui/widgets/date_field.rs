//! A date input (`type="date"`). The value is `YYYY-MM-DD` text, kept as the browser gives it; an
//! incomplete date reads as empty text, so validate on submit and say which date is missing.

use super::text_field::TextField;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct DateFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// `YYYY-MM-DD` or empty.
    pub value: AttrValue,
    pub on_input: Callback<String>,
    #[prop_or_default]
    pub optional: bool,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub input_ref: NodeRef,
}

#[function_component]
pub fn DateField(props: &DateFieldProps) -> Html {
    html! {
        <TextField
            id={props.id.clone()}
            label={props.label.clone()}
            hint={props.hint.clone()}
            error={props.error.clone()}
            value={props.value.clone()}
            on_input={props.on_input.clone()}
            input_type={AttrValue::Static("date")}
            autocomplete={AttrValue::Static("off")}
            optional={props.optional}
            input_class={classes!("en-input--date")}
            class={classes!("en-field--date", props.class.clone())}
            input_ref={props.input_ref.clone()}
        />
    }
}
