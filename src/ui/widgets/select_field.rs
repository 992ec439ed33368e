//! A labelled `<select>` over domain values.

use super::field::{Choice, described_by, error_line, field_classes, hint_line, use_shell_texts};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct SelectFieldProps<T: Clone + PartialEq + 'static> {
    pub id: AttrValue,
    pub label: AttrValue,
    pub options: Vec<Choice<T>>,
    /// `None` selects the placeholder (or the first option when there is none).
    pub selected: Option<T>,
    pub on_change: Callback<T>,
    /// A first, unselectable option such as "Choose…"; shown while nothing is selected.
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
}

#[function_component]
pub fn SelectField<T: Clone + PartialEq + 'static>(props: &SelectFieldProps<T>) -> Html {
    let texts = use_shell_texts();
    let id = props.id.as_str();
    let onchange = {
        let on_change = props.on_change.clone();
        let options = props.options.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            // Option values are indexes into `options`; the placeholder has the value "".
            if let Some(choice) = select
                .value()
                .parse::<usize>()
                .ok()
                .and_then(|i| options.get(i))
            {
                on_change.emit(choice.value.clone());
            }
        })
    };
    let selected = props
        .selected
        .as_ref()
        .and_then(|s| props.options.iter().position(|c| &c.value == s));
    html! {
        <div class={field_classes("en-field--select", props.error.is_some(), &props.class)}>
            <label class="en-label" for={props.id.clone()}>{ props.label.clone() }</label>
            { hint_line(id, &props.hint) }
            { error_line(id, &props.error, texts.error_prefix) }
            <select
                class={classes!("en-select", props.error.is_some().then_some("en-input--error"))}
                id={props.id.clone()}
                name={props.id.clone()}
                aria-describedby={described_by(id, props.hint.is_some(), props.error.is_some())}
                aria-invalid={props.error.is_some().then_some("true")}
                {onchange}
            >
                if let Some(placeholder) = &props.placeholder {
                    <option value="" disabled=true selected={selected.is_none()}>{ placeholder.clone() }</option>
                }
                { for props.options.iter().enumerate().map(|(i, c)| html! {
                    <option value={i.to_string()} selected={selected == Some(i)}>{ c.label.clone() }</option>
                }) }
            </select>
        </div>
    }
}
