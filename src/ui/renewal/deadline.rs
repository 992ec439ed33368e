//! The deadline: its date, the days left, the window, where the association's own deadline day changed
//! it (with its renewal page), and a deadline skipped by a short first cycle.

use crate::config::Config;
use crate::fill;
use crate::i18n::{Locale, Msg};
use crate::rules::RenewalReport;
use crate::rules::association::AssociationRule;
use crate::ui::widgets::para;
use yew::prelude::*;

pub struct DeadlineProps<'a> {
    pub report: &'a RenewalReport,
    /// The widget's configuration (`None` outside a widget).
    pub config: Option<&'a Config>,
    pub association: &'a str,
    /// Endorsed in a renewal year: the cycle's sentence already names the skipped deadline.
    pub first_in_renewal_year: bool,
}

pub fn deadline(t: Locale, props: &DeadlineProps) -> Html {
    let report = props.report;
    let association = props.association;
    let window = if report.window_open {
        t.text(Msg::RenewalWindowOpenNow).to_owned()
    } else {
        fill!(t, RenewalWindowOpens, date = report.window_opens)
    };
    let own_day = props.config.is_some()
        && report
            .association
            .contains(&AssociationRule::RenewalDeadline);
    let renewal_page = props.config.and_then(|c| c.profile.links.renewal.clone());
    html! { <>
        <div class="rn-deadline">
            { para("rn-deadline__label", t.text(Msg::RenewalDeadlineLabel)) }
            { para("rn-deadline__date", t.date(report.deadline)) }
            { para("rn-deadline__countdown", t.countdown(report.days_to_deadline)) }
            { para(if report.window_open { "rn-deadline__window rn-deadline__window--open" } else { "rn-deadline__window" }, window) }
        </div>
        if own_day {
            { para("rn-note rn-note--association", fill!(t, RenewalAssociationDeadline, association = association, deadline = report.deadline)) }
        }
        if let Some(url) = renewal_page {
            <p class="rn-note"><a href={url}>{ fill!(t, RenewalAssociationLink, association = association) }</a></p>
        }
        if let (Some(skipped), false) = (report.skipped_deadline, props.first_in_renewal_year) {
            { para("rn-note rn-note--skipped", fill!(t, RenewalSkipped, skipped = skipped, deadline = report.deadline)) }
        }
    </> }
}
