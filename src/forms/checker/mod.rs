//! The checker's one root state: the chosen category, the saved entries of the four kinds (degrees, work,
//! trainings, RSC), their open editors and errors, and the transitions between them.
//!
//! Saved entries are the rules' own types, so the profile handed to `rules::check` is built from them
//! without re-reading anything. Editors hold drafts with RAW strings for numbers and dates, so nothing a
//! person types is lost when it does not parse; drafts are validated only when the entry is saved.
//!
//! The four kinds share one [`EntryList`] (in `entries`): opening, saving, removing, undoing and
//! cancelling are written once, over the [`Entry`] trait that each kind implements with its draft and its
//! validation (in `kinds`).

mod entries;
mod kinds;

pub use entries::{Editor, Entries, Entry, EntryId, EntryList};
pub use kinds::{
    DegreeDraft, RscDraft, TrainingDraft, TrainingRecord, WorkDraft, WorkRecord, parse_count,
    parse_hours,
};

use super::{DateStyle, NumberStyle};
pub use super::{Field, FieldError, Problem};
use crate::rules::input_path::{InputList, InputPath};
use crate::rules::model::{Count, Degree, RscEntry, WorkEntry};
use crate::rules::{Category, Credential, Date, Profile};
use serde::{Deserialize, Serialize};

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

    /// The id of the editor's error summary (focused when a save fails).
    pub fn error_summary_id(self) -> String {
        format!("chk-{}-error-summary", self.id())
    }

    /// The id of the "Undo" button shown after a removal.
    pub fn undo_id(self) -> String {
        format!("chk-{}-undo", self.id())
    }
}

/// What reading a draft depends on besides its text: how the visitor's language writes numbers and
/// dates, and today, since work and RSC dated after today have not happened yet (the rules refuse them, and the
/// renewal tool refuses its own entries dated after today in the same way).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reading {
    pub style: NumberStyle,
    pub dates: DateStyle,
    pub today: Date,
}

/// A category and credential handed over from the category tool. The hand-over is an arrival of the
/// finder's answers (see `ui::App`'s `on_check`): it waits until the checker has shown it and is then
/// dropped, so it is applied once however often the checker remounts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Preset {
    pub category: Category,
    pub credential: Credential,
}

/// The id of the tool's heading.
pub const TITLE_ID: &str = "chk-title";

pub use super::FocusRequest;

/// The checker's state. Everything but the transient parts (undo, focus) is saved between visits, in
/// the layout of [`SavedChecker`].
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(from = "SavedChecker", into = "SavedChecker")]
pub struct CheckerState {
    pub category: Category,
    pub credential: Credential,
    pub degrees: EntryList<Degree>,
    pub work: EntryList<WorkRecord>,
    pub trainings: EntryList<TrainingRecord>,
    pub rsc: EntryList<RscEntry>,
    /// The references field's text as typed; see [`CheckerState::references`].
    pub references_text: String,
    pub endorsed_in: Vec<Category>,
    /// The pace planner's hours a month, as typed: a what-if, not saved with the entries.
    pub pace: crate::forms::pace::PaceDraft,
    pub focus: Option<FocusRequest>,
}

impl Default for CheckerState {
    fn default() -> Self {
        SavedChecker::default().into()
    }
}

/// How the checker is saved: the entry lists and the open editors side by side, as it has been stored
/// since the first release, so saved visits keep loading.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(default)]
pub struct SavedChecker {
    pub category: Category,
    pub credential: Credential,
    pub degrees: Vec<Degree>,
    pub work: Vec<WorkEntry>,
    /// The positions of `work` that are still readings of the finder's answers (see [`WorkRecord`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub work_from_answers: Vec<usize>,
    pub trainings: Vec<TrainingRecord>,
    pub rsc: Vec<RscEntry>,
    pub references_text: String,
    pub endorsed_in: Vec<Category>,
    pub editors: SavedEditors,
}

/// The open editors, one per kind, as saved: each names the entry it edits by position (visits saved
/// before the hand-over became an event also hold a `last_preset`, which is no longer read).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(default)]
pub struct SavedEditors {
    pub degree: Option<Editor<DegreeDraft>>,
    pub work: Option<Editor<WorkDraft>>,
    pub training: Option<Editor<TrainingDraft>>,
    pub rsc: Option<Editor<RscDraft>>,
}

impl Default for SavedChecker {
    fn default() -> Self {
        SavedChecker {
            category: Category::FamilyAssociate,
            credential: Credential::Imh,
            degrees: Vec::new(),
            work: Vec::new(),
            work_from_answers: Vec::new(),
            trainings: Vec::new(),
            rsc: Vec::new(),
            references_text: String::new(),
            endorsed_in: Vec::new(),
            editors: SavedEditors::default(),
        }
    }
}

impl From<SavedChecker> for CheckerState {
    fn from(saved: SavedChecker) -> CheckerState {
        let editors = saved.editors;
        let marked = saved.work_from_answers;
        let work = saved
            .work
            .into_iter()
            .enumerate()
            .map(|(i, work)| WorkRecord {
                work,
                from_answers: marked.contains(&i),
            })
            .collect();
        CheckerState {
            category: saved.category,
            credential: saved.credential,
            degrees: EntryList::new(saved.degrees, editors.degree),
            work: EntryList::new(work, editors.work),
            trainings: EntryList::new(saved.trainings, editors.training),
            rsc: EntryList::new(saved.rsc, editors.rsc),
            references_text: saved.references_text,
            endorsed_in: saved.endorsed_in,
            pace: Default::default(),
            focus: None,
        }
    }
}

impl From<CheckerState> for SavedChecker {
    fn from(state: CheckerState) -> SavedChecker {
        let work_from_answers = state.work_from_answers();
        let editors = SavedEditors {
            degree: state.degrees.saved_editor(),
            work: state.work.saved_editor(),
            training: state.trainings.saved_editor(),
            rsc: state.rsc.saved_editor(),
        };
        SavedChecker {
            category: state.category,
            credential: state.credential,
            degrees: state.degrees.into_entries(),
            work_from_answers,
            work: state
                .work
                .into_entries()
                .into_iter()
                .map(|w| w.work)
                .collect(),
            trainings: state.trainings.into_entries(),
            rsc: state.rsc.into_entries(),
            references_text: state.references_text,
            endorsed_in: state.endorsed_in,
            editors,
        }
    }
}

/// Everything a person can do in the checker.
#[derive(Clone, Debug, PartialEq)]
pub enum CheckerAction {
    SetCategory(Category),
    SetCredential(Credential),
    /// A category and credential handed over by the category tool.
    ApplyPreset(Preset),
    /// Opens the editor of `section` for a new entry.
    Add(Section),
    /// Opens the editor of `section` on the saved entry named by the id, its dates written in
    /// `DateStyle`.
    Edit(Section, EntryId, DateStyle),
    /// Closes the editor without saving; the saved entry stays as it was.
    Cancel(Section),
    /// Validates the draft as `Reading` says; saves it and closes the editor, or keeps it open with its
    /// errors.
    Save(Section, Reading),
    Remove(Section, EntryId),
    /// Puts the last removed entry back where it was.
    Undo,
    DegreeDraft(DegreeDraft),
    WorkDraft(WorkDraft),
    TrainingDraft(TrainingDraft),
    RscDraft(RscDraft),
    SetReferences(String),
    /// The text of one of the pace planner's hours-a-month fields.
    SetPace(crate::rules::PaceRate, String),
    SetEndorsed(Category, bool),
    /// Entries that came from a share link, a file or the finder's answers, in place of the current
    /// ones (after consent).
    Restore(Box<CheckerState>),
}

impl CheckerState {
    /// The entry list of `section`, whatever its kind.
    pub fn list(&self, section: Section) -> &dyn Entries {
        match section {
            Section::Degree => &self.degrees,
            Section::Work => &self.work,
            Section::Training => &self.trainings,
            Section::Rsc => &self.rsc,
        }
    }

    pub fn list_mut(&mut self, section: Section) -> &mut dyn Entries {
        match section {
            Section::Degree => &mut self.degrees,
            Section::Work => &mut self.work,
            Section::Training => &mut self.trainings,
            Section::Rsc => &mut self.rsc,
        }
    }

    /// The number of references, or the problem with what was typed. An empty field is zero.
    pub fn references(&self, style: NumberStyle) -> Result<Count, Problem> {
        parse_count(&self.references_text, style)
    }

    /// The profile `rules::check` is asked about: only SAVED entries count, never open drafts. The
    /// credential falls back to the first one the association offers when the saved one is not offered; a
    /// references field that does not read as a whole number counts as zero (its error is shown by it).
    pub fn to_profile(&self, today: Date, offered: &[Credential], style: NumberStyle) -> Profile {
        Profile {
            category: self.category,
            credential: self.effective_credential(offered),
            today: Some(today),
            degrees: self.degrees.entries().to_vec(),
            work: self.work.entries().iter().map(|w| w.work.clone()).collect(),
            trainings: self
                .trainings
                .entries()
                .iter()
                .map(|t| t.training.clone())
                .collect(),
            rsc: self.rsc.entries().to_vec(),
            references: self.references(style).unwrap_or_default(),
            endorsed_in: self.endorsed_in.clone(),
            pace: None,
            association: Default::default(),
        }
    }

    /// The chosen credential if the association offers it, else the first one it offers.
    pub fn effective_credential(&self, offered: &[Credential]) -> Credential {
        match offered.first() {
            Some(first) if !offered.contains(&self.credential) => *first,
            _ => self.credential,
        }
    }

    fn focus_on(&mut self, id: String) {
        self.focus = Some(FocusRequest::next(self.focus.as_ref(), id));
    }

    /// Drops the "Undo" offer of every section: it goes stale once the person moves on, and only the
    /// last removal can be undone.
    fn forget_removed(&mut self) {
        for section in Section::ALL {
            self.list_mut(section).forget_removed();
        }
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
            CheckerAction::Restore(restored) => {
                *self = *restored;
                true
            }
            CheckerAction::ApplyPreset(preset) => {
                self.category = preset.category;
                self.credential = preset.credential;
                // The hand-over replaces the screen the person was on: start them at the tool's heading.
                self.focus_on(TITLE_ID.to_owned());
                true
            }
            CheckerAction::Add(section) => self.open(section, None, DateStyle::FIGURES),
            CheckerAction::Edit(section, id, dates) => self.open(section, Some(id), dates),
            CheckerAction::Cancel(section) => {
                let was_open = self.list_mut(section).cancel();
                if was_open {
                    self.focus_on(section.heading_id());
                }
                was_open
            }
            CheckerAction::Save(section, reading) => match self.list_mut(section).save(reading) {
                None => false,
                Some(true) => {
                    self.forget_removed();
                    self.focus_on(section.heading_id());
                    true
                }
                // Each failed save sends the person to the errors, even when they are the same.
                Some(false) => {
                    self.focus_on(section.error_summary_id());
                    true
                }
            },
            CheckerAction::Remove(section, id) => {
                let other = Section::ALL.into_iter().filter(|s| *s != section);
                if !self.list_mut(section).remove(id) {
                    return false;
                }
                for s in other {
                    self.list_mut(s).forget_removed();
                }
                self.focus_on(section.undo_id());
                true
            }
            CheckerAction::Undo => {
                let undone = Section::ALL.into_iter().find(|s| self.list_mut(*s).undo());
                match undone {
                    Some(section) => {
                        self.focus_on(section.heading_id());
                        true
                    }
                    None => false,
                }
            }
            CheckerAction::DegreeDraft(draft) => self.degrees.set_draft(draft),
            CheckerAction::WorkDraft(draft) => self.work.set_draft(draft),
            CheckerAction::TrainingDraft(draft) => self.trainings.set_draft(draft),
            CheckerAction::RscDraft(draft) => self.rsc.set_draft(draft),
            CheckerAction::SetReferences(text) => {
                let changed = self.references_text != text;
                self.references_text = text;
                changed
            }
            CheckerAction::SetPace(rate, text) => {
                let changed = self.pace.text(rate) != text;
                self.pace.set(rate, text);
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

    fn open(&mut self, section: Section, id: Option<EntryId>, dates: DateStyle) -> bool {
        let category = self.category;
        if !self.list_mut(section).open(id, category, dates) {
            return false;
        }
        self.forget_removed();
        self.focus_on(section.editor_heading_id());
        true
    }
}

/// The section and entry an engine notice is about (`trainings[2].competencies` → the third training).
/// `None` for a notice about no single entry.
pub fn notice_target(path: InputPath) -> Option<(Section, usize)> {
    let (list, index) = path.entry_of()?;
    Some((Section::of(list), index))
}

impl Section {
    /// The form's section for a list of the engine's input.
    pub fn of(list: InputList) -> Section {
        match list {
            InputList::Degrees => Section::Degree,
            InputList::Work => Section::Work,
            InputList::Trainings => Section::Training,
            InputList::Rsc => Section::Rsc,
        }
    }
}

/// The notices of the report about the entries of `section`, with the index of the entry each is about.
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
