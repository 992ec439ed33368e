//! The result's buttons: check this category's requirements, change the answers, start again.

use crate::fill;
use crate::i18n::{Locale, Msg};
use yew::prelude::*;

pub struct ResultActionsProps<'a> {
    /// The category's title, for the checker button; `None` where there is no hand-over (no checker on
    /// the page, or a credential this association does not give).
    pub check: Option<&'a str>,
    pub on_check: Callback<()>,
    pub on_review: Callback<()>,
    pub on_restart: Callback<()>,
}

pub fn result_actions(t: Locale, props: &ResultActionsProps) -> Html {
    html! {
        <div class="category-actions category-actions--result">
            if let Some(title) = props.check {
                { button("en-button category-check", fill!(t, CategoryToolCheckButton, category = title), &props.on_check) }
            }
            { button("en-button en-button--secondary", t.text(Msg::CategoryToolChangeAnswers).to_owned(), &props.on_review) }
            { button("en-button en-button--secondary", t.text(Msg::CategoryToolStartAgain).to_owned(), &props.on_restart) }
        </div>
    }
}

/// One button; the callback carries nothing of the click.
fn button(class: &'static str, label: String, on: &Callback<()>) -> Html {
    let onclick = on.reform(|_: MouseEvent| ());
    html! { <button type="button" {class} {onclick}>{ label }</button> }
}
