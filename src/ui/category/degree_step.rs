//! Question 3: the highest degree, the gate of the post-graduate categories.

use crate::i18n::category_tool;
use crate::i18n::category_tool::Field;
use crate::i18n::{Locale, Msg};
use crate::rules::model::DegreeLevel;
use crate::ui::category::question::StepProps;
use crate::ui::category::state::Answer;
use crate::ui::widgets::field_error;
use crate::ui::widgets::{Choice, Choices, RadioGroup};
use yew::prelude::*;

pub fn degree_step(t: Locale, props: &StepProps) -> Html {
    let options: Vec<Choice<DegreeLevel>> = DegreeLevel::DEGREES
        .into_iter()
        .map(|d| {
            Choice::new(d, t.text(category_tool::degree_choice(d)))
                .with_hint(t.text(category_tool::degree_choice_hint(d)))
        })
        .collect();
    let on_change = props.on_answer.reform(Answer::Degree);
    html! {
        <RadioGroup
            id={Field::Degree.id()}
            legend={t.text(Msg::CategoryToolDegreeQuestion)}
            hint={AttrValue::Static(t.text(Msg::CategoryToolDegreeHint))}
            error={field_error(t, props.errors, Field::Degree)}
            legend_is_heading=true
            choices={Choices::new(options, props.drafts.degree, on_change)}
        />
    }
}
