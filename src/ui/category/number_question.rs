//! A question answered with one number, whose label is the step's heading (GOV.UK's "label as page
//! heading"). The input is the widget's one number field, as in the other tools; the raw text is kept as
//! typed and read on Continue by `forms`.

use crate::i18n::category_tool::Field;

use crate::ui::widgets::NumberField;
use yew::prelude::*;

pub struct NumberQuestion<'a> {
    pub field: Field,
    pub question: &'static str,
    pub hint: &'static str,
    pub value: &'a str,
    pub error: Option<AttrValue>,
    /// "years", "families".
    pub unit: &'static str,
    /// Whole numbers only (families).
    pub integer: bool,
    pub on_input: Callback<String>,
}

pub fn number_question(props: NumberQuestion) -> Html {
    html! {
        <NumberField
            id={props.field.id()}
            label={props.question}
            hint={AttrValue::Static(props.hint)}
            error={props.error}
            value={props.value.to_owned()}
            on_input={props.on_input}
            integer={props.integer}
            suffix={AttrValue::Static(props.unit)}
            heading={AttrValue::Static("category-heading")}
        />
    }
}
