//! The way back after a lapse: the steps from the engine's `Reinstatement`, in order.

use super::progress_row::ProgressRow;
use crate::rules::RequirementId;
use crate::rules::renewal::Reinstatement;
use crate::ui::env::Env;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct ReinstatementStepsProps {
    pub reinstatement: Reinstatement,
}

#[function_component]
pub fn ReinstatementSteps(props: &ReinstatementStepsProps) -> Html {
    let env = use_context::<Env>();
    let t = env
        .as_ref()
        .map_or(crate::i18n::EN.renewal, |e| e.texts().renewal);
    let contact = env.as_ref().and_then(|e| e.config.contact_email.clone());
    let r = &props.reinstatement;
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
                    <ProgressRow
                        id="rn-progress-reinstatement"
                        label={t.training_row}
                        requirement={RequirementId::TrainingHours}
                        progress={r.training}
                    />
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
                { match &contact {
                    Some(email) => (t.reinstatement_contact_email)(email),
                    None => t.reinstatement_contact.to_owned(),
                } }
            </p>
        </section>
    }
}
