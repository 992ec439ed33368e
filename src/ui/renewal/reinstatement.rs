//! The way back after a lapse: the steps from the engine's `Reinstatement`, in order.

use super::progress_row::progress_row;
use crate::i18n::Texts;
use crate::rules::RequirementId;
use crate::rules::renewal::Reinstatement;
use yew::prelude::*;

/// `contact`: the association's email from the configuration, if any.
pub fn reinstatement_steps(texts: &Texts, contact: Option<&str>, r: &Reinstatement) -> Html {
    let t = texts.renewal;
    let membership_status = match r.membership_active {
        Some(true) => {
            html! { <span class="rn-status rn-status--done">{ t.reinstatement_membership_active }</span> }
        }
        Some(false) => {
            html! { <span class="rn-status rn-status--todo">{ t.reinstatement_membership_expired }</span> }
        }
        None => html! { <span class="rn-status">{ t.reinstatement_membership_unknown }</span> },
    };
    html! {
        <section class="rn-reinstatement" aria-labelledby="rn-reinstatement-heading">
            <h4 id="rn-reinstatement-heading" class="rn-subheading">{ t.reinstatement_heading }</h4>
            <p>{ t.reinstatement_intro }</p>
            <ol class="rn-steps">
                <li class="rn-steps__step">
                    <p>{ (t.reinstatement_training)(r.training.need, r.period_starts) }</p>
                    { progress_row(texts, "rn-progress-reinstatement", t.training_row, RequirementId::TrainingHours, r.training) }
                </li>
                if r.rsc_attestation {
                    <li class="rn-steps__step"><p>{ (t.reinstatement_rsc)(r.rsc_hours_per_year) }</p></li>
                }
                if r.audit_next_cycle {
                    <li class="rn-steps__step"><p>{ t.reinstatement_audit }</p></li>
                }
                if r.ethics_statement {
                    <li class="rn-steps__step"><p>{ t.reinstatement_ethics }</p></li>
                }
                <li class="rn-steps__step">
                    <p>{ t.reinstatement_membership }</p>
                    <p>{ membership_status }</p>
                </li>
                if r.fee_may_apply {
                    <li class="rn-steps__step"><p>{ t.reinstatement_fee }</p></li>
                }
            </ol>
            <p class="rn-reinstatement__contact">
                { match contact {
                    Some(email) => (t.reinstatement_contact_email)(email),
                    None => t.reinstatement_contact.to_owned(),
                } }
            </p>
        </section>
    }
}
