//! Clinical, policy, research: years as a practice leader, the mentors' gate.

use crate::i18n::Texts;
use crate::i18n::category_tool::Field;
use crate::ui::category::number_question::{NumberQuestion, number_question};
use crate::ui::category::question::{StepProps, error_for};
use crate::ui::category::state::Answer;
use yew::Html;

pub fn leader_step(texts: &Texts, props: &StepProps) -> Html {
    let t = texts.category_tool;
    number_question(NumberQuestion {
        field: Field::LeaderYears,
        question: t.leader_question,
        hint: t.leader_hint,
        value: &props.drafts.leader_years,
        error: error_for(t, props.errors, Field::LeaderYears),
        unit: t.years_unit,
        integer: false,
        on_input: props.on_answer.reform(Answer::LeaderYears),
    })
}
