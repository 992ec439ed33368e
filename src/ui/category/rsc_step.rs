//! Everyone: whether the person provides reflective supervision/consultation (RSC), and for how long —
//! the Endorsed Reflective Supervisor add-on and the clinical mentor's gate.

use crate::i18n::Texts;
use crate::i18n::category_tool::Field;
use crate::ui::category::question::{StepProps, error_for, field_id};
use crate::ui::category::state::Answer;
use crate::ui::widgets::{Choice, Choices, NumberField, RadioGroup};
use yew::prelude::*;

pub fn rsc_step(texts: &Texts, props: &StepProps) -> Html {
    let t = texts.category_tool;
    let options = vec![Choice::new(true, t.yes), Choice::new(false, t.no)];
    html! {
        <>
            <RadioGroup
                id={field_id(Field::ProvidesRsc)}
                legend={t.rsc_question}
                hint={AttrValue::Static(t.rsc_hint)}
                error={error_for(t, props.errors, Field::ProvidesRsc)}
                legend_is_heading=true
                inline=true
                choices={Choices::new(options, props.drafts.provides_rsc, props.on_answer.reform(Answer::ProvidesRsc))}
            />
            // Revealed only for "yes", as GOV.UK's conditional radios do; the text is kept if hidden.
            if props.drafts.provides_rsc == Some(true) {
                <div class="category-reveal">
                    <NumberField
                        id={field_id(Field::ProvidesRscYears)}
                        label={t.rsc_years_label}
                        hint={AttrValue::Static(t.rsc_years_hint)}
                        error={error_for(t, props.errors, Field::ProvidesRscYears)}
                        value={props.drafts.provides_rsc_years.clone()}
                        suffix={AttrValue::Static(t.years_unit)}
                        on_input={props.on_answer.reform(Answer::ProvidesRscYears)}
                    />
                </div>
            }
        </>
    }
}
