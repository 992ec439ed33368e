//! Question 1: the ages the person works with, which decide the credential (IMH-E, ECMH-E or both).

use crate::i18n::Texts;
use crate::i18n::category_tool::{AgesChoice, Field};
use crate::ui::category::question::{StepProps, error_for, field_id};
use crate::ui::category::state::Answer;
use crate::ui::widgets::{Choice, Choices, RadioGroup};
use yew::prelude::*;

pub fn ages_step(texts: &Texts, props: &StepProps) -> Html {
    let t = texts.category_tool;
    let options: Vec<Choice<AgesChoice>> = [
        AgesChoice::Infant,
        AgesChoice::EarlyChildhood,
        AgesChoice::Both,
    ]
    .into_iter()
    .map(|a| Choice::new(a, (t.ages_choice)(a)).with_hint((t.ages_choice_hint)(a)))
    .collect();
    let on_change = props.on_answer.reform(Answer::Ages);
    html! {
        <RadioGroup
            id={field_id(Field::Ages)}
            legend={t.ages_question}
            hint={AttrValue::Static(t.ages_hint)}
            error={error_for(t, props.errors, Field::Ages)}
            legend_is_heading=true
            choices={Choices::new(options, props.drafts.ages, on_change)}
        />
    }
}
