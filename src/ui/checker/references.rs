//! The number of references, checked as it is typed (a single field needs no "Save").

use crate::forms::checker::{Field, FieldError, Problem};
use crate::i18n::Msg;
use crate::ui::env::Env;
use crate::ui::widgets::NumberField;
use yew::prelude::*;

pub fn references(
    env: &Env,
    text: &str,
    error: Option<Problem>,
    on_input: &Callback<String>,
) -> Html {
    let t = env.locale();
    html! {
        <section class="chk-section chk-section--references" aria-labelledby="chk-references-heading">
            <h3 id="chk-references-heading">{ t.text(Msg::CheckerReferencesHeading) }</h3>
            <NumberField id={Field::References.id()} label={t.text(Msg::CheckerReferencesLabel)}
                hint={AttrValue::Static(t.text(Msg::CheckerReferencesHint))} integer=true
                error={error.map(|p| AttrValue::from(t.field_error(FieldError::new(Field::References, p))))}
                value={text.to_owned()} on_input={on_input.clone()} />
        </section>
    }
}
