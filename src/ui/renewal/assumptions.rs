//! "How we count this": the readings of the rules that no source states outright.

use crate::i18n::{Locale, Msg};
use crate::rules::Assumption;
use crate::ui::widgets::{section, sentences};
use yew::prelude::*;

pub fn assumptions(t: Locale, assumptions: &[Assumption]) -> Html {
    if assumptions.is_empty() {
        return Html::default();
    }
    let items = assumptions
        .iter()
        .map(|a| t.assumption(*a).to_owned())
        .collect();
    section(
        "rn-assumptions",
        "rn-assumptions-heading",
        Some("rn-subheading"),
        t.text(Msg::RenewalAssumptionsHeading),
        sentences("rn-assumptions__list", items),
    )
}
