//! The checker's one root state: the chosen category, the saved entries, the open entry editors and their
//! errors. Pure (no web-sys), so the reducer is tested in `tests/web_checker.rs`.
//!
//! Saved entries are the rules' own types, so the profile handed to `rules::check` is built from them
//! without re-reading anything. Editors hold drafts with RAW strings for numbers and dates, so nothing a
//! person types is lost when it does not parse; drafts are validated only when the entry is saved.

use super::Preset;
pub use crate::i18n::checker::{Field, Problem};
use crate::i18n::parse_decimal;
use crate::rules::model::{
    Count, Degree, DegreeLevel, Hours, RscEntry, Training, TrainingKind, WorkEntry, WorkScope,
};
use crate::rules::{Category, Credential, Date, Profile};
use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// The kinds of entry a person can add, edit and remove.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Section {
    Degree,
    Work,
    Training,
    Rsc,
}

impl Section {
    pub const ALL: [Section; 4] = [
        Section::Degree,
        Section::Work,
        Section::Training,
        Section::Rsc,
    ];

    /// The stem of the DOM ids of this section's elements.
    pub fn id(self) -> &'static str {
        match self {
            Section::Degree => "degree",
            Section::Work => "work",
            Section::Training => "training",
            Section::Rsc => "rsc",
        }
    }

    /// The id of the section's heading (focused after an entry is saved or the editor is closed).
    pub fn heading_id(self) -> String {
        format!("chk-{}-heading", self.id())
    }

    /// The id of the editor's heading (focused when the editor opens).
    pub fn editor_heading_id(self) -> String {
        format!("chk-{}-editor-heading", self.id())
    }

    /// The id of the "Undo" button shown after a removal.
    pub fn undo_id(self) -> String {
        format!("chk-{}-undo", self.id())
    }
}

impl Field {
    /// The DOM id of the field's input (or of the first radio of a group), which error links point at.
    pub fn id(self) -> &'static str {
        match self {
            Field::DegreeLevel => "chk-degree-level",
            Field::WorkStart => "chk-work-start",
            Field::WorkEnd => "chk-work-end",
            Field::WorkFamilies => "chk-work-families",
            Field::TrainingHours => "chk-training-hours",
            Field::TrainingDate => "chk-training-date",
            Field::RscHours => "chk-rsc-hours",
            Field::RscQualified => "chk-rsc-qualified",
            Field::RscDate => "chk-rsc-date",
            Field::References => "chk-references",
        }
    }

    /// The id of the field's inline error message, for `aria-describedby`.
    pub fn error_id(self) -> String {
        format!("{}-error", self.id())
    }
}

/// One error of one field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FieldError {
    pub field: Field,
    pub problem: Problem,
}

fn error(field: Field, problem: Problem) -> FieldError {
    FieldError { field, problem }
}

/// Reads a number of hours the way people type it: surrounding spaces are ignored and a lone decimal
/// comma ("1,5") is read as a point, because Spanish speakers write it so.
pub fn parse_hours(text: &str) -> Result<Hours, Problem> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Problem::Required);
    }
    let normalized = if !text.contains('.') && text.matches(',').count() == 1 {
        text.replace(',', ".")
    } else {
        text.to_owned()
    };
    let value = parse_decimal(&normalized).ok_or(Problem::NotANumber)?;
    if !value.is_finite() {
        return Err(Problem::NotANumber);
    }
    Hours::new(value).ok_or(Problem::Negative)
}

/// Reads a whole count; an empty field is zero because counts here are optional.
pub fn parse_count(text: &str) -> Result<Count, Problem> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(Count(0));
    }
    let value = parse_decimal(text).ok_or(Problem::NotANumber)?;
    if !value.is_finite() {
        return Err(Problem::NotANumber);
    }
    if value < 0.0 {
        return Err(Problem::Negative);
    }
    if value.fract() != 0.0 || value > f64::from(u32::MAX) {
        return Err(Problem::NotWhole);
    }
    Ok(Count(value as u32))
}

/// Reads a date as YYYY-MM-DD, also accepting single-digit months and days and `/` as separator
/// ("2024-3-5", "2024/03/05"), since those are unambiguous.
pub fn parse_date(text: &str) -> Result<Date, Problem> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Problem::Required);
    }
    let parts: Vec<&str> = text.split(['-', '/']).collect();
    let [year, month, day] = parts.as_slice() else {
        return Err(Problem::NotADate);
    };
    let digits = |s: &str, max_len: usize| -> Option<u32> {
        (!s.is_empty() && s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    if year.len() != 4 {
        return Err(Problem::NotADate);
    }
    let (Some(y), Some(m), Some(d)) = (digits(year, 4), digits(month, 2), digits(day, 2)) else {
        return Err(Problem::NotADate);
    };
    Date::from_ymd(y as i32, m, d).ok_or(Problem::NotADate)
}

/// An optional date: empty is `None`.
fn parse_optional_date(text: &str) -> Result<Option<Date>, Problem> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        parse_date(text).map(Some)
    }
}

/// Formats hours for an input field without a trailing ".0".
fn hours_text(hours: Hours) -> String {
    crate::i18n::number(hours.get())
}

/// The degree editor's contents.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DegreeDraft {
    pub level: DegreeLevel,
    pub competencies: Vec<String>,
}

impl DegreeDraft {
    pub fn from_saved(degree: &Degree) -> DegreeDraft {
        DegreeDraft {
            level: degree.level,
            competencies: degree.competencies.clone(),
        }
    }

    pub fn validate(&self) -> Result<Degree, Vec<FieldError>> {
        if !self.level.is_degree() {
            return Err(vec![error(Field::DegreeLevel, Problem::Required)]);
        }
        Ok(Degree {
            level: self.level,
            competencies: self.competencies.clone(),
        })
    }
}

/// The work editor's contents. `current` is "I still work here": the end date's text is kept (not
/// cleared) when it is ticked, so unticking it gives it back.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
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

impl WorkDraft {
    /// A new position's draft with the scope that the category is about preselected.
    pub fn for_category(category: Category) -> WorkDraft {
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

    pub fn from_saved(work: &WorkEntry) -> WorkDraft {
        WorkDraft {
            scope: work.scope,
            start: work.start.to_string(),
            end: work.end.map(|d| d.to_string()).unwrap_or_default(),
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

    pub fn validate(&self) -> Result<WorkEntry, Vec<FieldError>> {
        let mut errors = Vec::new();
        let start = parse_date(&self.start)
            .map_err(|p| errors.push(error(Field::WorkStart, p)))
            .ok();
        let end = if self.current {
            Some(None)
        } else {
            match parse_date(&self.end) {
                Ok(end) => {
                    if start.is_some_and(|s| end < s) {
                        errors.push(error(Field::WorkEnd, Problem::EndBeforeStart));
                    }
                    Some(Some(end))
                }
                Err(p) => {
                    errors.push(error(Field::WorkEnd, p));
                    None
                }
            }
        };
        let families = parse_count(&self.families_served)
            .map_err(|p| errors.push(error(Field::WorkFamilies, p)))
            .ok();
        match (start, end, families) {
            (Some(start), Some(end), Some(families_served)) if errors.is_empty() => Ok(WorkEntry {
                scope: self.scope,
                start,
                end,
                families_served,
                post_graduate: self.post_graduate,
                psychotherapy: self.psychotherapy,
                leadership: self.leadership,
                provides_rsc: self.provides_rsc,
                volunteer: self.volunteer,
                supervised: self.supervised,
                specialized_training: self.specialized_training,
            }),
            _ => Err(errors),
        }
    }
}

/// A saved training: the rules' entry plus a title the person gives it for their own reference.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TrainingRecord {
    pub title: String,
    pub training: Training,
}

/// The training editor's contents.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
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
    pub fn from_saved(record: &TrainingRecord) -> TrainingDraft {
        let t = &record.training;
        TrainingDraft {
            title: record.title.clone(),
            hours: hours_text(t.hours),
            kind: t.kind,
            self_study: t.self_study,
            date: t.date.map(|d| d.to_string()).unwrap_or_default(),
            competencies: t.competencies.clone(),
        }
    }

    /// The hours typed so far, when they parse; the competency picker's limit follows them live.
    pub fn hours_so_far(&self) -> Option<Hours> {
        parse_hours(&self.hours).ok()
    }

    pub fn validate(&self) -> Result<TrainingRecord, Vec<FieldError>> {
        let mut errors = Vec::new();
        let hours = parse_hours(&self.hours)
            .map_err(|p| errors.push(error(Field::TrainingHours, p)))
            .ok();
        let date = parse_optional_date(&self.date)
            .map_err(|p| errors.push(error(Field::TrainingDate, p)))
            .ok();
        match (hours, date) {
            (Some(hours), Some(date)) => Ok(TrainingRecord {
                title: self.title.trim().to_owned(),
                training: Training {
                    hours,
                    kind: self.kind,
                    self_study: self.self_study,
                    date,
                    competencies: self.competencies.clone(),
                },
            }),
            _ => Err(errors),
        }
    }
}

/// The RSC editor's contents. `qualified_provider` starts unanswered: only a qualified provider's hours
/// count, so the person is asked rather than given a default.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RscDraft {
    pub hours: String,
    pub qualified_provider: Option<bool>,
    pub about_provision: bool,
    pub date: String,
}

impl RscDraft {
    pub fn from_saved(rsc: &RscEntry) -> RscDraft {
        RscDraft {
            hours: hours_text(rsc.hours),
            qualified_provider: Some(rsc.qualified_provider),
            about_provision: rsc.about_provision,
            date: rsc.date.map(|d| d.to_string()).unwrap_or_default(),
        }
    }

    pub fn validate(&self) -> Result<RscEntry, Vec<FieldError>> {
        let mut errors = Vec::new();
        let hours = parse_hours(&self.hours)
            .map_err(|p| errors.push(error(Field::RscHours, p)))
            .ok();
        if self.qualified_provider.is_none() {
            errors.push(error(Field::RscQualified, Problem::Required));
        }
        let date = parse_optional_date(&self.date)
            .map_err(|p| errors.push(error(Field::RscDate, p)))
            .ok();
        match (hours, self.qualified_provider, date) {
            (Some(hours), Some(qualified_provider), Some(date)) => Ok(RscEntry {
                hours,
                qualified_provider,
                about_provision: self.about_provision,
                date,
            }),
            _ => Err(errors),
        }
    }
}

/// An open editor: which entry it edits (`None` for a new one), the draft, and the errors of the last
/// attempt to save it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Editor<D> {
    pub index: Option<usize>,
    pub draft: D,
    #[serde(default)]
    pub errors: Vec<FieldError>,
    /// Failed attempts to save; the error summary takes focus again on each one.
    #[serde(default)]
    pub attempts: u32,
}

impl<D> Editor<D> {
    fn new(index: Option<usize>, draft: D) -> Editor<D> {
        Editor {
            index,
            draft,
            errors: Vec::new(),
            attempts: 0,
        }
    }
}

/// The editors of the four entry kinds; each section has at most one open.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Editors {
    pub degree: Option<Editor<DegreeDraft>>,
    pub work: Option<Editor<WorkDraft>>,
    pub training: Option<Editor<TrainingDraft>>,
    pub rsc: Option<Editor<RscDraft>>,
}

impl Editors {
    pub fn is_open(&self, section: Section) -> bool {
        match section {
            Section::Degree => self.degree.is_some(),
            Section::Work => self.work.is_some(),
            Section::Training => self.training.is_some(),
            Section::Rsc => self.rsc.is_some(),
        }
    }

    pub fn errors(&self, section: Section) -> &[FieldError] {
        match section {
            Section::Degree => self.degree.as_ref().map(|e| e.errors.as_slice()),
            Section::Work => self.work.as_ref().map(|e| e.errors.as_slice()),
            Section::Training => self.training.as_ref().map(|e| e.errors.as_slice()),
            Section::Rsc => self.rsc.as_ref().map(|e| e.errors.as_slice()),
        }
        .unwrap_or(&[])
    }

    /// The index being edited in `section`, if an existing entry is being edited.
    fn index_mut(&mut self, section: Section) -> Option<&mut Option<usize>> {
        match section {
            Section::Degree => self.degree.as_mut().map(|e| &mut e.index),
            Section::Work => self.work.as_mut().map(|e| &mut e.index),
            Section::Training => self.training.as_mut().map(|e| &mut e.index),
            Section::Rsc => self.rsc.as_mut().map(|e| &mut e.index),
        }
    }
}

/// A removed entry, kept until the next removal so that "Undo" can put it back where it was.
#[derive(Clone, Debug, PartialEq)]
pub enum Removed {
    Degree(usize, Degree),
    Work(usize, WorkEntry),
    Training(usize, TrainingRecord),
    Rsc(usize, RscEntry),
}

impl Removed {
    pub fn section(&self) -> Section {
        match self {
            Removed::Degree(..) => Section::Degree,
            Removed::Work(..) => Section::Work,
            Removed::Training(..) => Section::Training,
            Removed::Rsc(..) => Section::Rsc,
        }
    }

    pub fn index(&self) -> usize {
        match self {
            Removed::Degree(i, _)
            | Removed::Work(i, _)
            | Removed::Training(i, _)
            | Removed::Rsc(i, _) => *i,
        }
    }
}

/// The id of the tool's heading.
pub const TITLE_ID: &str = "chk-title";

/// Where keyboard focus should go after an action; the tool moves it once per new `serial`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FocusRequest {
    pub id: String,
    pub serial: u32,
}

/// The checker's state. Everything but the transient parts (undo, focus) is saved between visits.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CheckerState {
    pub category: Category,
    pub credential: Credential,
    pub degrees: Vec<Degree>,
    pub work: Vec<WorkEntry>,
    pub trainings: Vec<TrainingRecord>,
    pub rsc: Vec<RscEntry>,
    /// The references field's text as typed; see [`CheckerState::references`].
    pub references_text: String,
    pub endorsed_in: Vec<Category>,
    pub editors: Editors,
    #[serde(skip)]
    pub removed: Option<Removed>,
    #[serde(skip)]
    pub focus: Option<FocusRequest>,
    /// The last hand-over applied. A preset is applied once, however often the tool remounts (switching
    /// tabs and back must not undo a category the person changed since), and again when the category tool
    /// hands over a new one. Saved, because the tool remounts on every tab switch.
    pub last_preset: Option<Preset>,
}

impl Default for CheckerState {
    fn default() -> Self {
        CheckerState {
            category: Category::FamilyAssociate,
            credential: Credential::Imh,
            degrees: Vec::new(),
            work: Vec::new(),
            trainings: Vec::new(),
            rsc: Vec::new(),
            references_text: String::new(),
            endorsed_in: Vec::new(),
            editors: Editors::default(),
            removed: None,
            focus: None,
            last_preset: None,
        }
    }
}

/// Everything a person can do in the checker.
#[derive(Clone, Debug, PartialEq)]
pub enum CheckerAction {
    SetCategory(Category),
    SetCredential(Credential),
    /// A category and credential handed over by the category tool; applied once per serial.
    ApplyPreset(Preset),
    /// Opens the editor of `section` for a new entry.
    Add(Section),
    /// Opens the editor of `section` on the saved entry at an index.
    Edit(Section, usize),
    /// Closes the editor without saving; the saved entry stays as it was.
    Cancel(Section),
    /// Validates the draft; saves it and closes the editor, or keeps it open with its errors.
    Save(Section),
    Remove(Section, usize),
    /// Puts the last removed entry back where it was.
    Undo,
    DegreeDraft(DegreeDraft),
    WorkDraft(WorkDraft),
    TrainingDraft(TrainingDraft),
    RscDraft(RscDraft),
    SetReferences(String),
    SetEndorsed(Category, bool),
}

impl CheckerState {
    /// The number of references, or the problem with what was typed. An empty field is zero.
    pub fn references(&self) -> Result<Count, Problem> {
        parse_count(&self.references_text)
    }

    pub fn len(&self, section: Section) -> usize {
        match section {
            Section::Degree => self.degrees.len(),
            Section::Work => self.work.len(),
            Section::Training => self.trainings.len(),
            Section::Rsc => self.rsc.len(),
        }
    }

    /// The profile `rules::check` is asked about: only SAVED entries count, never open drafts. The
    /// credential falls back to the first one the association offers when the saved one is not offered; a
    /// references field that does not read as a whole number counts as zero (its error is shown by it).
    pub fn to_profile(&self, today: Date, offered: &[Credential]) -> Profile {
        Profile {
            category: self.category,
            credential: self.effective_credential(offered),
            today: Some(today),
            degrees: self.degrees.clone(),
            work: self.work.clone(),
            trainings: self.trainings.iter().map(|t| t.training.clone()).collect(),
            rsc: self.rsc.clone(),
            references: self.references().unwrap_or_default(),
            endorsed_in: self.endorsed_in.clone(),
        }
    }

    /// The chosen credential if the association offers it, else the first one it offers.
    pub fn effective_credential(&self, offered: &[Credential]) -> Credential {
        if offered.is_empty() || offered.contains(&self.credential) {
            self.credential
        } else {
            offered[0]
        }
    }

    fn focus_on(&mut self, id: String) {
        let serial = self.focus.as_ref().map_or(0, |f| f.serial.wrapping_add(1));
        self.focus = Some(FocusRequest { id, serial });
    }

    fn open(&mut self, section: Section, index: Option<usize>) -> bool {
        if self.editors.is_open(section) {
            // A second "Add" or "Edit" while a draft is open would throw the draft away.
            return false;
        }
        if let Some(i) = index
            && i >= self.len(section)
        {
            return false;
        }
        match section {
            Section::Degree => {
                let draft = index
                    .and_then(|i| self.degrees.get(i))
                    .map(DegreeDraft::from_saved)
                    .unwrap_or_default();
                self.editors.degree = Some(Editor::new(index, draft));
            }
            Section::Work => {
                let draft = index
                    .and_then(|i| self.work.get(i))
                    .map(WorkDraft::from_saved)
                    .unwrap_or_else(|| WorkDraft::for_category(self.category));
                self.editors.work = Some(Editor::new(index, draft));
            }
            Section::Training => {
                let draft = index
                    .and_then(|i| self.trainings.get(i))
                    .map(TrainingDraft::from_saved)
                    .unwrap_or_default();
                self.editors.training = Some(Editor::new(index, draft));
            }
            Section::Rsc => {
                let draft = index
                    .and_then(|i| self.rsc.get(i))
                    .map(RscDraft::from_saved)
                    .unwrap_or_default();
                self.editors.rsc = Some(Editor::new(index, draft));
            }
        }
        // An "Undo" offer goes stale once the person moves on to other entries.
        self.removed = None;
        self.focus_on(section.editor_heading_id());
        true
    }

    fn save(&mut self, section: Section) -> bool {
        fn commit<T: Clone, D>(
            editor: &mut Option<Editor<D>>,
            list: &mut Vec<T>,
            validate: impl Fn(&D) -> Result<T, Vec<FieldError>>,
        ) -> Option<bool> {
            let open = editor.as_mut()?;
            match validate(&open.draft) {
                Ok(entry) => {
                    match open.index {
                        Some(i) if i < list.len() => list[i] = entry,
                        _ => list.push(entry),
                    }
                    *editor = None;
                    Some(true)
                }
                Err(errors) => {
                    open.errors = errors;
                    open.attempts = open.attempts.wrapping_add(1);
                    Some(false)
                }
            }
        }
        let saved = match section {
            Section::Degree => commit(&mut self.editors.degree, &mut self.degrees, |d| {
                d.validate()
            }),
            Section::Work => commit(&mut self.editors.work, &mut self.work, |d| d.validate()),
            Section::Training => commit(&mut self.editors.training, &mut self.trainings, |d| {
                d.validate()
            }),
            Section::Rsc => commit(&mut self.editors.rsc, &mut self.rsc, |d| d.validate()),
        };
        match saved {
            None => false,
            Some(true) => {
                self.removed = None;
                self.focus_on(section.heading_id());
                true
            }
            // The error summary moves focus to itself when it appears.
            Some(false) => true,
        }
    }

    fn remove(&mut self, section: Section, index: usize) -> bool {
        let removed = match section {
            Section::Degree if index < self.degrees.len() => {
                Removed::Degree(index, self.degrees.remove(index))
            }
            Section::Work if index < self.work.len() => {
                Removed::Work(index, self.work.remove(index))
            }
            Section::Training if index < self.trainings.len() => {
                Removed::Training(index, self.trainings.remove(index))
            }
            Section::Rsc if index < self.rsc.len() => Removed::Rsc(index, self.rsc.remove(index)),
            _ => return false,
        };
        // An editor open on a later entry keeps pointing at the same entry; one open on the removed entry
        // keeps its draft and becomes a new entry, so nothing typed is lost.
        if let Some(editing) = self.editors.index_mut(section) {
            match *editing {
                Some(i) if i == index => *editing = None,
                Some(i) if i > index => *editing = Some(i - 1),
                _ => {}
            }
        }
        self.removed = Some(removed);
        self.focus_on(section.undo_id());
        true
    }

    fn undo(&mut self) -> bool {
        let Some(removed) = self.removed.take() else {
            return false;
        };
        let section = removed.section();
        let at = removed.index().min(self.len(section));
        match removed {
            Removed::Degree(_, e) => self.degrees.insert(at, e),
            Removed::Work(_, e) => self.work.insert(at, e),
            Removed::Training(_, e) => self.trainings.insert(at, e),
            Removed::Rsc(_, e) => self.rsc.insert(at, e),
        }
        if let Some(editing) = self.editors.index_mut(section)
            && let Some(i) = *editing
            && i >= at
        {
            *editing = Some(i + 1);
        }
        self.focus_on(section.heading_id());
        true
    }

    /// Applies one action; `false` when it changed nothing.
    pub fn apply(&mut self, action: CheckerAction) -> bool {
        match action {
            CheckerAction::SetCategory(category) => {
                let changed = self.category != category;
                self.category = category;
                changed
            }
            CheckerAction::SetCredential(credential) => {
                let changed = self.credential != credential;
                self.credential = credential;
                changed
            }
            CheckerAction::ApplyPreset(preset) => {
                if self.last_preset == Some(preset) {
                    return false;
                }
                self.last_preset = Some(preset);
                self.category = preset.category;
                self.credential = preset.credential;
                // The hand-over replaces the screen the person was on: start them at the tool's heading.
                self.focus_on(TITLE_ID.to_owned());
                true
            }
            CheckerAction::Add(section) => self.open(section, None),
            CheckerAction::Edit(section, index) => self.open(section, Some(index)),
            CheckerAction::Cancel(section) => {
                let was_open = self.editors.is_open(section);
                match section {
                    Section::Degree => self.editors.degree = None,
                    Section::Work => self.editors.work = None,
                    Section::Training => self.editors.training = None,
                    Section::Rsc => self.editors.rsc = None,
                }
                if was_open {
                    self.focus_on(section.heading_id());
                }
                was_open
            }
            CheckerAction::Save(section) => self.save(section),
            CheckerAction::Remove(section, index) => self.remove(section, index),
            CheckerAction::Undo => self.undo(),
            CheckerAction::DegreeDraft(draft) => set_draft(&mut self.editors.degree, draft),
            CheckerAction::WorkDraft(draft) => set_draft(&mut self.editors.work, draft),
            CheckerAction::TrainingDraft(draft) => set_draft(&mut self.editors.training, draft),
            CheckerAction::RscDraft(draft) => set_draft(&mut self.editors.rsc, draft),
            CheckerAction::SetReferences(text) => {
                let changed = self.references_text != text;
                self.references_text = text;
                changed
            }
            CheckerAction::SetEndorsed(category, held) => {
                let has = self.endorsed_in.contains(&category);
                if held && !has {
                    self.endorsed_in.push(category);
                    crate::rules::sort_small_by_key(&mut self.endorsed_in, |c| *c);
                    true
                } else if !held && has {
                    self.endorsed_in.retain(|c| *c != category);
                    true
                } else {
                    false
                }
            }
        }
    }
}

/// Replaces an open editor's draft. Errors stay until the next save, so a message does not vanish while
/// the person is still correcting the field it is about.
fn set_draft<D: PartialEq>(editor: &mut Option<Editor<D>>, draft: D) -> bool {
    match editor {
        Some(open) if open.draft != draft => {
            open.draft = draft;
            true
        }
        _ => false,
    }
}

impl yew::Reducible for CheckerState {
    type Action = CheckerAction;

    fn reduce(self: Rc<Self>, action: CheckerAction) -> Rc<Self> {
        let mut next = (*self).clone();
        if next.apply(action) {
            Rc::new(next)
        } else {
            self
        }
    }
}

/// The entry an engine notice is about: `trainings[2].competencies` → the third training. `None` for a
/// notice about no single entry.
pub fn notice_target(field: &str) -> Option<(Section, usize)> {
    let (name, rest) = field.split_once('[')?;
    let (index, _) = rest.split_once(']')?;
    let section = match name {
        "degrees" => Section::Degree,
        "work" => Section::Work,
        "trainings" => Section::Training,
        "rsc" => Section::Rsc,
        _ => return None,
    };
    Some((section, index.parse().ok()?))
}

/// The notices of the report about the entries of `section`, by entry index.
/// The index of the entry of `section` whose removal can be undone, if any.
pub fn removed_in(removed: &Option<Removed>, section: Section) -> Option<usize> {
    removed
        .as_ref()
        .filter(|r| r.section() == section)
        .map(Removed::index)
}

/// The notices of entry `i`, as sentences.
pub fn entry_notices(
    texts: &crate::i18n::Texts,
    notices: &[(usize, crate::rules::Notice)],
    i: usize,
) -> Vec<String> {
    notices
        .iter()
        .filter(|(j, _)| *j == i)
        .map(|(_, n)| (texts.notice)(n))
        .collect()
}

pub fn notices_for(
    notices: &[crate::rules::Notice],
    section: Section,
) -> Vec<(usize, crate::rules::Notice)> {
    notices
        .iter()
        .filter_map(|n| match notice_target(n.field()?) {
            Some((s, i)) if s == section => Some((i, n.clone())),
            _ => None,
        })
        .collect()
}
