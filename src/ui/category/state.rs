//! The questionnaire's state and transitions are `forms::category`'s (natively tested); this adds only the
//! `Reducible` wrapper. Views import the form's types from `forms::category` directly.

use crate::forms::category::{CategoryAction, CategoryState};
use std::rc::Rc;
use yew::Reducible;

impl Reducible for CategoryState {
    type Action = CategoryAction;

    fn reduce(self: Rc<Self>, action: CategoryAction) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}
