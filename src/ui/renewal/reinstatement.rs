//! The way back after a lapse: the steps from the engine's `Reinstatement`, in order.

use super::progress_row::progress_row;
use crate::fill;
use crate::i18n::{Locale, Msg};
use crate::rules::RequirementId;
use crate::rules::renewal::Reinstatement;
use crate::ui::widgets::{para, section};
use yew::prelude::*;

/// `contact`: the association's email from the configuration, if any.
pub fn reinstatement_steps(t: Locale, contact: Option<&str>, r: &Reinstatement) -> Html {
    let membership_status = match r.membership_active {
        Some(true) => {
            html! { <span class="rn-status rn-status--done">{ t.text(Msg::RenewalReinstatementMembershipActive) }</span> }
        }
        Some(false) => {
            html! { <span class="rn-status rn-status--todo">{ t.text(Msg::RenewalReinstatementMembershipExpired) }</span> }
        }
        None => {
            html! { <span class="rn-status">{ t.text(Msg::RenewalReinstatementMembershipUnknown) }</span> }
        }
    };
    section(
        "rn-reinstatement",
        "rn-reinstatement-heading",
        Some("rn-subheading"),
        t.text(Msg::RenewalReinstatementHeading),
        html! { <>
            { para("", t.text(Msg::RenewalReinstatementIntro)) }
            <ol class="rn-steps">
                <li class="rn-steps__step">
                    { para("", fill!(t, RenewalReinstatementTraining, hours = &t.hours(r.training.need), since = r.period_starts)) }
                    { progress_row(t, AttrValue::Static("rn-progress-reinstatement"), t.text(Msg::RenewalTrainingRow), t.missing(RequirementId::TrainingHours, r.training.remaining), r.training) }
                </li>
                if r.rsc_attestation {
                    <li class="rn-steps__step">{ para("", fill!(t, RenewalReinstatementRsc, hours = &t.hours(r.rsc_hours_per_year))) }</li>
                }
                if r.audit_next_cycle {
                    <li class="rn-steps__step">{ para("", t.text(Msg::RenewalReinstatementAudit)) }</li>
                }
                if r.ethics_statement {
                    <li class="rn-steps__step">{ para("", t.text(Msg::RenewalReinstatementEthics)) }</li>
                }
                <li class="rn-steps__step">
                    { para("", t.text(Msg::RenewalReinstatementMembership)) }
                    <p>{ membership_status }</p>
                </li>
                if r.fee_may_apply {
                    <li class="rn-steps__step">{ para("", t.text(Msg::RenewalReinstatementFee)) }</li>
                }
            </ol>
            <p class="rn-reinstatement__contact">
                { match contact {
                    Some(email) => fill!(t, RenewalReinstatementContactEmail, email = email),
                    None => t.text(Msg::RenewalReinstatementContact).to_owned(),
                } }
            </p>
        </> },
    )
}
