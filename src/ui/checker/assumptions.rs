//! "How we count this": the inferred rules that shaped the report.

use crate::i18n::Texts;
use crate::rules::Assumption;
use yew::prelude::*;

pub fn assumptions(texts: &Texts, assumptions: &[Assumption]) -> Html {
    if assumptions.is_empty() {
        return Html::default();
    }
    html! {
        <section class="chk-assumptions" aria-labelledby="chk-assumptions-heading">
            <h4 id="chk-assumptions-heading">{ texts.checker.assumptions_heading }</h4>
            <ul>
                { for assumptions.iter().map(|a| html! { <li>{ (texts.assumption)(*a) }</li> }) }
            </ul>
        </section>
    }
}
