//! Clinical, policy, research: years as a practice leader, the mentors' gate.

use crate::i18n::category_tool::Field;
use crate::i18n::{Locale, Msg};
use crate::ui::category::number_question::{NumberQuestion, number_question};
use crate::ui::category::question::StepProps;
use crate::ui::category::state::Answer;
use crate::ui::widgets::field_error;
use yew::Html;

pub fn leader_step(t: Locale, props: &StepProps) -> Html {
    number_question(NumberQuestion {
        field: Field::LeaderYears,
        question: t.text(Msg::CategoryToolLeaderQuestion),
        hint: t.text(Msg::CategoryToolLeaderHint),
        value: &props.drafts.leader_years,
        error: field_error(t, props.errors, Field::LeaderYears),
        unit: t.text(Msg::CategoryToolYearsUnit),
        integer: false,
        on_input: props.on_answer.reform(Answer::LeaderYears),
    })
}
