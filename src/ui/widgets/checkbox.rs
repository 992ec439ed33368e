//! One labelled checkbox with an optional hint.

use super::field::{described_by, hint_line};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct CheckboxProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub checked: bool,
    pub on_change: Callback<bool>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
}

#[function_component]
pub fn Checkbox(props: &CheckboxProps) -> Html {
    let id = props.id.as_str();
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_change.emit(input.checked());
        })
    };
    html! {
        <div class="en-choice en-choice--checkbox">
            <input
                class="en-choice__input"
                type="checkbox"
                id={props.id.clone()}
                name={props.id.clone()}
                checked={props.checked}
                aria-describedby={described_by(id, props.hint.is_some(), false)}
                {onchange}
            />
            <div class="en-choice__text">
                <label class="en-choice__label" for={props.id.clone()}>{ props.label.clone() }</label>
                { hint_line(id, &props.hint) }
            </div>
        </div>
    }
}
