//! Prevention (and "not sure"): how many families the person has served.

use crate::i18n::category_tool::Field;
use crate::i18n::{Locale, Msg};
use crate::ui::category::number_question::{NumberQuestion, number_question};
use crate::ui::category::question::StepProps;
use crate::ui::category::state::Answer;
use crate::ui::widgets::field_error;
use yew::Html;

pub fn families_step(t: Locale, props: &StepProps) -> Html {
    number_question(NumberQuestion {
        field: Field::FamiliesServed,
        question: t.text(Msg::CategoryToolFamiliesQuestion),
        hint: t.text(Msg::CategoryToolFamiliesHint),
        value: &props.drafts.families_served,
        error: field_error(t, props.errors, Field::FamiliesServed),
        unit: t.text(Msg::CategoryToolFamiliesUnit),
        integer: true,
        on_input: props.on_answer.reform(Answer::FamiliesServed),
    })
}
