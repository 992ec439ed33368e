//! "How we count this": the inferred rules that shaped the report.

use crate::i18n::{Locale, Msg};
use crate::rules::Assumption;
use yew::prelude::*;

pub fn assumptions(t: Locale, assumptions: &[Assumption]) -> Html {
    if assumptions.is_empty() {
        return Html::default();
    }
    html! {
        <section class="chk-assumptions" aria-labelledby="chk-assumptions-heading">
            <h4 id="chk-assumptions-heading">{ t.text(Msg::CheckerAssumptionsHeading) }</h4>
            <ul>
                { for assumptions.iter().map(|a| html! { <li>{ t.assumption(*a) }</li> }) }
            </ul>
        </section>
    }
}
