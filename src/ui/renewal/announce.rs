//! Tells the host page about each new report, and screen-reader users about it and about log changes.

use crate::config::Tool;
use crate::forms::renewal::Change;
use crate::i18n::{Locale, Msg};
use crate::rules::{RenewalInput, RenewalReport};
use crate::ui::env::Env;
use gloo::timers::callback::Timeout;
use std::rc::Rc;
use yew::prelude::*;

/// How long the announcement waits for typing to settle: a date input reports every digit of the year.
const ANNOUNCE_DELAY_MS: u32 = 700;

/// The sentence for a change to a log.
fn change_sentence(t: Locale, change: &Change) -> String {
    let (entry, sentence) = match change {
        Change::Added(_, entry) => (entry, Msg::RenewalEntryAdded),
        Change::Saved(_, entry) => (entry, Msg::RenewalEntrySaved),
        Change::Removed(_, entry) => (entry, Msg::RenewalEntryRemoved),
    };
    let entry = super::entry_phrase(t, entry.hours.get(), entry.date);
    t.fill(sentence, &[("entry", entry.as_str().into())])
}

/// Each new report goes to the host page (`Env::emit_result`); the report's summary and the last change
/// to a log are announced together once typing settles. Nothing is announced on the first render.
#[hook]
pub fn use_announcements(
    env: Env,
    report: Option<Rc<(RenewalInput, RenewalReport)>>,
    change: Option<Change>,
) {
    let previous = use_mut_ref(|| None::<Rc<(RenewalInput, RenewalReport)>>);
    let first = use_mut_ref(|| true);
    let pending = use_mut_ref(|| None::<Timeout>);
    use_effect_with((report, change), move |(report, change)| {
        let is_first = std::mem::replace(&mut *first.borrow_mut(), false);
        let mut sentences = Vec::new();
        if let Some(change) = change {
            sentences.push(change_sentence(env.locale(), change));
        }
        // A change to a log alone (or an edit that leaves the report as it was) announces no report.
        let new_report =
            report.as_ref().map(|pair| &pair.1) != previous.borrow().as_ref().map(|pair| &pair.1);
        if new_report {
            previous.borrow_mut().clone_from(report);
            if let Some(pair) = report {
                let (input, report) = &**pair;
                env.emit_result(Tool::Renewal, input, report);
                let t = env.locale();
                sentences.push(t.renewal_summary(report.deadline, &super::still_needed(t, report)));
            }
        }
        if !is_first && !sentences.is_empty() {
            let text = sentences.join(" ");
            // A new sentence replaces one still waiting (dropping a Timeout cancels it).
            *pending.borrow_mut() =
                Some(Timeout::new(ANNOUNCE_DELAY_MS, move || env.announce(text)));
        }
    });
}
