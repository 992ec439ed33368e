//! The renewal form's list of problems, each linking to its field.
//!
//! Unlike the shared summary it never takes focus by itself: the inline errors update as the person types,
//! and a summary that grabbed focus on every change would pull them out of the field they are fixing. The
//! tool moves focus here only when "Show my renewal" finds problems.

use super::state::{ERROR_SUMMARY_ID, Field, FieldError};
use crate::fill;
use crate::i18n::{Locale, Msg};
use crate::ui::widgets::focus_by_id;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct ErrorSummaryProps {
    pub errors: Vec<FieldError>,
}

/// The label of a field, to name it in the summary.
fn field_label(t: Locale, field: Field) -> &'static str {
    match field {
        Field::Category => t.text(Msg::RenewalCategoryLabel),
        Field::EndorsedOn => t.text(Msg::RenewalEndorsedOnLabel),
        Field::MembershipExpires => t.text(Msg::RenewalMembershipLabel),
        Field::Lapsed => t.text(Msg::RenewalLapsedLabel),
        Field::EntryDate(_) => t.text(Msg::RenewalEntryDateLabel),
        Field::EntryHours(_) => t.text(Msg::RenewalEntryHoursLabel),
    }
}

#[function_component]
pub fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
    let t = crate::ui::widgets::use_locale();
    let root = use_node_ref();
    if props.errors.is_empty() {
        return Html::default();
    }
    let items: Vec<Html> = props
        .errors
        .iter()
        .map(|error| {
            let id = error.field.id();
            let onclick = {
                let root = root.clone();
                Callback::from(move |e: MouseEvent| {
                    // A fragment link cannot reach into the shadow root; focus the field directly.
                    e.prevent_default();
                    if let Some(node) = root.get() {
                        focus_by_id(&node, id);
                    }
                })
            };
            let text = fill!(
                t,
                RenewalErrorLink,
                field = field_label(t, error.field),
                problem = &t.problem(&error.problem),
            );
            html! { <li><a href={format!("#{id}")} {onclick}>{ text }</a></li> }
        })
        .collect();
    html! {
        <div class="en-error-summary" id={ERROR_SUMMARY_ID} ref={root} tabindex="-1" aria-labelledby="rn-error-summary-title">
            <h3 class="en-error-summary__title" id="rn-error-summary-title">{ t.text(Msg::RenewalErrorSummaryTitle) }</h3>
            <ul class="en-error-summary__list">{ for items }</ul>
        </div>
    }
}
