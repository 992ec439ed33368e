//! Question 4: years in the kind of work of the main role (worded for that role).

use crate::i18n::category_tool;
use crate::i18n::category_tool::Field;
use crate::i18n::{Locale, Msg};
use crate::rules::model::RoleScope;
use crate::ui::category::number_question::{NumberQuestion, number_question};
use crate::ui::category::question::StepProps;
use crate::ui::category::state::Answer;
use crate::ui::widgets::field_error;
use yew::Html;

pub fn years_step(t: Locale, props: &StepProps) -> Html {
    let scope = props.drafts.scope.unwrap_or(RoleScope::NotSure);
    number_question(NumberQuestion {
        field: Field::YearsInScope,
        question: t.text(category_tool::years_question(scope)),
        hint: t.text(category_tool::years_hint(scope)),
        value: &props.drafts.years_in_scope,
        error: field_error(t, props.errors, Field::YearsInScope),
        unit: t.text(Msg::CategoryToolYearsUnit),
        integer: false,
        on_input: props.on_answer.reform(Answer::YearsInScope),
    })
}
