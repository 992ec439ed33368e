//! A question answered with one number, whose label is the step's heading (GOV.UK's "label as page
//! heading"). The raw text is kept as typed and parsed on Continue.

use crate::i18n::category_tool::Field;
use crate::ui::category::question::field_id;
use web_sys::HtmlInputElement;
use yew::prelude::*;

pub struct NumberQuestion<'a> {
    pub field: Field,
    pub question: &'static str,
    pub hint: &'static str,
    pub value: &'a str,
    pub error: Option<AttrValue>,
    /// Read before the error by screen readers.
    pub error_prefix: &'static str,
    /// "years", "families".
    pub unit: &'static str,
    /// Whole numbers only (families).
    pub integer: bool,
    pub on_input: Callback<String>,
}

pub fn number_question(props: NumberQuestion) -> Html {
    let id = field_id(props.field);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let unit_id = format!("{id}-unit");
    let mut described = vec![hint_id.clone()];
    if props.error.is_some() {
        described.push(error_id.clone());
    }
    described.push(unit_id.clone());
    let oninput = props.on_input.reform(|e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        input.value()
    });
    html! {
        <div class={classes!("en-field", "en-field--number", props.error.is_some().then_some("en-field--error"))}>
            <h3 class="category-heading" tabindex="-1">
                <label class="category-heading__label" for={id}>{ props.question }</label>
            </h3>
            <div class="en-hint" id={hint_id}>{ props.hint }</div>
            if let Some(error) = &props.error {
                <div class="en-error" id={error_id}>
                    <span class="en-visually-hidden">{ props.error_prefix }{ " " }</span>{ error.clone() }
                </div>
            }
            <div class="en-input-row">
                <input
                    class={classes!("en-input", "en-input--short", props.error.is_some().then_some("en-input--error"))}
                    id={id}
                    name={id}
                    type="text"
                    inputmode={if props.integer { "numeric" } else { "decimal" }}
                    autocomplete="off"
                    spellcheck="false"
                    value={props.value.to_owned()}
                    aria-describedby={described.join(" ")}
                    aria-invalid={props.error.is_some().then_some("true")}
                    {oninput}
                />
                <span class="en-suffix" id={unit_id}>{ props.unit }</span>
            </div>
        </div>
    }
}
