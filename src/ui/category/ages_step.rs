//! Question 1: the ages the person works with, which decide the credential (IMH-E, ECMH-E or both).

use crate::i18n::category_tool;
use crate::i18n::category_tool::{AgesChoice, Field};
use crate::i18n::{Locale, Msg};
use crate::ui::category::question::StepProps;
use crate::ui::category::state::Answer;
use crate::ui::widgets::field_error;
use crate::ui::widgets::{Choice, Choices, RadioGroup};
use yew::prelude::*;

pub fn ages_step(t: Locale, props: &StepProps) -> Html {
    let options: Vec<Choice<AgesChoice>> = [
        AgesChoice::Infant,
        AgesChoice::EarlyChildhood,
        AgesChoice::Both,
    ]
    .into_iter()
    .map(|a| {
        Choice::new(a, t.text(category_tool::ages_choice(a)))
            .with_hint(t.text(category_tool::ages_choice_hint(a)))
    })
    .collect();
    let on_change = props.on_answer.reform(Answer::Ages);
    html! {
        <RadioGroup
            id={Field::Ages.id()}
            legend={t.text(Msg::CategoryToolAgesQuestion)}
            hint={AttrValue::Static(t.text(Msg::CategoryToolAgesHint))}
            error={field_error(t, props.errors, Field::Ages)}
            legend_is_heading=true
            choices={Choices::new(options, props.drafts.ages, on_change)}
        />
    }
}
