//! Clinical (and "not sure"): whether the person provides relationship-focused parent-infant/child
//! psychotherapy, the work the Mental Health Specialist category is for. "I'm not sure" is a real answer.

use crate::i18n::Texts;
use crate::i18n::category_tool::{Field, YesNoNotSure};
use crate::ui::category::question::{StepProps, error_for, field_id};
use crate::ui::category::state::Answer;
use crate::ui::widgets::{Choice, Choices, RadioGroup};
use yew::prelude::*;

pub fn psychotherapy_step(texts: &Texts, props: &StepProps) -> Html {
    let t = texts.category_tool;
    let options = vec![
        Choice::new(YesNoNotSure::Yes, t.yes),
        Choice::new(YesNoNotSure::No, t.no),
        Choice::new(YesNoNotSure::NotSure, t.not_sure),
    ];
    html! {
        <RadioGroup
            id={field_id(Field::Psychotherapy)}
            legend={t.psychotherapy_question}
            hint={AttrValue::Static(t.psychotherapy_hint)}
            error={error_for(t, props.errors, Field::Psychotherapy)}
            legend_is_heading=true
            choices={Choices::new(options, props.drafts.psychotherapy, props.on_answer.reform(Answer::Psychotherapy))}
        />
    }
}
