//! The renewal tool's one root state: what the person entered (raw text kept), the two logs, and the entry
//! forms, with the transitions between them. Dates are read by [`parse_date`] in the visitor's
//! [`DateStyle`] and hours in their [`NumberStyle`], as in the other tools.

use super::{DateStyle, NumberStyle, input_text, parse_date, parse_non_negative};
pub use super::{Field, FieldError, Problem};
use crate::rules::association::Association;
use crate::rules::entry_checks::{not_after_today, some_hours};
use crate::rules::model::{Hours, LoggedRsc, LoggedTraining, TrainingKind};
use crate::rules::renewal::{is_large_entry, passed_deadlines};
use crate::rules::{
    Category, Date, EDITION_2025, ErrorKind, RenewalInput, RenewalReport, RulesError,
};
use serde::{Deserialize, Serialize};

/// Which of the two logs an entry or action is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LogKind {
    Training,
    Rsc,
}

/// One logged entry. Only entries that passed validation get here, so the date and hours are typed.
/// `kind` and `title` mean something only in the training log.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LogEntry {
    pub id: u32,
    pub date: Date,
    pub hours: Hours,
    #[serde(default)]
    pub kind: TrainingKind,
    #[serde(default)]
    pub title: String,
}

/// What the entry form holds while the person types: raw text, parsed only on submit.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(default)]
pub struct EntryDraft {
    pub date: String,
    pub hours: String,
    pub kind: TrainingKind,
    pub title: String,
}

impl EntryDraft {
    /// The draft of a logged entry, its date written the way the visitor's language writes dates.
    fn from_entry(entry: &LogEntry, dates: DateStyle) -> EntryDraft {
        EntryDraft {
            date: dates.write(entry.date),
            hours: input_text(entry.hours.get()),
            kind: entry.kind,
            title: entry.title.clone(),
        }
    }
}

/// The entry form of one log: a new entry, or the entry with `editing`'s id.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Editor {
    pub editing: Option<u32>,
    pub draft: EntryDraft,
    pub errors: Vec<FieldError>,
}

/// Something that just happened to a log, for the live region.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    Added(LogKind, LogEntry),
    Saved(LogKind, LogEntry),
    Removed(LogKind, LogEntry),
}

pub use super::FocusRequest;

/// Ids of focus targets that are not form fields.
pub const REPORT_HEADING_ID: &str = "rn-report-heading";
pub const ERROR_SUMMARY_ID: &str = "rn-error-summary";

/// The id of a log's heading, where focus goes when the entry that had it is removed.
pub fn log_heading_id(log: LogKind) -> &'static str {
    match log {
        LogKind::Training => "rn-training-log-heading",
        LogKind::Rsc => "rn-rsc-log-heading",
    }
}

/// The id of an entry's "Edit" button.
pub fn edit_button_id(id: u32) -> String {
    format!("rn-entry-{id}-edit")
}

/// The whole tool. The fields without `serde(skip)` are what is saved between visits.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(default)]
pub struct RenewalState {
    pub category: Option<Category>,
    /// Raw text of the endorsement date, as typed.
    pub endorsed_on: String,
    /// Raw text of the membership expiry date; empty means unknown.
    pub membership_expires: String,
    /// The answer to "Did you renew by …?": `Some(true)` when a deadline was missed (or renewed without
    /// the hours). No answer is assumed: `None` until the person chooses.
    pub lapsed: Option<bool>,
    /// The answer to "Do you provide RSC?", asked only where the association has a sub-requirement for
    /// RSC providers. No answer is assumed: `None` until the person chooses (the report then says the
    /// answer is still needed before it can say they are ready).
    pub provides_rsc: Option<bool>,
    pub trainings: Vec<LogEntry>,
    pub rsc: Vec<LogEntry>,
    pub next_id: u32,
    /// The person asked for the report once: from then on, missing answers are errors, not just blanks.
    #[serde(skip)]
    pub submitted: bool,
    #[serde(skip)]
    pub training_editor: Editor,
    #[serde(skip)]
    pub rsc_editor: Editor,
    #[serde(skip)]
    pub last_change: Option<Change>,
    #[serde(skip)]
    pub focus: Option<FocusRequest>,
}

/// Everything the renewal tool's components can ask for.
#[derive(Clone, Debug, PartialEq)]
pub enum RenewalAction {
    SetCategory(Option<Category>),
    SetEndorsedOn(String),
    SetMembershipExpires(String),
    SetLapsed(bool),
    SetProvidesRsc(bool),
    /// "Show my renewal": reveal every error, then move focus to the errors or the report (under the
    /// association's rules, as the report is made).
    Submit {
        today: Date,
        dates: DateStyle,
        association: Association,
    },
    EditDraft(LogKind, EntryDraft),
    /// Validate the draft; add it (or save the edited entry) when it is valid.
    SubmitEntry {
        log: LogKind,
        reading: EntryReading,
    },
    /// Opens the entry with this id in its log's form, its date written in `DateStyle`.
    StartEdit(LogKind, u32, DateStyle),
    CancelEdit(LogKind),
    Remove(LogKind, u32),
    /// Answers and logs that came from a share link or a file, in place of the current ones (after
    /// consent).
    Restore(Box<RenewalState>),
}

impl RenewalState {
    pub fn log(&self, log: LogKind) -> &[LogEntry] {
        match log {
            LogKind::Training => &self.trainings,
            LogKind::Rsc => &self.rsc,
        }
    }

    fn log_mut(&mut self, log: LogKind) -> &mut Vec<LogEntry> {
        match log {
            LogKind::Training => &mut self.trainings,
            LogKind::Rsc => &mut self.rsc,
        }
    }

    pub fn editor(&self, log: LogKind) -> &Editor {
        match log {
            LogKind::Training => &self.training_editor,
            LogKind::Rsc => &self.rsc_editor,
        }
    }

    fn editor_mut(&mut self, log: LogKind) -> &mut Editor {
        match log {
            LogKind::Training => &mut self.training_editor,
            LogKind::Rsc => &mut self.rsc_editor,
        }
    }

    fn request_focus(&mut self, target: impl Into<String>) {
        self.focus = Some(FocusRequest::next(self.focus.as_ref(), target));
    }

    /// The renewal deadlines that have passed since the endorsement date typed (see
    /// [`passed_deadlines`]), on the association's deadline day; `None` while that date cannot be read
    /// or is after today.
    pub fn passed_deadlines(
        &self,
        today: Date,
        dates: DateStyle,
        association: &Association,
    ) -> Option<Vec<Date>> {
        let endorsed_on = parse_date(&self.endorsed_on, dates).ok()?;
        (endorsed_on <= today)
            .then(|| passed_deadlines(&EDITION_2025, association, endorsed_on, today))
    }

    /// The logged entries whose hours are far above any real entry, to be checked for a typing slip.
    pub fn entries_to_check(&self) -> impl Iterator<Item = &LogEntry> {
        self.trainings
            .iter()
            .chain(&self.rsc)
            .filter(|e| is_large_entry(&EDITION_2025, e.hours.get()))
    }

    /// The engine's input under `association`'s rules, or every problem with what was entered. Missing
    /// answers count as problems only once the person has asked for the report (`submitted`); a malformed
    /// value is a problem at once.
    pub fn to_input(
        &self,
        today: Date,
        dates: DateStyle,
        association: &Association,
    ) -> Result<RenewalInput, Vec<FieldError>> {
        let mut errors = Vec::new();
        let missing = |field: Field, problem: Problem, errors: &mut Vec<FieldError>| {
            if self.submitted {
                errors.push(FieldError { field, problem });
            }
        };
        let category = match self.category {
            Some(c) => Some(c),
            None => {
                missing(Field::Category, Problem::Missing, &mut errors);
                None
            }
        };
        let endorsed_on = match parse_date(&self.endorsed_on, dates) {
            Err(Problem::Missing) => {
                missing(Field::EndorsedOn, Problem::Missing, &mut errors);
                None
            }
            read => read
                .map_err(|p| errors.push(FieldError::new(Field::EndorsedOn, p)))
                .ok(),
        };
        let membership_expires = match parse_date(&self.membership_expires, dates) {
            Err(Problem::Missing) => None,
            read => read
                .map_err(|p| errors.push(FieldError::new(Field::MembershipExpires, p)))
                .ok(),
        };
        // The lapsed question is asked only once a deadline has passed, and it has no default: a plan for
        // the next deadline would mislead someone whose endorsement lapsed.
        let lapsed = match self.lapsed {
            Some(lapsed) => Some(lapsed),
            None if self
                .passed_deadlines(today, dates, association)
                .is_some_and(|passed| !passed.is_empty()) =>
            {
                missing(Field::Lapsed, Problem::Missing, &mut errors);
                None
            }
            None => Some(false),
        };
        match (category, endorsed_on, lapsed) {
            (Some(category), Some(endorsed_on), Some(lapsed)) if errors.is_empty() => {
                Ok(RenewalInput {
                    category,
                    endorsed_on,
                    today: Some(today),
                    trainings: self
                        .trainings
                        .iter()
                        .map(|e| LoggedTraining {
                            hours: e.hours,
                            date: e.date,
                            kind: e.kind,
                        })
                        .collect(),
                    rsc: self
                        .rsc
                        .iter()
                        .map(|e| LoggedRsc {
                            hours: e.hours,
                            date: e.date,
                        })
                        .collect(),
                    membership_expires,
                    lapsed,
                    provides_rsc: self.provides_rsc == Some(true),
                    association: association.clone(),
                })
            }
            _ => Err(errors),
        }
    }
}

/// What the inputs give: the engine's input and report, or the problems to show next to the fields.
pub type Outcome = Result<(RenewalInput, RenewalReport), Vec<FieldError>>;

/// Runs the rules engine on the state. Errors of the engine are mapped to the field they are about.
pub fn outcome(state: &RenewalState, today: Date, dates: DateStyle) -> Outcome {
    outcome_for(state, today, dates, &Association::default())
}

/// [`outcome`] under an association's own rules (its profile's `rules`).
pub fn outcome_for(
    state: &RenewalState,
    today: Date,
    dates: DateStyle,
    association: &Association,
) -> Outcome {
    let input = state.to_input(today, dates, association)?;
    match crate::rules::renewal(&input) {
        Ok(report) => Ok((input, report)),
        Err(error) => Err(vec![engine_error(&error, today)]),
    }
}

/// Puts an engine error next to the input it is about: the renewal's own kinds as their problems, any
/// other by its kind and the list of the entry it names, beside the category or the membership date it
/// names or else the endorsement date (the input that decides the cycle). Never the engine's English
/// message.
pub fn engine_error(error: &RulesError, today: Date) -> FieldError {
    let other = Problem::Engine {
        kind: error.kind,
        list: error.entry.map(|(list, _)| list),
    };
    let (field, problem) = match error.kind {
        ErrorKind::NotRenewed => (Field::Category, Problem::NotRenewed),
        ErrorKind::EndorsedAfterToday => (Field::EndorsedOn, Problem::AfterToday { today }),
        _ if error.field == "category" => (Field::Category, other),
        _ if error.field == "membership_expires" => (Field::MembershipExpires, other),
        _ => (Field::EndorsedOn, other),
    };
    FieldError { field, problem }
}

/// Reads the hours of a log entry: more than zero (the rules' check), in the visitor's style. There is
/// no upper limit per entry (a month of RSC can be one entry).
pub fn parse_hours(text: &str, style: NumberStyle) -> Result<Hours, Problem> {
    let value = parse_non_negative(text, style).map_err(|p| match p {
        Problem::Missing | Problem::Negative => p,
        _ => Problem::NotANumber,
    })?;
    some_hours(value).map_err(|_| Problem::Zero)?;
    Hours::new(value).ok_or(Problem::NotANumber)
}

/// What reading an entry depends on besides its text: today (entries are completed hours), and how the
/// visitor's language writes numbers and dates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EntryReading {
    pub today: Date,
    pub style: NumberStyle,
    pub dates: DateStyle,
}

/// Validates one draft into an entry with `id`, or the problems of its fields.
pub fn validate_entry(
    log: LogKind,
    draft: &EntryDraft,
    id: u32,
    reading: EntryReading,
) -> Result<LogEntry, Vec<FieldError>> {
    let EntryReading {
        today,
        style,
        dates,
    } = reading;
    let mut errors = Vec::new();
    let field = Field::EntryDate(log);
    let date = match parse_date(&draft.date, dates) {
        Ok(d) if not_after_today(d, today).is_err() => Err(Problem::AfterToday { today }),
        read => read,
    };
    let date = date
        .map_err(|p| errors.push(FieldError::new(field, p)))
        .ok();
    let hours = match parse_hours(&draft.hours, style) {
        Ok(h) => Some(h),
        Err(problem) => {
            errors.push(FieldError {
                field: Field::EntryHours(log),
                problem,
            });
            None
        }
    };
    match (date, hours) {
        (Some(date), Some(hours)) => Ok(LogEntry {
            id,
            date,
            hours,
            kind: match log {
                LogKind::Training => draft.kind,
                LogKind::Rsc => TrainingKind::default(),
            },
            title: match log {
                LogKind::Training => draft.title.trim().to_owned(),
                LogKind::Rsc => String::new(),
            },
        }),
        _ => Err(errors),
    }
}

impl RenewalState {
    /// Applies one action. `last_change` says only what this action did.
    pub fn apply(&mut self, action: RenewalAction) {
        self.last_change = None;
        match action {
            RenewalAction::SetCategory(category) => self.category = category,
            RenewalAction::SetEndorsedOn(text) => self.endorsed_on = text,
            RenewalAction::SetMembershipExpires(text) => self.membership_expires = text,
            RenewalAction::SetLapsed(lapsed) => self.lapsed = Some(lapsed),
            RenewalAction::SetProvidesRsc(provides) => self.provides_rsc = Some(provides),
            RenewalAction::Restore(restored) => *self = *restored,
            RenewalAction::Submit {
                today,
                dates,
                association,
            } => {
                self.submitted = true;
                let target = match self.to_input(today, dates, &association) {
                    Ok(input) => match crate::rules::renewal(&input) {
                        Ok(_) => REPORT_HEADING_ID,
                        Err(_) => ERROR_SUMMARY_ID,
                    },
                    Err(_) => ERROR_SUMMARY_ID,
                };
                self.request_focus(target);
            }
            RenewalAction::EditDraft(log, draft) => self.editor_mut(log).draft = draft,
            RenewalAction::SubmitEntry { log, reading } => {
                let editor = self.editor(log).clone();
                let id = editor.editing.unwrap_or(self.next_id);
                match validate_entry(log, &editor.draft, id, reading) {
                    Ok(entry) => {
                        let entries = self.log_mut(log);
                        let existing = entries.iter_mut().find(|e| Some(e.id) == editor.editing);
                        let (change, focus) = match existing {
                            Some(existing) => {
                                *existing = entry.clone();
                                // Back to the entry that was edited, where the person started.
                                (Change::Saved(log, entry.clone()), edit_button_id(entry.id))
                            }
                            None => {
                                entries.push(entry.clone());
                                self.next_id = self.next_id.max(entry.id).wrapping_add(1);
                                // Ready for the next entry.
                                (
                                    Change::Added(log, entry),
                                    Field::EntryDate(log).id().to_owned(),
                                )
                            }
                        };
                        // Keep the log in date order so that it reads like a record.
                        crate::rules::sort_small_by_key(self.log_mut(log), |e| (e.date, e.id));
                        // A fresh form, every field at its default: a type carried over from the last
                        // entry would be saved with the next one unseen.
                        *self.editor_mut(log) = Editor::default();
                        self.last_change = Some(change);
                        self.request_focus(focus);
                    }
                    Err(errors) => {
                        let first = errors.first().map(|e| e.field.id());
                        self.editor_mut(log).errors = errors;
                        if let Some(target) = first {
                            self.request_focus(target);
                        }
                    }
                }
            }
            RenewalAction::StartEdit(log, id, dates) => {
                if let Some(entry) = self.log(log).iter().find(|e| e.id == id).cloned() {
                    *self.editor_mut(log) = Editor {
                        editing: Some(id),
                        draft: EntryDraft::from_entry(&entry, dates),
                        errors: Vec::new(),
                    };
                    self.request_focus(Field::EntryDate(log).id());
                }
            }
            RenewalAction::CancelEdit(log) => {
                *self.editor_mut(log) = Editor::default();
                self.request_focus(log_heading_id(log));
            }
            RenewalAction::Remove(log, id) => {
                let entries = self.log_mut(log);
                if let Some(index) = entries.iter().position(|e| e.id == id) {
                    let entry = entries.remove(index);
                    if self.editor(log).editing == Some(id) {
                        *self.editor_mut(log) = Editor::default();
                    }
                    self.last_change = Some(Change::Removed(log, entry));
                    self.request_focus(log_heading_id(log));
                }
            }
        }
    }
}
