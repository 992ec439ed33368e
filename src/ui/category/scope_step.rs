//! Question 2: the scope of the main role, which picks the category (categories follow the role).

use crate::i18n::Texts;
use crate::i18n::category_tool::Field;
use crate::rules::model::RoleScope;
use crate::ui::category::question::{StepProps, error_for, field_id};
use crate::ui::category::state::Answer;
use crate::ui::widgets::{Choice, Choices, RadioGroup};
use yew::prelude::*;

pub fn scope_step(texts: &Texts, props: &StepProps) -> Html {
    let t = texts.category_tool;
    let options: Vec<Choice<RoleScope>> = RoleScope::ALL
        .into_iter()
        .map(|s| Choice::new(s, (t.scope_choice)(s)).with_hint((t.scope_choice_hint)(s)))
        .collect();
    let on_change = props.on_answer.reform(Answer::Scope);
    html! {
        <RadioGroup
            id={field_id(Field::Scope)}
            legend={t.scope_question}
            hint={AttrValue::Static(t.scope_hint)}
            error={error_for(t, props.errors, Field::Scope)}
            legend_is_heading=true
            choices={Choices::new(options, props.drafts.scope, on_change)}
        />
    }
}
