//! The renewal tool's state is `forms::renewal`'s, with its transitions; this adds the `Reducible`
//! wrapper.

pub use crate::forms::renewal::*;
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
