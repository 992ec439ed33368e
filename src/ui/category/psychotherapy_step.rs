//! Clinical (and "not sure"): whether the person provides relationship-focused parent-infant/child
//! psychotherapy, the work the Mental Health Specialist category is for. "I'm not sure" is a real answer.

use crate::i18n::category_tool::{Field, YesNoNotSure};
use crate::i18n::{Locale, Msg};
use crate::ui::category::question::StepProps;
use crate::ui::category::state::Answer;
use crate::ui::widgets::field_error;
use crate::ui::widgets::{Choice, Choices, RadioGroup};
use yew::prelude::*;

pub fn psychotherapy_step(t: Locale, props: &StepProps) -> Html {
    let options = vec![
        Choice::new(YesNoNotSure::Yes, t.text(Msg::CategoryToolYes)),
        Choice::new(YesNoNotSure::No, t.text(Msg::CategoryToolNo)),
        Choice::new(YesNoNotSure::NotSure, t.text(Msg::CategoryToolNotSure)),
    ];
    html! {
        <RadioGroup
            id={Field::Psychotherapy.id()}
            legend={t.text(Msg::CategoryToolPsychotherapyQuestion)}
            hint={AttrValue::Static(t.text(Msg::CategoryToolPsychotherapyHint))}
            error={field_error(t, props.errors, Field::Psychotherapy)}
            legend_is_heading=true
            choices={Choices::new(options, props.drafts.psychotherapy, props.on_answer.reform(Answer::Psychotherapy))}
        />
    }
}
