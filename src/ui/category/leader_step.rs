//! Clinical, policy, research: years as a practice leader, the mentors' gate.

use crate::i18n::category_tool::Field;
use crate::ui::category::number_question::NumberQuestion;
use crate::ui::category::question::{StepProps, error_for};
use crate::ui::category::state::Answer;
use crate::ui::category::use_texts;
use yew::prelude::*;

#[function_component]
pub fn LeaderStep(props: &StepProps) -> Html {
    let t = use_texts().category_tool;
    html! {
        <NumberQuestion
            field={Field::LeaderYears}
            question={t.leader_question}
            hint={t.leader_hint}
            value={props.drafts.leader_years.clone()}
            error={error_for(t, &props.errors, Field::LeaderYears)}
            error_prefix={t.error_prefix}
            unit={t.years_unit}
            on_input={props.on_answer.reform(Answer::LeaderYears)}
        />
    }
}
