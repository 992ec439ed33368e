//! The widget's one polite live region, through which tools announce what changed.

use std::rc::Rc;
use yew::prelude::*;

/// The single polite live region's text. `serial` alternates a trailing no-break space so the same
/// sentence announced twice is still a change the screen reader notices.
#[derive(Default, PartialEq)]
pub struct LiveRegion {
    pub text: String,
    serial: u32,
}

impl Reducible for LiveRegion {
    type Action = String;
    fn reduce(self: Rc<Self>, text: String) -> Rc<Self> {
        let serial = self.serial.wrapping_add(1);
        let text = if serial.is_multiple_of(2) {
            format!("{text}\u{a0}")
        } else {
            text
        };
        Rc::new(LiveRegion { text, serial })
    }
}
