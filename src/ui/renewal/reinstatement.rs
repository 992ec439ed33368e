//! The way back after a lapse: the steps from the engine's `Reinstatement`, in order.

use super::progress_row::{ProgressRowProps, progress_row};
use crate::fill;
use crate::i18n::{Locale, Msg};
use crate::rules::RequirementId;
use crate::rules::renewal::Reinstatement;
use crate::ui::widgets::{para, section, span};
use yew::prelude::*;

/// `contact`: the association's email from the configuration, if any.
pub fn reinstatement_steps(t: Locale, contact: Option<&str>, r: &Reinstatement) -> Html {
    let (status_class, status) = match r.membership_active {
        Some(true) => (
            "rn-status rn-status--done",
            Msg::RenewalReinstatementMembershipActive,
        ),
        Some(false) => (
            "rn-status rn-status--todo",
            Msg::RenewalReinstatementMembershipExpired,
        ),
        None => ("rn-status", Msg::RenewalReinstatementMembershipUnknown),
    };
    // One step of the way back: a sentence in a numbered item.
    let step = |text: AttrValue| html! { <li class="rn-steps__step">{ para("", text) }</li> };
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
                    { progress_row(t, ProgressRowProps { id: AttrValue::Static("rn-progress-reinstatement"), label: t.text(Msg::RenewalTrainingRow), missing: t.missing(RequirementId::TrainingHours, r.training.remaining), progress: r.training }) }
                </li>
                if r.rsc_attestation {
                    { step(fill!(t, RenewalReinstatementRsc, hours = &t.hours(r.rsc_hours_per_year)).into()) }
                }
                if r.audit_next_cycle {
                    { step(t.text(Msg::RenewalReinstatementAudit).into()) }
                }
                if r.ethics_statement {
                    { step(t.text(Msg::RenewalReinstatementEthics).into()) }
                }
                <li class="rn-steps__step">
                    { para("", t.text(Msg::RenewalReinstatementMembership)) }
                    <p>{ span(status_class, t.text(status)) }</p>
                </li>
                if r.fee_may_apply {
                    { step(t.text(Msg::RenewalReinstatementFee).into()) }
                }
            </ol>
            { para("rn-reinstatement__contact", match contact {
                Some(email) => fill!(t, RenewalReinstatementContactEmail, email = email),
                None => t.text(Msg::RenewalReinstatementContact).to_owned(),
            }) }
        </> },
    )
}
