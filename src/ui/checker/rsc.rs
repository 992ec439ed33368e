//! How RSC hours received read in the RSC section, and their editor.

use super::editor_frame::EntryFormProps;
use super::entry_section::EntryView;
use super::relevance::Relevance;
use super::rsc_form::rsc_form;
use super::state::{CheckerAction, RscDraft};
use crate::i18n::Texts;
use crate::rules::model::RscEntry;
use crate::ui::env::Env;
use yew::prelude::*;

impl EntryView for RscEntry {
    fn item(
        &self,
        texts: &'static Texts,
        relevance: Relevance,
        index: usize,
    ) -> (String, Vec<String>) {
        let t = texts.checker;
        let mut details = vec![
            (t.hours)(self.hours.get()),
            if self.qualified_provider {
                t.tag_qualified
            } else {
                t.tag_not_qualified
            }
            .to_owned(),
        ];
        if relevance.about_provision && self.about_provision {
            details.push(t.tag_about_provision.to_owned());
        }
        if let Some(date) = self.date {
            details.push(date.to_string());
        }
        ((t.rsc.entry)(index + 1), details)
    }

    fn form(env: &Env, props: &EntryFormProps<'_, RscDraft>) -> Html {
        rsc_form(env, props)
    }

    fn edited(draft: RscDraft) -> CheckerAction {
        CheckerAction::RscDraft(draft)
    }
}
