//! How RSC hours received read in the RSC section, and their editor.

use super::entry_section::{EntryView, Form, ItemView};
use super::rsc_form::rsc_form;
use crate::fill;
use crate::forms::checker::{CheckerAction, RscDraft};
use crate::i18n::Msg;
use crate::rules::model::RscEntry;

impl EntryView for RscEntry {
    fn item(&self, index: usize, view: &ItemView) -> (String, Vec<String>) {
        let t = view.t;
        let relevance = view.relevance;
        let mut details = vec![
            t.hours(self.hours.get()),
            t.text(if self.provider_unconfirmed {
                Msg::CheckerTagProviderUnconfirmed
            } else if self.qualified_provider {
                Msg::CheckerTagQualified
            } else {
                Msg::CheckerTagNotQualified
            })
            .to_owned(),
        ];
        if relevance.about_provision && self.about_provision {
            details.push(t.text(Msg::CheckerTagAboutProvision).to_owned());
        }
        match (self.date, self.start, self.end) {
            (Some(date), _, _) => details.push(t.date(date)),
            (None, Some(start), Some(end)) => {
                details.push(t.date_range(&t.date(start), Some(&t.date(end))))
            }
            (None, Some(start), None) => details.push(t.date(start)),
            _ => {}
        }
        (fill!(t, CheckerRscEntry, n = index + 1), details)
    }

    const FORM: Form<RscDraft> = rsc_form;
    const EDITED: fn(RscDraft) -> CheckerAction = CheckerAction::RscDraft;
}
