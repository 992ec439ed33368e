//! The frame every question step shares: back link, error summary, the question itself, and Continue.
//!
//! It is a `<form>` so that Enter in a number field continues, as on any web form; the submit never
//! leaves the page.

use crate::i18n::{Locale, Msg};
use crate::ui::category::back_link::back_link;
use crate::ui::category::state::{Answer, Drafts, ERROR_SUMMARY_ID, FieldError};
use crate::ui::widgets::ErrorSummary;
use yew::prelude::*;

pub struct Question<'a> {
    pub errors: &'a [FieldError],
    /// `None` on the first question, which has nowhere to go back to.
    pub on_back: Option<&'a Callback<()>>,
    pub on_continue: &'a Callback<()>,
    /// Defaults to "Continue".
    pub continue_label: Option<&'static str>,
    /// This question's place among those the answers so far lead to; only its number is shown ("Question 3"),
    /// since the total changes with the answers.
    pub position: Option<(usize, usize)>,
}

/// The frame around `body` (the question's fields).
pub fn question(t: Locale, props: Question, body: Html) -> Html {
    let onsubmit = props.on_continue.reform(|e: SubmitEvent| {
        e.prevent_default();
    });
    html! {
        <div class="category-question">
            if let Some(on_back) = props.on_back {
                { back_link(t.text(Msg::CategoryToolBack), on_back) }
            }
            // The question's number only: the number of questions changes with the answers.
            if let Some((n, _)) = props.position {
                <p class="category-question__position">{ crate::fill!(t, CategoryToolQuestionOf, n = n) }</p>
            }
            <ErrorSummary errors={props.errors.to_vec()} id={ERROR_SUMMARY_ID} />
            <form class="category-question__form" novalidate=true {onsubmit}>
                { body }
                <div class="category-actions">
                    <button type="submit" class="en-button">
                        { props.continue_label.unwrap_or(t.text(Msg::CategoryToolContinueLabel)) }
                    </button>
                </div>
            </form>
        </div>
    }
}

/// What every question step receives: the drafts, the step's errors, and where answers go.
pub struct StepProps<'a> {
    pub drafts: &'a Drafts,
    pub errors: &'a [FieldError],
    pub on_answer: &'a Callback<Answer>,
}
