//! Question 2: the scope of the main role, which picks the category (categories follow the role).

use crate::i18n::category_tool;
use crate::i18n::category_tool::Field;
use crate::i18n::{Locale, Msg};
use crate::rules::model::RoleScope;
use crate::ui::category::question::StepProps;
use crate::ui::category::state::Answer;
use crate::ui::widgets::field_error;
use crate::ui::widgets::{Choice, Choices, RadioGroup};
use yew::prelude::*;

pub fn scope_step(t: Locale, props: &StepProps) -> Html {
    let options: Vec<Choice<RoleScope>> = RoleScope::ALL
        .into_iter()
        .map(|s| {
            Choice::new(s, t.text(category_tool::scope_choice(s)))
                .with_hint(t.text(category_tool::scope_choice_hint(s)))
        })
        .collect();
    let on_change = props.on_answer.reform(Answer::Scope);
    html! {
        <RadioGroup
            id={Field::Scope.id()}
            legend={t.text(Msg::CategoryToolScopeQuestion)}
            hint={AttrValue::Static(t.text(Msg::CategoryToolScopeHint))}
            error={field_error(t, props.errors, Field::Scope)}
            legend_is_heading=true
            choices={Choices::new(options, props.drafts.scope, on_change)}
        />
    }
}
