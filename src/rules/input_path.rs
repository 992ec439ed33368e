//! Where in an input a notice points: one entry of a list (and perhaps one of its figures), or a top-level
//! figure. Typed, so that the forms find the entry without reading a string back; written as the input's
//! own path (`trainings[2].competencies`) in the JSON output.

use serde::{Serialize, Serializer};
use std::fmt;

/// A list of entries in a profile or a renewal log.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputList {
    Degrees,
    Work,
    Trainings,
    Rsc,
}

impl InputList {
    /// The list's key in the contract's JSON.
    pub fn key(self) -> &'static str {
        match self {
            InputList::Degrees => "degrees",
            InputList::Work => "work",
            InputList::Trainings => "trainings",
            InputList::Rsc => "rsc",
        }
    }
}

/// One field of an entry that a notice is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryField {
    Competencies,
    Hours,
    FamiliesServed,
}

impl EntryField {
    fn key(self) -> &'static str {
        match self {
            EntryField::Competencies => "competencies",
            EntryField::Hours => "hours",
            EntryField::FamiliesServed => "families_served",
        }
    }
}

/// What a notice is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputPath {
    /// Entry `index` of `list`; `field` when the notice is about one of its figures.
    Entry {
        list: InputList,
        index: usize,
        field: Option<EntryField>,
    },
    /// The number of references.
    References,
}

impl InputPath {
    /// Entry `index` of `list`, as a whole.
    pub fn entry(list: InputList, index: usize) -> InputPath {
        InputPath::Entry {
            list,
            index,
            field: None,
        }
    }

    /// One field of entry `index` of `list`.
    pub fn entry_field(list: InputList, index: usize, field: EntryField) -> InputPath {
        InputPath::Entry {
            list,
            index,
            field: Some(field),
        }
    }

    /// The entry this path is in, if any.
    pub fn entry_of(self) -> Option<(InputList, usize)> {
        match self {
            InputPath::Entry { list, index, .. } => Some((list, index)),
            InputPath::References => None,
        }
    }
}

impl fmt::Display for InputPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputPath::Entry { list, index, field } => {
                write!(f, "{}[{index}]", list.key())?;
                match field {
                    Some(field) => write!(f, ".{}", field.key()),
                    None => Ok(()),
                }
            }
            InputPath::References => f.write_str("references"),
        }
    }
}

impl Serialize for InputPath {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_read_as_the_inputs_own() {
        assert_eq!(
            InputPath::entry_field(InputList::Trainings, 2, EntryField::Competencies).to_string(),
            "trainings[2].competencies"
        );
        assert_eq!(InputPath::entry(InputList::Work, 0).to_string(), "work[0]");
        assert_eq!(
            InputPath::entry_field(InputList::Work, 1, EntryField::FamiliesServed).to_string(),
            "work[1].families_served"
        );
        assert_eq!(InputPath::References.to_string(), "references");
        assert_eq!(
            InputPath::entry_field(InputList::Rsc, 3, EntryField::Hours).entry_of(),
            Some((InputList::Rsc, 3))
        );
        assert_eq!(InputPath::References.entry_of(), None);
    }
}
