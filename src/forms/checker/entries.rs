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
    /// The draft of a saved entry, its dates written the way the visitor's language writes them.
    fn to_draft(&self, dates: DateStyle) -> Self::Draft;
    /// The entry, or every error of the draft's fields.
    fn from_draft(draft: &Self::Draft, reading: Reading) -> Result<Self, Vec<FieldError>>;
}

/// A saved entry's name within its list, as renewal entries have one. It is given when the entry is
/// saved (or read from a saved visit or a link, in order from 0) and kept while the entry lives, also
/// through a removal and its "Undo", so editing, removing and focus follow the entry, not a position that
/// changes under them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct EntryId(pub u32);

/// An open editor: which entry it edits (`None` for a new one), the draft, and the errors of the last
/// attempt to save it. The draft is saved between visits, its errors are not: they come back with the
/// next "Save".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Editor<D> {
    /// Saved as `index`, the entry's position: the layout visits have been saved in since the first
    /// release (see [`EntryList::saved_editor`]).
    #[serde(rename = "index")]
    pub entry: Option<EntryId>,
    pub draft: D,
    #[serde(skip)]
    pub errors: Vec<FieldError>,
}

/// The entry last removed from a list, until "Undo" or the person moves on.
#[derive(Clone, Debug, PartialEq)]
struct Removed<E> {
    /// The position it had, where "Undo" puts it back.
    at: usize,
    id: EntryId,
    entry: E,
}

/// The saved entries of one kind with their ids, its editor (at most one open), and the entry last
/// removed from it.
#[derive(Clone, Debug, PartialEq)]
pub struct EntryList<E: Entry> {
    entries: Vec<E>,
    /// `ids[i]` names `entries[i]`.
    ids: Vec<EntryId>,
    /// The id the next saved entry gets; ids are not reused while the list lives.
    next_id: u32,
    pub editor: Option<Editor<E::Draft>>,
    removed: Option<Removed<E>>,
}

impl<E: Entry> Default for EntryList<E> {
    fn default() -> Self {
        EntryList::new(Vec::new(), None)
    }
}

impl<E: Entry> EntryList<E> {
    /// The list of `entries` as read from a saved visit or a link, named 0, 1, 2… in order. `editor`
    /// names the entry it edits by position, as saved; it is read as the id of that position.
    pub fn new(entries: Vec<E>, editor: Option<Editor<E::Draft>>) -> Self {
        let count = u32::try_from(entries.len()).unwrap_or(u32::MAX);
        let ids = (0..count).map(EntryId).collect();
        let mut list = EntryList {
            entries,
            ids,
            next_id: count,
            editor,
            removed: None,
        };
        // A saved editor of an entry that is not there any more keeps its draft as a new entry.
        if let Some(editor) = &mut list.editor
            && editor.entry.is_some_and(|id| id.0 >= count)
        {
            editor.entry = None;
        }
        list
    }

    /// The saved entries, in order.
    pub fn entries(&self) -> &[E] {
        &self.entries
    }

    /// The saved entries, without their ids (for saving).
    pub fn into_entries(self) -> Vec<E> {
        self.entries
    }

    /// Each saved entry with its id, in order.
    pub fn iter(&self) -> impl Iterator<Item = (EntryId, &E)> {
        self.ids.iter().copied().zip(&self.entries)
    }

    /// The position of the entry named `id`.
    pub fn position(&self, id: EntryId) -> Option<usize> {
        self.ids.iter().position(|i| *i == id)
    }

    /// The saved entry named `id`.
    pub fn get(&self, id: EntryId) -> Option<&E> {
        self.position(id).map(|i| &self.entries[i])
    }

    /// The open editor as saved: the entry it edits named by its position, which is what the id of a
    /// position is when the visit is read back.
    pub fn saved_editor(&self) -> Option<Editor<E::Draft>> {
        self.editor.clone().map(|editor| Editor {
            entry: editor
                .entry
                .and_then(|id| self.position(id))
                .map(|i| EntryId(u32::try_from(i).unwrap_or(u32::MAX))),
            ..editor
        })
    }

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
/// [`CheckerState::list`](super::CheckerState::list) and `list_mut` by section.
pub trait Entries {
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The ids of the saved entries, in order.
    fn ids(&self) -> &[EntryId];
    fn is_open(&self) -> bool;
    /// The errors of the open editor's last save.
    fn errors(&self) -> &[FieldError];
    /// The entry being edited: `Some(None)` for a new entry, `None` when no editor is open.
    fn editing(&self) -> Option<Option<EntryId>>;
    /// The position the entry whose removal can be undone had.
    fn removed_index(&self) -> Option<usize>;
    /// Opens the editor on the entry named `id`, or on a new entry; `false` when one is open already
    /// (a second "Add" or "Edit" would throw its draft away) or there is no such entry.
    fn open(&mut self, id: Option<EntryId>, category: Category, dates: DateStyle) -> bool;
    /// Validates the draft: `Some(true)` saved and closed, `Some(false)` kept open with its errors,
    /// `None` no editor open.
    fn save(&mut self, reading: Reading) -> Option<bool>;
    fn cancel(&mut self) -> bool;
    fn remove(&mut self, id: EntryId) -> bool;
    /// Puts the removed entry back where it was, with its id; `false` when there is none.
    fn undo(&mut self) -> bool;
    /// Drops the "Undo" offer.
    fn forget_removed(&mut self);
}

impl<E: Entry> Entries for EntryList<E> {
    fn len(&self) -> usize {
        self.entries.len()
    }

    fn ids(&self) -> &[EntryId] {
        &self.ids
    }

    fn is_open(&self) -> bool {
        self.editor.is_some()
    }

    fn errors(&self) -> &[FieldError] {
        self.editor.as_ref().map_or(&[], |e| e.errors.as_slice())
    }

    fn editing(&self) -> Option<Option<EntryId>> {
        self.editor.as_ref().map(|e| e.entry)
    }

    fn removed_index(&self) -> Option<usize> {
        self.removed.as_ref().map(|r| r.at)
    }

    fn open(&mut self, id: Option<EntryId>, category: Category, dates: DateStyle) -> bool {
        if self.editor.is_some() {
            return false;
        }
        let draft = match id {
            Some(id) => match self.get(id) {
                Some(entry) => entry.to_draft(dates),
                None => return false,
            },
            None => E::new_draft(category),
        };
        self.editor = Some(Editor {
            entry: id,
            draft,
            errors: Vec::new(),
        });
        true
    }

    fn save(&mut self, reading: Reading) -> Option<bool> {
        let at = self.editor.as_ref()?.entry.and_then(|id| self.position(id));
        let open = self.editor.as_mut()?;
        match E::from_draft(&open.draft, reading) {
            Ok(entry) => {
                match at {
                    Some(i) => self.entries[i] = entry,
                    None => {
                        self.entries.push(entry);
                        self.ids.push(EntryId(self.next_id));
                        self.next_id = self.next_id.wrapping_add(1);
                    }
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

    fn remove(&mut self, id: EntryId) -> bool {
        let Some(at) = self.position(id) else {
            return false;
        };
        let entry = self.entries.remove(at);
        self.ids.remove(at);
        // An editor open on the removed entry keeps its draft and becomes a new entry, so nothing typed
        // is lost; one open on another entry stays on it.
        if let Some(editor) = &mut self.editor
            && editor.entry == Some(id)
        {
            editor.entry = None;
        }
        self.removed = Some(Removed { at, id, entry });
        true
    }

    fn undo(&mut self) -> bool {
        let Some(Removed { at, id, entry }) = self.removed.take() else {
            return false;
        };
        let at = at.min(self.entries.len());
        self.entries.insert(at, entry);
        self.ids.insert(at, id);
        true
    }

    fn forget_removed(&mut self) {
        self.removed = None;
    }
}
