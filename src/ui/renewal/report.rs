//! The report: the reinstatement path after a lapse, the deadline and its window, the prorated hours with
//! progress, membership and readiness. Everything shown comes from the engine's `RenewalReport`; each
//! part is its own view, this component puts them in order.

use super::assumptions::assumptions;
use super::deadline::{DeadlineProps, deadline};
use super::hours::{HoursProps, hours};
use super::readiness::{ReadinessProps, readiness};
use super::reinstatement::reinstatement_steps;
use crate::forms::renewal::REPORT_HEADING_ID;
use crate::i18n::{Locale, Msg};
use crate::rules::{RenewalInput, RenewalReport};
use crate::ui::env::Env;
use crate::ui::widgets::para;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct ReportViewProps {
    /// `None` until the category and endorsement date are known and valid.
    pub report: Option<Rc<(RenewalInput, RenewalReport)>>,
    /// The report waits only for the answer to "Did you renew by …?".
    #[prop_or_default]
    pub awaiting_lapsed: bool,
    /// The association asks something of RSC providers and the person has not said whether they are one:
    /// the report cannot say they are ready yet.
    #[prop_or_default]
    pub provides_rsc_unanswered: bool,
}

#[function_component]
pub fn ReportView(props: &ReportViewProps) -> Html {
    let env = use_context::<Env>();
    let t = env
        .as_ref()
        .map_or(Locale::new(crate::i18n::Lang::En), |e| e.locale());
    let heading = html! {
        <h3 id={REPORT_HEADING_ID} class="rn-section-heading rn-report__heading" tabindex="-1">{ t.text(Msg::RenewalReportHeading) }</h3>
    };
    let Some(pair) = &props.report else {
        return html! {
            <section class="rn-report rn-report--waiting" aria-labelledby={REPORT_HEADING_ID}>
                { heading }
                { para("rn-report__waiting", t.text(if props.awaiting_lapsed { Msg::RenewalReportWaitingLapsed } else { Msg::RenewalReportWaiting })) }
            </section>
        };
    };
    let (input, report) = &**pair;
    let config = env.as_ref().map(|e| &*e.config);
    let association = config
        .and_then(|c| c.association.as_deref())
        .unwrap_or(t.text(Msg::CategoryToolYourAssociation));
    let first_in_renewal_year =
        report.previous_deadline_passed.is_none() && report.cycle_starts > report.endorsed_on;
    let provides_rsc_unanswered = props.provides_rsc_unanswered;

    html! {
        <section class="rn-report" aria-labelledby={REPORT_HEADING_ID}>
            { heading }
            if let Some(reinstatement) = &report.reinstatement {
                { reinstatement_steps(t, config.and_then(|c| c.contact_email.as_deref()), reinstatement) }
            }
            { deadline(t, &DeadlineProps { report, config, association, first_in_renewal_year }) }
            { hours(t, &HoursProps { input, report, association, provides_rsc_unanswered, first_in_renewal_year }) }
            { readiness(t, &ReadinessProps { input, report, provides_rsc_unanswered }) }
            { assumptions(t, &report.assumptions) }
        </section>
    }
}
