//! The tool's left column: the endorsement's details, then the training log and the RSC log.

use super::computed::Computed;
use super::form::{EndorsementFormProps, endorsement_form};
use super::log::{LogSectionProps, log_section};
use crate::forms::renewal::{LogKind, RenewalAction, RenewalState};
use crate::i18n::Msg;
use crate::ui::env::Env;
use yew::prelude::*;

pub struct InputsProps<'a> {
    pub env: &'a Env,
    pub state: &'a RenewalState,
    pub computed: &'a Computed,
    pub dispatch: &'a Callback<RenewalAction>,
}

pub fn inputs(props: &InputsProps) -> Html {
    let InputsProps {
        env,
        state,
        computed,
        dispatch,
    } = *props;
    let t = env.locale();
    let rules = &env.config.profile.rules;
    // The association's name where its rules ask something of RSC providers (the form then asks).
    let asks_provides_rsc = rules.asks_rsc_providers().then(|| {
        env.config
            .association
            .clone()
            .unwrap_or_else(|| t.text(Msg::CategoryToolYourAssociation).to_owned())
    });
    let report = computed.report.as_deref().map(|pair| &pair.1);
    let cycle = report.map(|r| (r.cycle_starts, r.deadline));
    let log = |log: LogKind| {
        let (entries, editor, counted) = match log {
            LogKind::Training => (
                &state.trainings,
                &state.training_editor,
                report.map(|r| r.training.have),
            ),
            LogKind::Rsc => (
                &state.rsc,
                &state.rsc_editor,
                report.map(|r| r.rsc.hours.have),
            ),
        };
        log_section(
            t,
            &LogSectionProps {
                log,
                entries,
                editor,
                cycle,
                counted,
                today: env.today,
                style: env.number_style(),
                dispatch: dispatch.clone(),
            },
        )
    };
    html! {
        <div class="renewal-tool__inputs">
            { endorsement_form(t, &EndorsementFormProps {
                category: state.category,
                endorsed_on: AttrValue::from(state.endorsed_on.clone()),
                membership_expires: AttrValue::from(state.membership_expires.clone()),
                lapsed: state.lapsed,
                provides_rsc: state.provides_rsc,
                asks_provides_rsc,
                passed: computed.passed.as_deref(),
                errors: &computed.errors,
                submitted: state.submitted,
                today: env.today,
                rules,
                dispatch: dispatch.clone(),
            }) }
            { log(LogKind::Training) }
            { log(LogKind::Rsc) }
        </div>
    }
}
