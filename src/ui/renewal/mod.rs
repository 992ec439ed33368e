//! Tool 3 — the renewal-hours calculator.
//!
//! The person enters their category, endorsement date, membership expiry and two logs (training, RSC); the
//! report comes only from `rules::renewal` and updates as they type, worked out once per change of what it
//! depends on ([`computed`]). The state and its transitions are `forms::renewal`'s; every view is in its
//! own file.

pub mod announce;
pub mod assumptions;
pub mod computed;
pub mod deadline;
pub mod entry_form;
pub mod entry_row;
pub mod form;
pub mod hours;
pub mod inputs;
pub mod log;
mod pace;
pub mod progress_row;
pub mod readiness;
pub mod reinstatement;
pub mod report;
pub mod results;
pub mod state;

use crate::config::Tool;
use crate::contract::ToolInput;
use crate::fill;
use crate::forms::renewal::{REPORT_HEADING_ID, RenewalAction, RenewalState};
use crate::i18n::{Locale, Msg};
use crate::rules::{Date, RenewalReport, RequirementId};
use crate::ui::env::Env;
use crate::ui::journey::arrival::{Arrival, ArrivalNotice, use_arrivals};
use crate::ui::persisted::use_persisted_reducer;
use crate::ui::widgets::{NoticeKind, focus_by_id, notice, para, use_focus_request};
use announce::use_announcements;
use computed::{Computed, report_key};
use yew::prelude::*;

/// What is still needed for the deadline, in words ("20 more training hours"), the association's
/// sub-requirements included.
pub fn still_needed(t: Locale, report: &RenewalReport) -> Vec<String> {
    let mut missing = Vec::new();
    if !report.training.met {
        missing.push(t.missing(RequirementId::TrainingHours, report.training.remaining));
    }
    if report.rsc.required && !report.rsc.hours.met {
        missing.push(t.missing(RequirementId::RscHours, report.rsc.hours.remaining));
    }
    for sub in report.sub_requirements.iter().filter(|s| !s.met) {
        missing.push(t.sub_missing(sub.kind, sub.remaining));
    }
    missing
}

/// One entry as a short phrase: "10 hours on 1 January 2026".
pub fn entry_phrase(t: Locale, hours: f64, date: Date) -> String {
    fill!(t, RenewalEntry, hours = &t.hours(hours), date = date)
}

#[derive(Properties, PartialEq)]
pub struct RenewalToolProps {
    /// A renewal log from a share link, waiting to be shown.
    #[prop_or_default]
    pub arrival: Option<Arrival>,
    #[prop_or_default]
    pub on_arrival_done: Callback<()>,
}

#[function_component]
pub fn RenewalTool(props: &RenewalToolProps) -> Html {
    let env = use_context::<Env>().unwrap_or_else(Env::standalone);
    let t = env.locale();
    let persisted = use_persisted_reducer(Tool::Renewal, RenewalState::default);
    let arrivals = use_arrivals(props.arrival.clone(), props.on_arrival_done.clone());
    let state = persisted.state;
    let root = use_node_ref();

    // The engine runs once per change of the log or its settings, not on every render.
    let computed = use_memo((report_key(&state), env.clone()), |(state, env)| {
        Computed::of(state, env)
    });
    use_announcements(
        env.clone(),
        computed.report.clone(),
        state.last_change.clone(),
    );

    // Move focus where the last action asked (the report, the errors, a field, a log).
    use_focus_request(&root, &state.focus);

    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: RenewalAction| state.dispatch(action))
    };
    let on_restore = {
        let state = state.clone();
        let dates = t.date_style();
        Callback::from(move |arrival: Arrival| {
            let entries = &arrival.entries;
            if let ToolInput::Renewal(input) = &entries.input {
                let restored = RenewalState::from_input(input, &entries.training_titles, dates);
                state.dispatch(RenewalAction::Restore(Box::new(restored)));
            }
        })
    };
    let on_jump = {
        let root = root.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(node) = root.get() {
                focus_by_id(&node, REPORT_HEADING_ID);
            }
        })
    };
    // The report waits only for the lapsed answer: say so where the report would be.
    let awaiting_lapsed =
        state.lapsed.is_none() && computed.passed.as_ref().is_some_and(|p| !p.is_empty());
    let provides_rsc_unanswered =
        env.config.profile.rules.asks_rsc_providers() && state.provides_rsc.is_none();

    html! {
        <section class="renewal-tool" ref={root} aria-labelledby="rn-title">
            <h2 id="rn-title" class="renewal-tool__title">{ t.text(Msg::RenewalTitle) }</h2>
            { para("renewal-tool__intro", t.text(Msg::RenewalIntro)) }
            if let Some(text) = &persisted.notice {
                { notice(NoticeKind::Warning, "", text.clone().into()) }
            }
            <ArrivalNotice arrival={arrivals.current} has_entries={state.has_entries()}
                {on_restore} on_done={arrivals.on_done} />
            if let Some(pair) = &computed.report {
                <button type="button" class="en-button en-button--link rn-jump" onclick={on_jump}>
                    { fill!(t, RenewalJumpToResult, deadline = pair.1.deadline) }
                </button>
            }
            <div class="renewal-tool__layout">
                { inputs::inputs(&inputs::InputsProps { env: &env, state: &state, computed: &computed, dispatch: &dispatch }) }
                { results::results(&results::ResultsProps {
                    computed: &computed,
                    awaiting_lapsed,
                    provides_rsc_unanswered,
                    today: env.today,
                    on_file: &arrivals.on_file,
                }) }
            </div>
        </section>
    }
}
