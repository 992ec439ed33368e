//! One list of saved entries of one kind with its editor and its "Undo" offer, and the operations on it,
//! written once for the four kinds.

use super::{FieldError, Reading, Section};
use crate::forms::DateStyle;
use crate::rules::Category;
use serde::Serialize;
use std::fmt::Debug;

/// One kind of saved entry, with the draft its editor holds.
pub trait Entry: Clone + Debug + PartialEq + Sized {
    /// The editor's contents, raw text kept.
    type Draft: Clone + Debug + PartialEq + Default;
    const SECTION: Section;
    /// The draft a new entry starts from; the category can preselect what it is about.
    fn new_draft(_category: Category) -> Self::Draft {
        Self::Draft::default()
    }
    /// The draft of this saved entry, for editing it.
    /// The draft of a saved entry, its dates written the way the visitor's language writes them.
    fn to_draft(&self, dates: DateStyle) -> Self::Draft;
    /// The entry, or every error of the draft's fields.
    fn from_draft(draft: &Self::Draft, reading: Reading) -> Result<Self, Vec<FieldError>>;
}

/// An open editor: which entry it edits (`None` for a new one), the draft, and the errors of the last
/// attempt to save it. The draft is saved between visits, its errors are not: they come back with the
/// next "Save".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Editor<D> {
    pub index: Option<usize>,
    pub draft: D,
    #[serde(skip)]
    pub errors: Vec<FieldError>,
}

/// The saved entries of one kind, its editor (at most one open), and the entry last removed from it.
#[derive(Clone, Debug, PartialEq)]
pub struct EntryList<E: Entry> {
    pub entries: Vec<E>,
    pub editor: Option<Editor<E::Draft>>,
    /// The entry last removed, with the position it had, until "Undo" or the person moves on.
    pub removed: Option<(usize, E)>,
}

impl<E: Entry> Default for EntryList<E> {
    fn default() -> Self {
        EntryList {
            entries: Vec::new(),
            editor: None,
            removed: None,
        }
    }
}

impl<E: Entry> EntryList<E> {
    /// Replaces the open editor's draft. Errors stay until the next save, so a message does not vanish
    /// while the person is still correcting the field it is about.
    pub fn set_draft(&mut self, draft: E::Draft) -> bool {
        match &mut self.editor {
            Some(open) if open.draft != draft => {
                open.draft = draft;
                true
            }
            _ => false,
        }
    }
}

/// What the checker does with one entry list, whatever its kind: written once here, reached through
/// [`CheckerState::list`] and [`CheckerState::list_mut`] by section.
pub trait Entries {
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    fn is_open(&self) -> bool;
    /// The errors of the open editor's last save.
    fn errors(&self) -> &[FieldError];
    /// The index being edited: `Some(None)` for a new entry, `None` when no editor is open.
    fn editing(&self) -> Option<Option<usize>>;
    /// The position of the entry whose removal can be undone.
    fn removed_index(&self) -> Option<usize>;
    /// Opens the editor on the entry at `index`, or on a new entry; `false` when one is open already
    /// (a second "Add" or "Edit" would throw its draft away) or there is no such entry.
    fn open(&mut self, index: Option<usize>, category: Category, dates: DateStyle) -> bool;
    /// Validates the draft: `Some(true)` saved and closed, `Some(false)` kept open with its errors,
    /// `None` no editor open.
    fn save(&mut self, reading: Reading) -> Option<bool>;
    fn cancel(&mut self) -> bool;
    fn remove(&mut self, index: usize) -> bool;
    /// Puts the removed entry back where it was; `false` when there is none.
    fn undo(&mut self) -> bool;
    /// Drops the "Undo" offer.
    fn forget_removed(&mut self);
}

impl<E: Entry> Entries for EntryList<E> {
    fn len(&self) -> usize {
        self.entries.len()
    }

    fn is_open(&self) -> bool {
        self.editor.is_some()
    }

    fn errors(&self) -> &[FieldError] {
        self.editor.as_ref().map_or(&[], |e| e.errors.as_slice())
    }

    fn editing(&self) -> Option<Option<usize>> {
        self.editor.as_ref().map(|e| e.index)
    }

    fn removed_index(&self) -> Option<usize> {
        self.removed.as_ref().map(|(i, _)| *i)
    }

    fn open(&mut self, index: Option<usize>, category: Category, dates: DateStyle) -> bool {
        if self.editor.is_some() {
            return false;
        }
        let draft = match index {
            Some(i) => match self.entries.get(i) {
                Some(entry) => entry.to_draft(dates),
                None => return false,
            },
            None => E::new_draft(category),
        };
        self.editor = Some(Editor {
            index,
            draft,
            errors: Vec::new(),
        });
        true
    }

    fn save(&mut self, reading: Reading) -> Option<bool> {
        let open = self.editor.as_mut()?;
        match E::from_draft(&open.draft, reading) {
            Ok(entry) => {
                match open.index {
                    Some(i) if i < self.entries.len() => self.entries[i] = entry,
                    _ => self.entries.push(entry),
                }
                self.editor = None;
                Some(true)
            }
            Err(errors) => {
                open.errors = errors;
                Some(false)
            }
        }
    }

    fn cancel(&mut self) -> bool {
        self.editor.take().is_some()
    }

    fn remove(&mut self, index: usize) -> bool {
        if index >= self.entries.len() {
            return false;
        }
        let entry = self.entries.remove(index);
        // An editor open on a later entry keeps pointing at the same entry; one open on the removed entry
        // keeps its draft and becomes a new entry, so nothing typed is lost.
        if let Some(editor) = &mut self.editor {
            match editor.index {
                Some(i) if i == index => editor.index = None,
                Some(i) if i > index => editor.index = Some(i - 1),
                _ => {}
            }
        }
        self.removed = Some((index, entry));
        true
    }

    fn undo(&mut self) -> bool {
        let Some((index, entry)) = self.removed.take() else {
            return false;
        };
        let at = index.min(self.entries.len());
        self.entries.insert(at, entry);
        if let Some(editor) = &mut self.editor
            && let Some(i) = editor.index
            && i >= at
        {
            editor.index = Some(i + 1);
        }
        true
    }

    fn forget_removed(&mut self) {
        self.removed = None;
    }
}
