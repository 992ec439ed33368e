//! The frame every question step shares: back link, error summary, the question itself, and Continue.
//!
//! It is a `<form>` so that Enter in a number field continues, as on any web form; the submit never
//! leaves the page.

use crate::forms::category::FieldProblem;
use crate::forms::category::{Answer, Drafts};
use crate::i18n::category_tool;
use crate::i18n::category_tool::Field;
use crate::i18n::{Locale, Msg};
use crate::ui::category::back_link::back_link;
use crate::ui::widgets::{ErrorSummary, FieldError, para};
use yew::prelude::*;

/// The id of the control an error about `field` links to (a radio group's first radio).
pub fn field_id(field: Field) -> &'static str {
    match field {
        Field::Ages => "category-ages",
        Field::Scope => "category-scope",
        Field::Degree => "category-degree",
        Field::YearsInScope => "category-years",
        Field::FamiliesServed => "category-families",
        Field::Psychotherapy => "category-psychotherapy",
        Field::LeaderYears => "category-leader-years",
        Field::ProvidesRsc => "category-provides-rsc",
        Field::ProvidesRscYears => "category-provides-rsc-years",
        Field::EndorsedIn => "category-endorsed",
    }
}

/// The message for `field`, if the step's errors name it.
pub fn error_for(t: Locale, errors: &[FieldProblem], field: Field) -> Option<AttrValue> {
    errors
        .iter()
        .find(|e| e.field == field)
        .map(|e| AttrValue::Static(t.text(category_tool::error(e.field, e.problem))))
}

pub struct Question<'a> {
    pub errors: &'a [FieldProblem],
    /// Changes on every Continue, so the error summary takes focus again on a repeated mistake.
    pub serial: u32,
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
    let summary: Vec<FieldError> = props
        .errors
        .iter()
        .map(|e| {
            FieldError::new(
                field_id(e.field),
                t.text(category_tool::error(e.field, e.problem)),
            )
        })
        .collect();
    html! {
        <div class="category-question">
            if let Some(on_back) = props.on_back {
                { back_link(t.text(Msg::CategoryToolBack), on_back) }
            }
            // The question's number only: the number of questions changes with the answers.
            if let Some((n, _)) = props.position {
                { para("category-question__position", crate::fill!(t, CategoryToolQuestionOf, n = n)) }
            }
            <ErrorSummary errors={summary} title={AttrValue::Static(t.text(Msg::CategoryToolErrorSummaryTitle))} serial={props.serial} />
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
    pub errors: &'a [FieldProblem],
    pub on_answer: &'a Callback<Answer>,
}
