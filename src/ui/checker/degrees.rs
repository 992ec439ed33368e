//! How a saved degree reads in the education section, and its editor.

use super::degree_form::{capitalized, degree_form};
use super::editor_frame::EntryFormProps;
use super::entry_section::EntryView;
use super::relevance::Relevance;
use super::state::{CheckerAction, DegreeDraft};
use crate::i18n::Texts;
use crate::rules::model::Degree;
use crate::ui::env::Env;
use yew::prelude::*;

impl EntryView for Degree {
    fn item(
        &self,
        texts: &'static Texts,
        relevance: Relevance,
        index: usize,
    ) -> (String, Vec<String>) {
        let t = texts.checker;
        let mut details = Vec::new();
        if !self.competencies.is_empty() && relevance.competencies {
            details.push((t.competencies_count)(self.competencies.len()));
        }
        let title = format!(
            "{}: {}",
            (t.degree.entry)(index + 1),
            capitalized((texts.degree)(self.level))
        );
        (title, details)
    }

    fn form(env: &Env, props: &EntryFormProps<'_, DegreeDraft>) -> Html {
        degree_form(env, props)
    }

    fn edited(draft: DegreeDraft) -> CheckerAction {
        CheckerAction::DegreeDraft(draft)
    }
}
