//! Prevention (and "not sure"): how many families the person has served.

use crate::i18n::Texts;
use crate::i18n::category_tool::Field;
use crate::ui::category::number_question::{NumberQuestion, number_question};
use crate::ui::category::question::{StepProps, error_for};
use crate::ui::category::state::Answer;
use yew::Html;

pub fn families_step(texts: &Texts, props: &StepProps) -> Html {
    let t = texts.category_tool;
    number_question(NumberQuestion {
        field: Field::FamiliesServed,
        question: t.families_question,
        hint: t.families_hint,
        value: &props.drafts.families_served,
        error: error_for(t, props.errors, Field::FamiliesServed),
        unit: t.families_unit,
        integer: true,
        on_input: props.on_answer.reform(Answer::FamiliesServed),
    })
}
