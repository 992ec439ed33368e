//! "How we count this": the inferred rules that shaped the report.

use crate::rules::Assumption;
use crate::ui::env::Env;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AssumptionsProps {
    pub assumptions: Vec<Assumption>,
}

#[function_component]
pub fn Assumptions(props: &AssumptionsProps) -> Html {
    let Some(env) = use_context::<Env>() else {
        return Html::default();
    };
    let texts = env.texts();
    if props.assumptions.is_empty() {
        return Html::default();
    }
    html! {
        <section class="chk-assumptions" aria-labelledby="chk-assumptions-heading">
            <h4 id="chk-assumptions-heading">{ texts.checker.assumptions_heading }</h4>
            <ul>
                { for props.assumptions.iter().map(|a| html! { <li>{ (texts.assumption)(*a) }</li> }) }
            </ul>
        </section>
    }
}
