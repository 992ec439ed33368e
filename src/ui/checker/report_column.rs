//! The checker's report column: the report, the pace planner, and printing, sharing and saving the
//! entries.

use super::pace::{PlannerProps, planner};
use super::report::{ReportProps, report};
use crate::config::Tool;
use crate::contract::export::Entries;
use crate::rules::check::CheckReport;
use crate::rules::{Date, RulesError};
use crate::ui::env::Env;
use crate::ui::journey::share::ShareLink;
use crate::ui::journey::transfer::EntriesFile;
use crate::ui::widgets::PrintButton;
use std::rc::Rc;
use yew::prelude::*;

pub struct ReportColumnProps<'a> {
    pub report: Rc<Result<CheckReport, RulesError>>,
    /// The trainings' titles, to name the entries notices are about.
    pub titles: Vec<String>,
    /// The pace planner.
    pub planner: PlannerProps<'a>,
    /// What a share link or a file carries; `None` while nothing was entered.
    pub entries: Option<Rc<Entries>>,
    pub today: Date,
    /// Entries read from a file the person loaded.
    pub on_file: Callback<Entries>,
}

/// A function of its own in the wasm too, as `form_column` is.
#[inline(never)]
pub fn report_column(env: &Env, props: ReportColumnProps<'_>) -> Html {
    html! {
        <div class="chk-report-column">
            { report(env, &ReportProps { report: &props.report, titles: &props.titles }) }
            { planner(env, &props.planner) }
            <PrintButton />
            <ShareLink tool={Tool::Checker} entries={props.entries.clone()} />
            <EntriesFile tool={Tool::Checker} today={props.today} on_load={props.on_file} entries={props.entries} />
        </div>
    }
}
