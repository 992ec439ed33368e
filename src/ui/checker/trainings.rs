//! How a saved training reads in the trainings section, and its editor.

use super::entry_section::{EntryView, Form, ItemView};
use super::relevance::Relevance;
use super::state::{CheckerAction, TrainingDraft, TrainingRecord};
use super::training_form::training_form;
use crate::i18n::checker::CheckerTexts;

impl EntryView for TrainingRecord {
    fn item(&self, index: usize, view: &ItemView) -> (String, Vec<String>) {
        let t = view.texts.checker;
        let relevance = view.relevance;
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

    /// The Reflective Supervisor add-on claims no competencies, so its hint says so.
    fn hint(t: &'static CheckerTexts, relevance: Relevance) -> Option<&'static str> {
        (!relevance.competencies).then_some(t.training_hint_rsc_provision)
    }

    const FORM: Form<TrainingDraft> = training_form;
    const EDITED: fn(TrainingDraft) -> CheckerAction = CheckerAction::TrainingDraft;
}
