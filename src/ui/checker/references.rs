//! The number of references, checked as it is typed (a single field needs no "Save").

use super::state::{Field, Problem};
use crate::ui::env::Env;
use crate::ui::widgets::NumberField;
use yew::prelude::*;

pub fn references(
    env: &Env,
    text: &str,
    error: Option<Problem>,
    on_input: &Callback<String>,
) -> Html {
    let t = env.texts().checker;
    html! {
        <section class="chk-section chk-section--references" aria-labelledby="chk-references-heading">
            <h3 id="chk-references-heading">{ t.references_heading }</h3>
            <NumberField id={Field::References.id()} label={t.references_label}
                hint={AttrValue::Static(t.references_hint)} integer=true
                error={error.map(|p| AttrValue::Static((t.error)(Field::References, p)))}
                value={text.to_owned()} on_input={on_input.clone()} />
        </section>
    }
}
