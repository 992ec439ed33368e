//! A labelled `<progress>` with the numbers in words beside it (no inline style: the bar is native).

use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct ProgressBarProps {
    /// Unique inside the widget; the `<progress>` gets this id.
    pub id: AttrValue,
    /// What is measured ("Training hours").
    pub label: AttrValue,
    pub value: f64,
    pub max: f64,
    /// The numbers in words ("10 of 30 hours"), shown and used as the accessible value.
    pub text: AttrValue,
    /// Marks the bar as complete (the success colour).
    #[prop_or_default]
    pub done: bool,
    #[prop_or_default]
    pub class: Classes,
}

#[function_component]
pub fn ProgressBar(props: &ProgressBarProps) -> Html {
    // `<progress>` rejects a max of 0 or a negative/NaN value; a requirement of 0 counts as complete.
    let max = if props.max.is_finite() && props.max > 0.0 {
        props.max
    } else {
        1.0
    };
    let value = if props.max.is_finite() && props.max > 0.0 {
        props.value.clamp(0.0, max)
    } else {
        1.0
    };
    let text_id = format!("{}-text", props.id);
    html! {
        <div class={classes!("en-progress", props.done.then_some("en-progress--done"), props.class.clone())}>
            <div class="en-progress__head">
                <label class="en-progress__label" for={props.id.clone()}>{ props.label.clone() }</label>
                <span class="en-progress__text" id={text_id.clone()}>{ props.text.clone() }</span>
            </div>
            <progress
                class="en-progress__bar"
                id={props.id.clone()}
                value={crate::forms::input_text(value)}
                max={crate::forms::input_text(max)}
                aria-valuetext={props.text.clone()}
                aria-describedby={text_id}
            >{ props.text.clone() }</progress>
        </div>
    }
}
