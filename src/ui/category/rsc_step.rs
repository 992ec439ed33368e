//! Everyone: whether the person provides reflective supervision/consultation (RSC), and for how long —
//! the Endorsed Reflective Supervisor add-on and the clinical mentor's gate.

use crate::i18n::category_tool::Field;
use crate::i18n::{Locale, Msg};
use crate::ui::category::question::StepProps;
use crate::ui::category::state::Answer;
use crate::ui::widgets::field_error;
use crate::ui::widgets::{Choice, Choices, NumberField, RadioGroup};
use yew::prelude::*;

pub fn rsc_step(t: Locale, props: &StepProps) -> Html {
    let options = vec![
        Choice::new(true, t.text(Msg::CategoryToolYes)),
        Choice::new(false, t.text(Msg::CategoryToolNo)),
    ];
    html! {
        <>
            <RadioGroup
                id={Field::ProvidesRsc.id()}
                legend={t.text(Msg::CategoryToolRscQuestion)}
                hint={AttrValue::Static(t.text(Msg::CategoryToolRscHint))}
                error={field_error(t, props.errors, Field::ProvidesRsc)}
                legend_is_heading=true
                inline=true
                choices={Choices::new(options, props.drafts.provides_rsc, props.on_answer.reform(Answer::ProvidesRsc))}
            />
            // Revealed only for "yes", as GOV.UK's conditional radios do; the text is kept if hidden.
            if props.drafts.provides_rsc == Some(true) {
                <div class="category-reveal">
                    <NumberField
                        id={Field::ProvidesRscYears.id()}
                        label={t.text(Msg::CategoryToolRscYearsLabel)}
                        hint={AttrValue::Static(t.text(Msg::CategoryToolRscYearsHint))}
                        error={field_error(t, props.errors, Field::ProvidesRscYears)}
                        value={props.drafts.provides_rsc_years.clone()}
                        suffix={AttrValue::Static(t.text(Msg::CategoryToolYearsUnit))}
                        on_input={props.on_answer.reform(Answer::ProvidesRscYears)}
                    />
                </div>
            }
        </>
    }
}
