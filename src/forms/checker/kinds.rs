//! The four kinds of entry: each one's draft, the draft of a saved entry, and the validation that turns a
//! draft back into an entry.

use super::{Entry, Field, FieldError, Problem, Reading, Section};
use crate::forms::{
    DateStyle, NumberStyle, YesNoNotSure, input_text, parse_date, parse_non_negative, parse_whole,
};
use crate::rules::entry_checks::{
    RscDatesFault, ends_after_start, not_after_today, rsc_dates, some_hours,
};
use crate::rules::model::{
    Count, Degree, DegreeLevel, Hours, RscEntry, Training, TrainingKind, WorkEntry, WorkScope,
};
use crate::rules::{Category, Date};
use serde::Serialize;

/// The errors found while validating one draft; a field's reader records its problem and gives back
/// what it read, so each draft's validation is a list of reads and one final match.
#[derive(Default)]
struct Errors(Vec<FieldError>);

impl Errors {
    fn read<T>(&mut self, field: Field, read: Result<T, Problem>) -> Option<T> {
        read.map_err(|p| self.add(field, p)).ok()
    }

    fn add(&mut self, field: Field, problem: Problem) {
        self.0.push(FieldError { field, problem });
    }

    /// `date` when it is today or earlier (the rules' check); a date after today is recorded as the
    /// field's problem.
    fn not_after(&mut self, field: Field, date: Date, today: Date) -> Option<Date> {
        let checked = not_after_today(date, today).map(|_| date);
        self.read(field, checked.map_err(|_| Problem::AfterToday { today }))
    }
}

/// Reads hours (zero or more, fractions allowed).
pub fn parse_hours(text: &str, style: NumberStyle) -> Result<Hours, Problem> {
    let value = parse_non_negative(text, style)?;
    Hours::new(value).ok_or(Problem::NotANumber)
}

/// Reads a whole count; an empty field is zero because the checker's counts are optional.
pub fn parse_count(text: &str, style: NumberStyle) -> Result<Count, Problem> {
    match parse_whole(text, style) {
        Err(Problem::Missing) => Ok(Count(0)),
        other => other.map(Count),
    }
}

/// Reads the hours of a training or RSC entry: more than 0, by the rules' check.
fn read_entry_hours(
    errors: &mut Errors,
    field: Field,
    text: &str,
    style: NumberStyle,
) -> Option<Hours> {
    let hours = parse_hours(text, style)
        .and_then(|h| some_hours(h.get()).map(|_| h).map_err(|_| Problem::Zero));
    errors.read(field, hours)
}

/// An optional date: empty is `None`.
fn parse_optional_date(text: &str, dates: DateStyle) -> Result<Option<Date>, Problem> {
    match parse_date(text, dates) {
        Err(Problem::Missing) => Ok(None),
        other => other.map(Some),
    }
}

fn date_text(date: Option<Date>, dates: DateStyle) -> String {
    date.map(|d| dates.write(d)).unwrap_or_default()
}

/// The degree editor's contents.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(default)]
pub struct DegreeDraft {
    pub level: DegreeLevel,
    pub competencies: Vec<String>,
}

impl Entry for Degree {
    type Draft = DegreeDraft;
    const SECTION: Section = Section::Degree;

    fn to_draft(&self, _dates: DateStyle) -> DegreeDraft {
        DegreeDraft {
            level: self.level,
            competencies: self.competencies.clone(),
        }
    }

    fn from_draft(draft: &DegreeDraft, _reading: Reading) -> Result<Degree, Vec<FieldError>> {
        if draft.level == DegreeLevel::None {
            let mut errors = Errors::default();
            errors.add(Field::DegreeLevel, Problem::Missing);
            return Err(errors.0);
        }
        Ok(Degree {
            level: draft.level,
            competencies: draft.competencies.clone(),
        })
    }
}

/// The work editor's contents. `current` is "I still work here": the end date's text is kept (not
/// cleared) when it is ticked, so unticking it gives it back.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(default)]
pub struct WorkDraft {
    pub scope: WorkScope,
    pub start: String,
    pub end: String,
    pub current: bool,
    pub families_served: String,
    pub post_graduate: bool,
    pub psychotherapy: bool,
    pub leadership: bool,
    pub provides_rsc: bool,
    pub volunteer: bool,
    pub supervised: bool,
    pub specialized_training: bool,
}

/// A saved position: the rules' entry, and whether it is still a reading of the finder's answers. Such
/// an entry was made, not entered ("3 years" became a position held for three years up to today), so the
/// list marks it for the person to check its dates until they save it from the editor.
#[derive(Clone, Debug, PartialEq)]
pub struct WorkRecord {
    pub work: WorkEntry,
    pub from_answers: bool,
}

impl Entry for WorkRecord {
    type Draft = WorkDraft;
    const SECTION: Section = Section::Work;

    /// A new position's draft with the scope that the category is about preselected.
    fn new_draft(category: Category) -> WorkDraft {
        let scope = match category {
            Category::FamilyAssociate => WorkScope::Promotion,
            Category::FamilySpecialist => WorkScope::Prevention,
            Category::MentalHealthSpecialist => WorkScope::Clinical,
            _ => WorkScope::Macro,
        };
        WorkDraft {
            scope,
            ..WorkDraft::default()
        }
    }

    fn to_draft(&self, dates: DateStyle) -> WorkDraft {
        let work = &self.work;
        WorkDraft {
            scope: work.scope,
            start: dates.write(work.start),
            end: date_text(work.end, dates),
            current: work.end.is_none(),
            families_served: if work.families_served.0 == 0 {
                String::new()
            } else {
                work.families_served.0.to_string()
            },
            post_graduate: work.post_graduate,
            psychotherapy: work.psychotherapy,
            leadership: work.leadership,
            provides_rsc: work.provides_rsc,
            volunteer: work.volunteer,
            supervised: work.supervised,
            specialized_training: work.specialized_training,
        }
    }

    fn from_draft(draft: &WorkDraft, reading: Reading) -> Result<WorkRecord, Vec<FieldError>> {
        let Reading {
            style,
            dates,
            today,
        } = reading;
        let mut errors = Errors::default();
        // A position may end after today (a contract's planned end), but it has started by now.
        let start = errors
            .read(Field::WorkStart, parse_date(&draft.start, dates))
            .and_then(|start| errors.not_after(Field::WorkStart, start, today));
        let end = if draft.current {
            Some(None)
        } else {
            let end = errors.read(Field::WorkEnd, parse_date(&draft.end, dates));
            if let (Some(start), Some(end)) = (start, end)
                && ends_after_start(start, end).is_err()
            {
                errors.add(Field::WorkEnd, Problem::EndBeforeStart);
            }
            end.map(Some)
        };
        let families = errors.read(
            Field::WorkFamilies,
            parse_count(&draft.families_served, style),
        );
        match (start, end, families) {
            (Some(start), Some(end), Some(families_served)) if errors.0.is_empty() => {
                let work = WorkEntry {
                    scope: draft.scope,
                    start,
                    end,
                    families_served,
                    post_graduate: draft.post_graduate,
                    psychotherapy: draft.psychotherapy,
                    leadership: draft.leadership,
                    provides_rsc: draft.provides_rsc,
                    volunteer: draft.volunteer,
                    supervised: draft.supervised,
                    specialized_training: draft.specialized_training,
                };
                // Saved from the editor, the entry is the person's own.
                Ok(WorkRecord {
                    work,
                    from_answers: false,
                })
            }
            _ => Err(errors.0),
        }
    }
}

/// A saved training: the rules' entry plus a title the person gives it for their own reference.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(default)]
pub struct TrainingRecord {
    pub title: String,
    pub training: Training,
}

/// The training editor's contents.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(default)]
pub struct TrainingDraft {
    pub title: String,
    pub hours: String,
    pub kind: TrainingKind,
    pub self_study: bool,
    pub date: String,
    pub competencies: Vec<String>,
}

impl TrainingDraft {
    /// The hours typed so far, when they parse; the competency picker's limit follows them live.
    pub fn hours_so_far(&self, style: NumberStyle) -> Option<Hours> {
        parse_hours(&self.hours, style).ok()
    }
}

impl Entry for TrainingRecord {
    type Draft = TrainingDraft;
    const SECTION: Section = Section::Training;

    fn to_draft(&self, dates: DateStyle) -> TrainingDraft {
        let t = &self.training;
        TrainingDraft {
            title: self.title.clone(),
            hours: input_text(t.hours.get()),
            kind: t.kind,
            self_study: t.self_study,
            date: date_text(t.date, dates),
            competencies: t.competencies.clone(),
        }
    }

    /// A training may be dated after today: it is planned, and the report says it counts once done.
    fn from_draft(
        draft: &TrainingDraft,
        reading: Reading,
    ) -> Result<TrainingRecord, Vec<FieldError>> {
        let style = reading.style;
        let mut errors = Errors::default();
        let hours = read_entry_hours(&mut errors, Field::TrainingHours, &draft.hours, style);
        let date = errors.read(
            Field::TrainingDate,
            parse_optional_date(&draft.date, reading.dates),
        );
        match (hours, date) {
            (Some(hours), Some(date)) => Ok(TrainingRecord {
                title: draft.title.trim().to_owned(),
                training: Training {
                    hours,
                    kind: draft.kind,
                    self_study: draft.self_study,
                    date,
                    competencies: draft.competencies.clone(),
                },
            }),
            _ => Err(errors.0),
        }
    }
}

/// The RSC editor's contents. Whether the provider was qualified starts unanswered: only a qualified
/// provider's hours count, so the person is asked rather than given a default. "Not sure" is an answer
/// too; it is kept beside the yes/no so that drafts saved before it existed still load.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(default)]
pub struct RscDraft {
    pub hours: String,
    pub qualified_provider: Option<bool>,
    pub provider_not_sure: bool,
    pub about_provision: bool,
    /// The day the RSC was received, or the first day of a period of it.
    pub date: String,
    /// The last day of a period of RSC; empty for one date.
    pub until: String,
}

impl RscDraft {
    /// The answer to "Was the provider qualified?", if there is one.
    pub fn provider(&self) -> Option<YesNoNotSure> {
        match (self.provider_not_sure, self.qualified_provider) {
            (true, _) => Some(YesNoNotSure::NotSure),
            (false, Some(true)) => Some(YesNoNotSure::Yes),
            (false, Some(false)) => Some(YesNoNotSure::No),
            (false, None) => None,
        }
    }

    pub fn set_provider(&mut self, answer: YesNoNotSure) {
        self.provider_not_sure = answer == YesNoNotSure::NotSure;
        self.qualified_provider = match answer {
            YesNoNotSure::Yes => Some(true),
            YesNoNotSure::No => Some(false),
            // Not known to be qualified, so nothing counts until it is confirmed.
            YesNoNotSure::NotSure => Some(false),
        };
    }
}

impl Entry for RscEntry {
    type Draft = RscDraft;
    const SECTION: Section = Section::Rsc;

    fn to_draft(&self, dates: DateStyle) -> RscDraft {
        RscDraft {
            hours: input_text(self.hours.get()),
            qualified_provider: Some(self.from_qualified_provider()),
            provider_not_sure: self.provider_unconfirmed,
            about_provision: self.about_provision,
            date: date_text(self.date.or(self.start), dates),
            until: date_text(self.end, dates),
        }
    }

    fn from_draft(draft: &RscDraft, reading: Reading) -> Result<RscEntry, Vec<FieldError>> {
        let style = reading.style;
        let mut errors = Errors::default();
        let hours = read_entry_hours(&mut errors, Field::RscHours, &draft.hours, style);
        let provider = draft.provider();
        if provider.is_none() {
            errors.add(Field::RscQualified, Problem::Missing);
        }
        let date = errors.read(
            Field::RscDate,
            parse_optional_date(&draft.date, reading.dates),
        );
        let until = errors.read(
            Field::RscUntil,
            parse_optional_date(&draft.until, reading.dates),
        );
        // RSC is logged once received; a planned session would count hours not yet had.
        for (field, day) in [(Field::RscDate, date), (Field::RscUntil, until)] {
            if let Some(Some(day)) = day {
                errors.not_after(field, day, reading.today);
            }
        }
        // One date, or a period from `date` to `until` (the rules count RSC about one's own provision
        // only while providing RSC, so a total logged for a year is best given its period), by the
        // rules' period check.
        let period = match (date, until) {
            (Some(date), Some(until)) => {
                // The entry's day, or the first and last days of its period.
                let dates = (
                    until.is_none().then_some(date).flatten(),
                    until.and(date),
                    until,
                );
                match rsc_dates(dates.0, dates.1, dates.2) {
                    Ok(()) => Some(dates),
                    Err(RscDatesFault::EndBeforeStart { .. }) => {
                        errors.add(Field::RscUntil, Problem::EndBeforeStart);
                        None
                    }
                    // A last day without a first: the first is what is missing.
                    Err(_) => {
                        errors.add(Field::RscDate, Problem::Missing);
                        None
                    }
                }
            }
            _ => None,
        };
        match (hours, provider, period) {
            (Some(hours), Some(provider), Some((date, start, end))) if errors.0.is_empty() => {
                Ok(RscEntry {
                    hours,
                    qualified_provider: provider == YesNoNotSure::Yes,
                    provider_unconfirmed: provider == YesNoNotSure::NotSure,
                    about_provision: draft.about_provision,
                    date,
                    start,
                    end,
                })
            }
            _ => Err(errors.0),
        }
    }
}
