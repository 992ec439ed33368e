//! Question 3: the highest degree, the gate of the post-graduate categories.

use crate::i18n::Texts;
use crate::i18n::category_tool::Field;
use crate::rules::model::DegreeLevel;
use crate::ui::category::question::{StepProps, error_for, field_id};
use crate::ui::category::state::Answer;
use crate::ui::widgets::{Choice, Choices, RadioGroup};
use yew::prelude::*;

pub fn degree_step(texts: &Texts, props: &StepProps) -> Html {
    let t = texts.category_tool;
    let options: Vec<Choice<DegreeLevel>> = DegreeLevel::ALL
        .into_iter()
        .map(|d| Choice::new(d, (t.degree_choice)(d)).with_hint((t.degree_choice_hint)(d)))
        .collect();
    let on_change = props.on_answer.reform(Answer::Degree);
    html! {
        <RadioGroup
            id={field_id(Field::Degree)}
            legend={t.degree_question}
            hint={AttrValue::Static(t.degree_hint)}
            error={error_for(t, props.errors, Field::Degree)}
            legend_is_heading=true
            choices={Choices::new(options, props.drafts.degree, on_change)}
        />
    }
}
