//! "How we count this": the readings of the rules that no source states outright.

use crate::i18n::{Locale, Msg};
use crate::rules::Assumption;
use yew::prelude::*;

pub fn assumptions(t: Locale, assumptions: &[Assumption]) -> Html {
    if assumptions.is_empty() {
        return Html::default();
    }
    html! {
        <section class="rn-assumptions" aria-labelledby="rn-assumptions-heading">
            <h4 id="rn-assumptions-heading" class="rn-subheading">{ t.text(Msg::RenewalAssumptionsHeading) }</h4>
            <ul class="rn-assumptions__list">
                { for assumptions.iter().map(|a| html! { <li>{ t.assumption(*a) }</li> }) }
            </ul>
        </section>
    }
}
