//! A labelled `<progress>` with the numbers in words beside it (no inline style: the bar is native), and
//! [`bar`], the one `<progress>` element every bar in the widget is.

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
}

/// The `value` and `max` of a `<progress>` for `have` of `need`. The element rejects a max of 0 and a
/// negative or NaN value, so a requirement of 0 (or no finite need) shows as complete, and `have` is kept
/// between 0 and the need.
fn bar_range(have: f64, need: f64) -> (f64, f64) {
    if need.is_finite() && need > 0.0 {
        (have.clamp(0.0, need), need)
    } else {
        (1.0, 1.0)
    }
}

/// One `<progress>` element: `have` of `need`, clamped by [`bar_range`], with the numbers in words as
/// its accessible value and its fallback content.
pub struct Bar<'a> {
    pub class: &'static str,
    pub id: Option<String>,
    /// The id of the element naming the bar, where no `<label>` does.
    pub labelled_by: Option<String>,
    /// The id of the element showing `text`.
    pub text_id: String,
    pub have: f64,
    pub need: f64,
    pub text: &'a str,
}

pub fn bar(b: Bar<'_>) -> Html {
    let (value, max) = bar_range(b.have, b.need);
    html! {
        <progress class={b.class} id={b.id} value={crate::forms::input_text(value)} max={crate::forms::input_text(max)}
            aria-labelledby={b.labelled_by} aria-describedby={b.text_id} aria-valuetext={b.text.to_owned()}>{ b.text.to_owned() }</progress>
    }
}

#[function_component]
pub fn ProgressBar(props: &ProgressBarProps) -> Html {
    let text_id = format!("{}-text", props.id);
    html! {
        <div class={classes!("en-progress", props.done.then_some("en-progress--done"))}>
            <div class="en-progress__head">
                <label class="en-progress__label" for={props.id.clone()}>{ props.label.clone() }</label>
                <span class="en-progress__text" id={text_id.clone()}>{ props.text.clone() }</span>
            </div>
            { bar(Bar {
                class: "en-progress__bar",
                id: Some(props.id.to_string()),
                labelled_by: None,
                text_id,
                have: props.value,
                need: props.max,
                text: &props.text,
            }) }
        </div>
    }
}
