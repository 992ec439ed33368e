//! The checker's state is `forms::checker`'s, with its transitions; this adds the `Reducible` wrapper,
//! the one helper that needs the language tables and the one button click of the checker's actions.

use crate::forms::checker::{CheckerAction, CheckerState};
use std::rc::Rc;
use yew::{Callback, MouseEvent};

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

/// The notices of entry `i`, as sentences.
pub fn entry_notices(
    t: crate::i18n::Locale,
    notices: &[(usize, crate::rules::Notice)],
    i: usize,
) -> Vec<String> {
    notices
        .iter()
        .filter(|(j, _)| *j == i)
        .map(|(_, n)| t.notice(n))
        .collect()
}

/// A button's click that dispatches `action`. One closure type for every button of the checker that
/// stands for an action (add, edit, remove, undo, cancel), instead of one per button.
pub fn click(on_action: &Callback<CheckerAction>, action: CheckerAction) -> Callback<MouseEvent> {
    let on_action = on_action.clone();
    Callback::from(move |_: MouseEvent| on_action.emit(action.clone()))
}
