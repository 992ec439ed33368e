//! How a saved training reads in the trainings section, and its editor.

use super::editor_frame::EntryFormProps;
use super::entry_section::EntryView;
use super::relevance::Relevance;
use super::state::{CheckerAction, TrainingDraft, TrainingRecord};
use super::training_form::training_form;
use crate::i18n::Texts;
use crate::i18n::checker::CheckerTexts;
use crate::ui::env::Env;
use yew::prelude::*;

impl EntryView for TrainingRecord {
    fn item(
        &self,
        texts: &'static Texts,
        relevance: Relevance,
        index: usize,
    ) -> (String, Vec<String>) {
        let t = texts.checker;
        let training = &self.training;
        let name = (t.training.entry)(index + 1);
        let title = if self.title.is_empty() {
            name
        } else {
            format!("{name}: {}", self.title)
        };
        let mut details = vec![
            (t.hours)(training.hours.get()),
            (t.training_kind_option)(training.kind).to_owned(),
        ];
        if training.self_study {
            details.push(t.tag_self_study.to_owned());
        }
        if let Some(date) = training.date {
            details.push(date.to_string());
        }
        if !training.competencies.is_empty() && relevance.competencies {
            details.push((t.competencies_count)(training.competencies.len()));
        }
        (title, details)
    }

    fn form(env: &Env, props: &EntryFormProps<'_, TrainingDraft>) -> Html {
        training_form(env, props)
    }

    fn edited(draft: TrainingDraft) -> CheckerAction {
        CheckerAction::TrainingDraft(draft)
    }

    /// The Reflective Supervisor add-on claims no competencies, so its hint says so.
    fn hint(t: &'static CheckerTexts, relevance: Relevance) -> Option<&'static str> {
        (!relevance.competencies).then_some(t.training_hint_rsc_provision)
    }
}
