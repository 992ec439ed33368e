//! Tool 2 — the requirements checker: entries in, a live report of what is met and what is missing.
//!
//! One root state ([`crate::forms::checker::CheckerState`], persisted per association); the form column on the left edits
//! it (`form_column`), the report column on the right renders `rules::check` of the saved entries and
//! nothing else (`report_column`). The root holds the state, the hand-over and arrivals, and the engine's
//! answer, asked once per profile.

mod arrivals;
mod assumptions;
mod chooser;
mod competency_picker;
mod core_grid;
mod degree_form;
mod degrees;
mod editor_frame;
mod endorsements;
mod entry_list;
mod entry_section;
mod form_column;
mod jump_link;
mod next_steps;
mod notices;
mod pace;
mod references;
mod report;
mod report_column;
mod requirement_row;
mod rsc;
mod rsc_form;
pub mod state;
mod text_list;
mod training_form;
mod trainings;
mod work;
mod work_form;

use crate::config::Tool;
use crate::contract::ToolInput;
use crate::contract::export::Entries;
use crate::forms::checker::{CheckerAction, CheckerState, TITLE_ID};
use crate::i18n::Msg;
use crate::rules;
use crate::rules::EDITION_2025;
use crate::rules::asks::Relevance;
use crate::ui::env::Env;
use crate::ui::journey::arrival::{Arrival, ArrivalNotice, use_arrivals};
use crate::ui::persisted::use_persisted_reducer;
use crate::ui::widgets::{Notice, NoticeKind, use_focus_request};
use form_column::{FormColumnProps, form_column};
use jump_link::jump_link;
use pace::PlannerProps;
use report_column::{ReportColumnProps, report_column};
use std::rc::Rc;
use yew::prelude::*;

pub use report::{ReportProps, report};

pub use crate::forms::checker::Preset;

#[derive(Properties, PartialEq)]
pub struct CheckerToolProps {
    /// Entries from a share link, or the finder's hand-over (its category, credential and answers),
    /// waiting to be shown.
    #[prop_or_default]
    pub arrival: Option<Arrival>,
    #[prop_or_default]
    pub on_arrival_done: Callback<()>,
}

#[function_component]
pub fn CheckerTool(props: &CheckerToolProps) -> Html {
    let env = use_context::<Env>().unwrap_or_else(Env::standalone);
    let persisted = use_persisted_reducer(Tool::Checker, CheckerState::default);
    let arrivals = use_arrivals(props.arrival.clone(), props.on_arrival_done.clone());
    let state = persisted.state;
    let root = use_node_ref();

    // Move focus where the last action asked (the editor's heading when it opens, its errors after a
    // failed save, the section heading after saving, the "Undo" button after a removal).
    use_focus_request(&root, &state.focus);

    let t = env.locale();
    let offered = env.config.credentials.clone();
    let style = env.number_style();
    let mut profile = state.to_profile(env.today, &offered, style);
    // The association's own rules (its profile's `rules`), e.g. who may add ERS.
    profile.association = env.config.profile.rules.clone();
    let entries = state.has_entries().then(|| {
        Rc::new(Entries::new(
            ToolInput::Checker(profile.clone()),
            state.training_titles(),
            state.work_from_answers(),
        ))
    });
    // The engine is asked once per profile, not once per render, and for the pace planner once per
    // profile and pace.
    let report = use_memo(profile.clone(), rules::check);
    let (pace, pace_problems) = state
        .pace
        .read(EDITION_2025.category(state.category), style);
    // The same memo as the report's (the same profile type, the same engine call), so it costs no code
    // of its own; without a pace it checks the profile as it is, once per profile.
    let paced = use_memo(
        rules::Profile {
            pace,
            ..profile.clone()
        },
        rules::check,
    );
    let planned = pace.and_then(|pace| pace::plan(t, &paced, &pace));

    // Tell the host page and screen-reader users about each new report (not about the first one, which
    // only restores what was there).
    {
        let env = env.clone();
        let first = use_mut_ref(|| true);
        let title = t.category_title(profile.category, profile.credential);
        use_effect_with(
            (profile.clone(), report.clone()),
            move |(profile, report)| {
                let first = std::mem::replace(&mut *first.borrow_mut(), false);
                if let Ok(report) = &**report {
                    env.emit_result(Tool::Checker, profile, report);
                    if !first {
                        env.announce(t.checker_summary(&title, report.requirements.to_go()));
                    }
                }
            },
        );
    }

    let dispatch = {
        let dispatcher = state.dispatcher();
        Callback::from(move |action: CheckerAction| dispatcher.dispatch(action))
    };
    let on_restore = arrivals::on_restore(&dispatch);
    let on_arrive = arrivals::on_arrive(&dispatch);
    let notices: &[rules::Notice] = match &*report {
        Ok(r) => &r.notices,
        Err(_) => &[],
    };
    let status = match &*report {
        Ok(r) if r.ready => t.text(Msg::CheckerReady).to_owned(),
        Ok(r) => t.to_go(r.requirements.to_go()),
        Err(_) => String::new(),
    };

    html! {
        <section class="tool checker-tool" ref={root.clone()} aria-labelledby={TITLE_ID}>
            <h2 id={TITLE_ID} tabindex="-1">{ t.text(Msg::CheckerTitle) }</h2>
            <p class="chk-intro">{ t.text(if env.store.is_local() { Msg::CheckerIntro } else { Msg::CheckerIntroNotKept }) }</p>
            if let Some(notice) = &persisted.notice {
                <Notice kind={NoticeKind::Warning}>{ notice.clone() }</Notice>
            }
            <ArrivalNotice arrival={arrivals.current} has_entries={state.has_entries()}
                {on_restore} on_done={arrivals.on_done} {on_arrive} />
            { jump_link(t, &status, &root) }
            <div class="chk-columns">
                { form_column(&env, &FormColumnProps {
                    state: &state,
                    offered: &offered,
                    relevance: Relevance::of(&EDITION_2025, state.category),
                    notices,
                    style,
                    on_action: &dispatch,
                }) }
                { report_column(&env, ReportColumnProps {
                    report: report.clone(),
                    titles: state.training_titles(),
                    planner: PlannerProps {
                        draft: &state.pace,
                        problems: &pace_problems,
                        category: state.category,
                        planned: &planned,
                        on_action: &dispatch,
                    },
                    entries,
                    today: env.today,
                    on_file: arrivals.on_file,
                }) }
            </div>
        </section>
    }
}
