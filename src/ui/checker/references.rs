//! The number of references, checked as it is typed (a single field needs no "Save").

use super::state::{Field, Problem};
use crate::ui::env::Env;
use crate::ui::widgets::NumberField;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReferencesProps {
    pub text: String,
    pub error: Option<Problem>,
    pub on_input: Callback<String>,
}

#[function_component]
pub fn References(props: &ReferencesProps) -> Html {
    let Some(env) = use_context::<Env>() else {
        return Html::default();
    };
    let t = env.texts().checker;
    html! {
        <section class="chk-section chk-section--references" aria-labelledby="chk-references-heading">
            <h3 id="chk-references-heading">{ t.references_heading }</h3>
            <NumberField id={Field::References.id()} label={t.references_label}
                hint={AttrValue::Static(t.references_hint)} integer=true
                error={props.error.map(|p| AttrValue::Static((t.error)(Field::References, p)))}
                value={props.text.clone()} on_input={props.on_input.clone()} />
        </section>
    }
}
