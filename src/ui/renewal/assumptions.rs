//! "How we count this": the readings of the rules that no source states outright.

use crate::rules::Assumption;
use crate::ui::env::Env;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct AssumptionsProps {
    pub assumptions: Vec<Assumption>,
}

#[function_component]
pub fn Assumptions(props: &AssumptionsProps) -> Html {
    let texts = use_context::<Env>().map_or(&crate::i18n::EN, |e| e.texts());
    if props.assumptions.is_empty() {
        return Html::default();
    }
    html! {
        <section class="rn-assumptions" aria-labelledby="rn-assumptions-heading">
            <h4 id="rn-assumptions-heading" class="rn-subheading">{ texts.renewal.assumptions_heading }</h4>
            <ul class="rn-assumptions__list">
                { for props.assumptions.iter().map(|a| html! { <li>{ (texts.assumption)(*a) }</li> }) }
            </ul>
        </section>
    }
}
