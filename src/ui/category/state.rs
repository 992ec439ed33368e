//! The questionnaire's state is `forms::category`'s, with its transitions; this adds the `Reducible`
//! wrapper.

pub use crate::forms::category::*;
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
