//! The renewal tool's state and transitions are `forms::renewal`'s (natively tested); this adds only the
//! `Reducible` wrapper. Views import the form's types from `forms::renewal` directly.

use crate::forms::renewal::{RenewalAction, RenewalState};
use std::rc::Rc;
use yew::Reducible;

impl Reducible for RenewalState {
    type Action = RenewalAction;

    fn reduce(self: Rc<Self>, action: RenewalAction) -> Rc<Self> {
        // Always a new Rc: Yew 0.23 skips the re-render when the same one comes back.
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}
