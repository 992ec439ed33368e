//! Tool 3 — the renewal-hours calculator.
//!
//! The person enters their category, endorsement date, membership expiry and two logs (training, RSC); the
//! report comes only from `rules::renewal` and updates as they type. State lives in [`state`]; every
//! component is in its own file.

pub mod assumptions;
pub mod entry_form;
pub mod entry_row;
pub mod form;
pub mod log;
mod pace;
pub mod progress_row;
pub mod reinstatement;
pub mod report;
pub mod state;

use crate::config::Tool;
use crate::contract::ToolInput;
use crate::contract::calendar::renewal_calendar;
use crate::contract::export::Entries;
use crate::fill;
use crate::i18n::{Locale, Msg};
use crate::rules::{Date, RenewalReport, RequirementId};
use crate::ui::env::Env;
use crate::ui::journey::arrival::{Arrival, ArrivalNotice, use_arrivals};
use crate::ui::journey::calendar::CalendarFile;
use crate::ui::journey::share::ShareLink;
use crate::ui::journey::transfer::EntriesFile;
use crate::ui::persisted::use_persisted_reducer;
use crate::ui::widgets::{Notice, NoticeKind, PrintButton, focus_by_id, use_focus_request};
use gloo::timers::callback::Timeout;
use state::{Change, LogKind, RenewalAction, RenewalState};
use std::rc::Rc;
use yew::prelude::*;

/// How long the announcement waits for typing to settle: a date input reports every digit of the year.
const ANNOUNCE_DELAY_MS: u32 = 700;

pub use state::{Outcome, outcome, outcome_for};

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

/// The sentence for a change to a log.
fn change_sentence(t: Locale, change: &Change) -> String {
    let (entry, sentence) = match change {
        Change::Added(_, entry) => (entry, Msg::RenewalEntryAdded),
        Change::Saved(_, entry) => (entry, Msg::RenewalEntrySaved),
        Change::Removed(_, entry) => (entry, Msg::RenewalEntryRemoved),
    };
    let entry = entry_phrase(t, entry.hours.get(), entry.date);
    t.fill(sentence, &[("entry", entry.as_str().into())])
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
    let today = env.today;
    let persisted = use_persisted_reducer(Tool::Renewal, RenewalState::default);
    let arrivals = use_arrivals(props.arrival.clone(), props.on_arrival_done.clone());
    let state = persisted.state;
    let root = use_node_ref();

    let dates = t.date_style();
    let rules = &env.config.profile.rules;
    // The engine runs once per change of the log or its setting, not on every render.
    let result = use_memo(
        (state.clone(), today, dates, rules.clone()),
        |(state, today, dates, rules)| outcome_for(state, *today, *dates, rules),
    );
    // The association's name where its rules ask something of RSC providers (the form then asks).
    let asks_provides_rsc = rules.asks_rsc_providers().then(|| {
        env.config
            .association
            .clone()
            .unwrap_or_else(|| t.text(Msg::CategoryToolYourAssociation).to_owned())
    });
    let provides_rsc_unanswered = asks_provides_rsc.is_some() && state.provides_rsc.is_none();
    let report = (*result).as_ref().ok().cloned();

    // Tell the host page about each new report, and screen-reader users about it and about log changes.
    {
        let env = env.clone();
        let previous = use_mut_ref(|| None::<RenewalReport>);
        let first = use_mut_ref(|| true);
        let pending = use_mut_ref(|| None::<Timeout>);
        use_effect_with(
            (report.clone(), state.last_change.clone()),
            move |(report, change)| {
                let is_first = std::mem::replace(&mut *first.borrow_mut(), false);
                let mut sentences = Vec::new();
                if let Some(change) = change {
                    sentences.push(change_sentence(env.locale(), change));
                }
                let new_report = report.as_ref().map(|(_, r)| r) != previous.borrow().as_ref();
                if new_report {
                    *previous.borrow_mut() = report.as_ref().map(|(_, r)| r.clone());
                    if let Some((input, report)) = report {
                        env.emit_result(Tool::Renewal, input, report);
                        let t = env.locale();
                        sentences
                            .push(t.renewal_summary(report.deadline, &still_needed(t, report)));
                    }
                }
                if !is_first && !sentences.is_empty() {
                    let text = sentences.join(" ");
                    // A new sentence replaces one still waiting (dropping a Timeout cancels it).
                    *pending.borrow_mut() =
                        Some(Timeout::new(ANNOUNCE_DELAY_MS, move || env.announce(text)));
                }
            },
        );
    }

    // Move focus where the last action asked (the report, the errors, a field, a log).
    use_focus_request(&root, &state.focus);

    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: RenewalAction| state.dispatch(action))
    };
    let on_restore = {
        let state = state.clone();
        Callback::from(move |arrival: Arrival| {
            let entries = &arrival.entries;
            if let ToolInput::Renewal(input) = &entries.input {
                let restored = RenewalState::from_input(input, &entries.training_titles, dates);
                state.dispatch(RenewalAction::Restore(Box::new(restored)));
            }
        })
    };
    let entries = report.as_ref().map(|(input, _)| {
        let input = ToolInput::Renewal(input.clone());
        Rc::new(Entries::new(input, state.training_titles(), Vec::new()))
    });
    let report = report.map(Rc::new);
    let errors = (*result).as_ref().err().cloned().unwrap_or_default();
    let cycle = report
        .as_ref()
        .map(|pair| (pair.1.cycle_starts, pair.1.deadline));
    let passed = state.passed_deadlines(today, dates, rules);
    // The report waits only for the lapsed answer: say so where the report would be.
    let awaiting_lapsed = state.lapsed.is_none() && passed.as_ref().is_some_and(|p| !p.is_empty());
    let counted = |log: LogKind| {
        report.as_ref().map(|pair| match log {
            LogKind::Training => pair.1.training.have,
            LogKind::Rsc => pair.1.rsc.hours.have,
        })
    };
    let on_jump = {
        let root = root.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(node) = root.get() {
                focus_by_id(&node, state::REPORT_HEADING_ID);
            }
        })
    };

    html! {
        <section class="renewal-tool" ref={root} aria-labelledby="rn-title">
            <h2 id="rn-title" class="renewal-tool__title">{ t.text(Msg::RenewalTitle) }</h2>
            <p class="renewal-tool__intro">{ t.text(Msg::RenewalIntro) }</p>
            if let Some(notice) = &persisted.notice {
                <Notice kind={NoticeKind::Warning}>{ notice.clone() }</Notice>
            }
            <ArrivalNotice arrival={arrivals.current} has_entries={state.has_entries()}
                {on_restore} on_done={arrivals.on_done} />
            if let Some(pair) = &report {
                <button type="button" class="en-button en-button--link rn-jump" onclick={on_jump}>
                    { fill!(t, RenewalJumpToResult, deadline = pair.1.deadline) }
                </button>
            }
            <div class="renewal-tool__layout">
                <div class="renewal-tool__inputs">
                    { form::endorsement_form(t, &form::EndorsementFormProps {
                        category: state.category,
                        endorsed_on: AttrValue::from(state.endorsed_on.clone()),
                        membership_expires: AttrValue::from(state.membership_expires.clone()),
                        lapsed: state.lapsed,
                        provides_rsc: state.provides_rsc,
                        asks_provides_rsc,
                        passed,
                        errors,
                        submitted: state.submitted,
                        today,
                        rules: rules.clone(),
                        dispatch: dispatch.clone(),
                    }) }
                    { log::log_section(t, &log::LogSectionProps {
                        log: LogKind::Training,
                        entries: state.trainings.clone(),
                        editor: state.training_editor.clone(),
                        cycle,
                        counted: counted(LogKind::Training),
                        today,
                        style: env.number_style(),
                        dispatch: dispatch.clone(),
                    }) }
                    { log::log_section(t, &log::LogSectionProps {
                        log: LogKind::Rsc,
                        entries: state.rsc.clone(),
                        editor: state.rsc_editor.clone(),
                        cycle,
                        counted: counted(LogKind::Rsc),
                        today,
                        style: env.number_style(),
                        dispatch: dispatch.clone(),
                    }) }
                </div>
                <div class="renewal-tool__results">
                    <report::ReportView report={report.clone()} {awaiting_lapsed} {provides_rsc_unanswered} />
                    if report.is_some() {
                        <PrintButton />
                    }
                    <CalendarFile calendar={report.as_ref().and_then(|p| renewal_calendar(t, &p.1, &p.0)).map(Rc::new)} />
                    <ShareLink tool={Tool::Renewal} entries={entries.clone()} />
                    <EntriesFile tool={Tool::Renewal} {today} on_load={arrivals.on_file} {entries} />
                </div>
            </div>
        </section>
    }
}
