//! What an arrival does to the checker: a share link's, a file's or the finder's entries in place of the
//! current ones (once nothing has to be asked, or the person said so), and the category and credential
//! the finder hands over, applied as soon as they arrive.

use crate::contract::ToolInput;
use crate::forms::checker::{CheckerAction, CheckerState, Preset};
use crate::ui::journey::arrival::{Arrival, Source};
use yew::Callback;

/// Puts the arrival's entries in place of the checker's.
pub fn on_restore(dispatch: &Callback<CheckerAction>) -> Callback<Arrival> {
    let dispatch = dispatch.clone();
    Callback::from(move |arrival: Arrival| {
        let entries = &arrival.entries;
        if let ToolInput::Checker(profile) = &entries.input {
            let restored = match arrival.source {
                Source::Answers => CheckerState::from_answers(profile),
                Source::Link | Source::File => CheckerState::from_profile(
                    profile,
                    &entries.training_titles,
                    &entries.work_from_answers,
                ),
            };
            dispatch.emit(CheckerAction::Restore(Box::new(restored)));
        }
    })
}

/// Applies the finder's category and credential, whatever is asked about its answers (after them when
/// they were put in place without asking, so the hand-over's focus request stands).
pub fn on_arrive(dispatch: &Callback<CheckerAction>) -> Callback<Arrival> {
    let dispatch = dispatch.clone();
    Callback::from(move |arrival: Arrival| {
        if let (Source::Answers, ToolInput::Checker(profile)) =
            (arrival.source, &arrival.entries.input)
        {
            dispatch.emit(CheckerAction::ApplyPreset(Preset {
                category: profile.category,
                credential: profile.credential,
            }));
        }
    })
}
