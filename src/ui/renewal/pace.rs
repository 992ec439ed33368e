//! The renewal plan's pace: the hours a month that would cover what is still missing by the deadline.

use crate::i18n::Locale;
use crate::rules::RenewalReport;
use yew::prelude::*;

/// Nothing once every hour is logged, and nothing after a lapse (the reinstatement steps apply then).
pub fn pace_line(t: Locale, report: &RenewalReport) -> Html {
    match t.renewal_pace(report) {
        Some(line) if report.reinstatement.is_none() => {
            html! { <p class="rn-note rn-pace" id="rn-pace">{ line }</p> }
        }
        _ => Html::default(),
    }
}
