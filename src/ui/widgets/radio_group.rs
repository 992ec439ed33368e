//! A question with one answer: `<fieldset>` + `<legend>` + radios with optional hints.

use super::field::{Choices, described_by, error_line, hint_line, use_locale};
use crate::i18n::Msg;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct RadioGroupProps {
    /// The first radio's id (what an error summary links to) and the group's `name`; the other radios
    /// get `<id>-1`, `<id>-2`…
    pub id: AttrValue,
    pub legend: AttrValue,
    pub choices: Choices,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// Renders the legend as an `<h3>` (a one-question step whose question is the heading), with the id
    /// `<id>-heading` and `tabindex="-1"` so that a focus request can name it.
    #[prop_or_default]
    pub legend_is_heading: bool,
    /// Lays short options side by side ("Yes" / "No").
    #[prop_or_default]
    pub inline: bool,
}

/// The id of the radio at `index` in a group whose id is `id`.
pub fn radio_id(id: &str, index: usize) -> String {
    if index == 0 {
        id.to_owned()
    } else {
        format!("{id}-{index}")
    }
}

#[function_component]
pub fn RadioGroup(props: &RadioGroupProps) -> Html {
    let t = use_locale();
    let id = props.id.as_str();
    let fieldset_id = format!("{id}-group");
    let legend = if props.legend_is_heading {
        html! { <h3 class="en-legend__heading" id={format!("{id}-heading")} tabindex="-1">{ props.legend.clone() }</h3> }
    } else {
        html! { <span>{ props.legend.clone() }</span> }
    };
    let choices = &props.choices;
    let options = choices.options.iter().enumerate().map(|(i, choice)| {
        let radio = radio_id(id, i);
        let onchange = choices.on_pick.reform(move |_: Event| i);
        let checked = choices.selected == Some(i);
        html! {
            <div class="en-choice en-choice--radio" key={radio.clone()}>
                <input
                    class="en-choice__input"
                    type="radio"
                    id={radio.clone()}
                    name={props.id.clone()}
                    value={i.to_string()}
                    {checked}
                    aria-describedby={choice.hint.as_ref().map(|_| format!("{radio}-hint"))}
                    {onchange}
                />
                <div class="en-choice__text">
                    <label class="en-choice__label" for={radio.clone()}>{ choice.label.clone() }</label>
                    { hint_line(&radio, &choice.hint) }
                </div>
            </div>
        }
    });
    html! {
        <fieldset
            id={fieldset_id.clone()}
            class={classes!("en-fieldset", props.error.is_some().then_some("en-field--error"))}
            aria-describedby={described_by(&fieldset_id, props.hint.is_some(), props.error.is_some())}
        >
            <legend class={classes!("en-legend", props.legend_is_heading.then_some("en-legend--heading"))}>{ legend }</legend>
            { hint_line(&fieldset_id, &props.hint) }
            { error_line(&fieldset_id, &props.error, t.text(Msg::ShellErrorPrefix)) }
            <div class={classes!("en-choices", props.inline.then_some("en-choices--inline"))}>
                { for options }
            </div>
        </fieldset>
    }
}
