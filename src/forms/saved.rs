//! Reading the tools' saved states back from their JSON tree, by hand.
//!
//! serde's derived readers for these drafts cost several kilobytes of wasm per visitor, for values that
//! only this release writes. These readers keep serde's rules for a saved state: a missing member takes
//! its default (as `#[serde(default)]` did), an unknown one is ignored, and a member of the wrong kind
//! refuses the whole state, which the store then sets aside. Writing still goes through `Serialize`.
//! Values the contract reads too (categories, dates, hours, the rules' entries) are read by its reader
//! (`rules::read`), which the wasm holds anyway; the forms' own enums are found by their written name.

use super::YesNoNotSure;
use super::category::{AgesChoice, CategoryState, Drafts, Step};
use super::checker::{
    CheckerState, DegreeDraft, Editor, EntryId, RscDraft, SavedChecker, SavedEditors,
    TrainingDraft, TrainingRecord, WorkDraft,
};
use super::renewal::{LogEntry, RenewalState};
use crate::rules::Category;
use crate::rules::date::Date;
use crate::rules::json::{Json, to_json};
use crate::rules::model::{
    Credential, Degree, DegreeLevel, Hours, RoleScope, RscEntry, Training, TrainingKind, WorkEntry,
    WorkScope,
};
use crate::rules::read::ReadJson;
use serde::Serialize;

/// A value read back from its saved JSON.
pub trait FromJson: Sized {
    /// The value, or `None` when `json` is not one (the saved state is then refused).
    fn from_json(json: &Json) -> Option<Self>;
}

/// A whole number from 0 to `max`, as serde's integer readers accept it.
fn whole(json: &Json, max: f64) -> Option<f64> {
    match *json {
        Json::Number(n) if n.fract() == 0.0 && (0.0..=max).contains(&n) => Some(n),
        _ => None,
    }
}

impl FromJson for u32 {
    fn from_json(json: &Json) -> Option<Self> {
        whole(json, f64::from(u32::MAX)).map(|n| n as u32)
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(json: &Json) -> Option<Self> {
        match json {
            Json::Null => Some(None),
            _ => T::from_json(json).map(Some),
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(json: &Json) -> Option<Self> {
        match json {
            Json::List(items) => items.iter().map(T::from_json).collect(),
            _ => None,
        }
    }
}

/// Types the contract reads too (text, true/false, list positions, the rules' values and entries): by the
/// contract's reader, which the wasm holds anyway.
macro_rules! by_contract {
    ($($ty:ty),*) => {$(
        impl FromJson for $ty {
            fn from_json(json: &Json) -> Option<Self> {
                <$ty>::read_json(json).ok()
            }
        }
    )*};
}

by_contract!(
    String,
    bool,
    usize,
    Category,
    Credential,
    Degree,
    DegreeLevel,
    Hours,
    RoleScope,
    RscEntry,
    Training,
    TrainingKind,
    WorkEntry,
    WorkScope,
    Date
);

/// One of `all`, saved as its name: the one whose written form is `json`. Reading through the writer
/// costs no reader per enum.
fn unit<T: Serialize + Copy>(json: &Json, all: &[T]) -> Option<T> {
    all.iter()
        .copied()
        .find(|v| to_json(v).ok().as_ref() == Some(json))
}

macro_rules! by_name {
    ($($ty:ty: $all:expr),* $(,)?) => {$(
        impl FromJson for $ty {
            fn from_json(json: &Json) -> Option<Self> {
                unit(json, &$all)
            }
        }
    )*};
}

/// A step is one of the questions, or the summary, or the result.
impl FromJson for Step {
    fn from_json(json: &Json) -> Option<Self> {
        unit(json, &Step::QUESTIONS).or_else(|| unit(json, &[Step::Summary, Step::Result]))
    }
}

by_name!(
    AgesChoice: [AgesChoice::Infant, AgesChoice::EarlyChildhood, AgesChoice::Both],
    YesNoNotSure: [YesNoNotSure::Yes, YesNoNotSure::No, YesNoNotSure::NotSure],
);

/// Member `name` of `object` read as `T`: `Some(None)` when it is missing, `None` when it is no `T`.
fn member<T: FromJson>(object: &Json, name: &str) -> Option<Option<T>> {
    match object.get(name) {
        None => Some(None),
        Some(value) => T::from_json(value).map(Some),
    }
}

/// Member `name` of `object`, which must be there.
fn required<T: FromJson>(object: &Json, name: &str) -> Option<T> {
    T::from_json(object.get(name)?)
}

/// A struct saved with `#[serde(default)]`: every member optional, defaults for the missing ones.
macro_rules! defaulted {
    ($ty:ty { $($field:ident),* $(,)? }) => {
        impl FromJson for $ty {
            fn from_json(json: &Json) -> Option<Self> {
                if !matches!(json, Json::Object(_)) {
                    return None;
                }
                let mut value = <$ty>::default();
                $(
                    if let Some(read) = member(json, stringify!($field))? {
                        value.$field = read;
                    }
                )*
                Some(value)
            }
        }
    };
}

defaulted!(Drafts {
    ages,
    scope,
    degree,
    years_in_scope,
    families_served,
    psychotherapy,
    leader_years,
    provides_rsc,
    provides_rsc_years,
    endorsed_in,
    not_endorsed,
});
defaulted!(CategoryState {
    drafts,
    step,
    came_from_summary
});
defaulted!(RenewalState {
    category,
    endorsed_on,
    membership_expires,
    lapsed,
    provides_rsc,
    trainings,
    rsc,
    next_id,
});
defaulted!(SavedChecker {
    category,
    credential,
    degrees,
    work,
    work_from_answers,
    trainings,
    rsc,
    references_text,
    endorsed_in,
    editors,
});
defaulted!(SavedEditors {
    degree,
    work,
    training,
    rsc
});
defaulted!(DegreeDraft {
    level,
    competencies
});
defaulted!(WorkDraft {
    scope,
    start,
    end,
    current,
    families_served,
    post_graduate,
    psychotherapy,
    leadership,
    provides_rsc,
    volunteer,
    supervised,
    specialized_training,
});
defaulted!(TrainingRecord { title, training });
defaulted!(TrainingDraft {
    title,
    hours,
    kind,
    self_study,
    date,
    competencies,
});
defaulted!(RscDraft {
    hours,
    qualified_provider,
    provider_not_sure,
    about_provision,
    date,
    until,
});

impl FromJson for CheckerState {
    fn from_json(json: &Json) -> Option<Self> {
        SavedChecker::from_json(json).map(CheckerState::from)
    }
}

impl FromJson for LogEntry {
    fn from_json(json: &Json) -> Option<Self> {
        Some(LogEntry {
            id: required(json, "id")?,
            date: required(json, "date")?,
            hours: required(json, "hours")?,
            kind: member(json, "kind")?.unwrap_or_default(),
            title: member(json, "title")?.unwrap_or_default(),
        })
    }
}

impl<D: FromJson> FromJson for Editor<D> {
    fn from_json(json: &Json) -> Option<Self> {
        Some(Editor {
            // serde reads a missing `Option` member as `None`. Saved, the entry is named by its position,
            // which is its id once read (see `EntryList::new`).
            entry: member(json, "index")?.flatten().map(EntryId),
            draft: required(json, "draft")?,
            // Errors are not kept between visits (older saves have them, and `attempts`): ignored.
            errors: Vec::new(),
        })
    }
}
