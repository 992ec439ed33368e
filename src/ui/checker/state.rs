//! The checker's state is `forms::checker`'s, with its transitions; this adds the `Reducible` wrapper
//! and the one helper that needs the language tables.

pub use crate::forms::checker::*;
use std::rc::Rc;

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
