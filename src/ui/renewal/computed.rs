//! What the renewal tool shows, worked out from its state: the engine's report (or the problems with
//! what was entered), the deadlines passed, the calendar file and the entries a share link or file holds.
//! The root keeps one per change of what the report depends on (`use_memo` on [`report_key`]), so typing
//! in an entry form, which changes only the editor, runs no rule.

use crate::contract::ToolInput;
use crate::contract::calendar::{Calendar, renewal_calendar};
use crate::contract::export::Entries;
use crate::forms::renewal::{Editor, FieldError, RenewalState, outcome_for};
use crate::rules::{Date, RenewalInput, RenewalReport};
use crate::ui::env::Env;
use std::rc::Rc;

pub struct Computed {
    /// `None` until the category and endorsement date are known and valid.
    pub report: Option<Rc<(RenewalInput, RenewalReport)>>,
    /// Every problem with what was entered (empty with a report).
    pub errors: Vec<FieldError>,
    /// The renewal deadlines passed since the endorsement date; `None` while that date cannot be read.
    pub passed: Option<Vec<Date>>,
    pub calendar: Option<Rc<Calendar>>,
    pub entries: Option<Rc<Entries>>,
}

/// The state without what only the entry editors, the last change and the focus request hold: what the
/// report depends on.
pub fn report_key(state: &RenewalState) -> RenewalState {
    RenewalState {
        training_editor: Editor::default(),
        rsc_editor: Editor::default(),
        last_change: None,
        focus: None,
        ..state.clone()
    }
}

impl Computed {
    pub fn of(state: &RenewalState, env: &Env) -> Computed {
        let t = env.locale();
        let dates = t.date_style();
        let rules = &env.config.profile.rules;
        let (report, errors) = match outcome_for(state, env.today, dates, rules) {
            Ok(pair) => (Some(Rc::new(pair)), Vec::new()),
            Err(errors) => (None, errors),
        };
        let calendar = report
            .as_ref()
            .and_then(|pair| renewal_calendar(t, &pair.1, &pair.0))
            .map(Rc::new);
        let entries = report.as_ref().map(|pair| {
            let input = ToolInput::Renewal(pair.0.clone());
            Rc::new(Entries::new(input, state.training_titles(), Vec::new()))
        });
        Computed {
            passed: state.passed_deadlines(env.today, dates, rules),
            report,
            errors,
            calendar,
            entries,
        }
    }
}
