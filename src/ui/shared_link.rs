//! The share link the page was opened with (`#navigator=<tool>.<data>`), read once per widget.

use super::journey::arrival::Arrival;
use super::journey::{self, arrival};
use crate::config::Tool;
use yew::prelude::*;

/// The answers a share link brought, for the tool it names (until that tool has shown or declined them),
/// and whether there was a link that could not be read (the console says why, the fragment is dropped).
#[hook]
pub fn use_shared_link(tools: &[Tool]) -> (UseStateHandle<Option<Arrival>>, bool) {
    // A share link the page was opened with: its tool opens first, holding the shared answers.
    let opened = use_memo((), |_| arrival::from_location(tools));
    let arrival = use_state(|| {
        (*opened)
            .as_ref()
            .and_then(|read| read.as_ref().ok().cloned())
    });
    let link_unreadable = matches!(*opened, Some(Err(_)));
    {
        let opened = opened.clone();
        use_effect_with((), move |_| {
            if let Some(Err(e)) = &*opened {
                web_sys::console::warn_1(
                    &format!("endorsement-navigator: the share link cannot be read: {e}").into(),
                );
                journey::browser::drop_fragment();
            }
        });
    }
    (arrival, link_unreadable)
}
