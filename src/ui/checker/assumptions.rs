//! "How we count this": the inferred rules that shaped the report.

use super::text_list::text_list;
use crate::i18n::{Locale, Msg};
use crate::rules::Assumption;
use yew::prelude::*;

pub fn assumptions(t: Locale, assumptions: &[Assumption]) -> Html {
    text_list(
        "chk-assumptions",
        "chk-assumptions-heading",
        t.text(Msg::CheckerAssumptionsHeading),
        assumptions
            .iter()
            .map(|a| t.assumption(*a).to_owned())
            .collect(),
    )
}
