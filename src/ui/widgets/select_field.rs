//! A labelled `<select>` over domain values.

use super::field::{Choices, described_by, error_line, field_classes, hint_line, use_locale};
use crate::i18n::Msg;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct SelectFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// Nothing selected shows the placeholder (or the first option when there is none).
    pub choices: Choices,
    /// A first, unselectable option such as "Choose…"; shown while nothing is selected.
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

#[function_component]
pub fn SelectField(props: &SelectFieldProps) -> Html {
    let t = use_locale();
    let id = props.id.as_str();
    let choices = &props.choices;
    // Option values are positions in `choices.options`; the placeholder's value "" is not a position.
    let onchange = {
        let on_pick = choices.on_pick.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Ok(i) = select.value().parse::<usize>() {
                on_pick.emit(i);
            }
        })
    };
    let selected = choices.selected;
    html! {
        <div class={field_classes("en-field--select", props.error.is_some())}>
            <label class="en-label" for={props.id.clone()}>{ props.label.clone() }</label>
            { hint_line(id, &props.hint) }
            { error_line(id, &props.error, t.text(Msg::ShellErrorPrefix)) }
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
                { for choices.options.iter().enumerate().map(|(i, c)| html! {
                    <option value={i.to_string()} selected={selected == Some(i)}>{ c.label.clone() }</option>
                }) }
            </select>
        </div>
    }
}
