//! How a saved training reads in the trainings section, and its editor.

use super::entry_section::{EntryView, Form, ItemView};
use super::training_form::training_form;
use crate::fill;
use crate::forms::checker::{CheckerAction, TrainingDraft, TrainingRecord};
use crate::i18n::checker;
use crate::i18n::{Locale, Msg};
use crate::rules::asks::Relevance;

impl EntryView for TrainingRecord {
    fn item(&self, index: usize, view: &ItemView) -> (String, Vec<String>) {
        let t = view.t;
        let relevance = view.relevance;
        let training = &self.training;
        let name = fill!(t, CheckerTrainingEntry, n = index + 1);
        let title = if self.title.is_empty() {
            name
        } else {
            format!("{name}: {}", self.title)
        };
        let mut details = vec![
            t.hours(training.hours.get()),
            t.text(checker::training_kind_option(training.kind))
                .to_owned(),
        ];
        if training.self_study {
            details.push(t.text(Msg::CheckerTagSelfStudy).to_owned());
        }
        if let Some(date) = training.date {
            details.push(t.date(date));
        }
        if !training.competencies.is_empty() && relevance.competencies {
            details.push(fill!(
                t,
                CheckerCompetenciesCount,
                n = training.competencies.len()
            ));
        }
        (title, details)
    }

    /// The Reflective Supervisor add-on claims no competencies, so its hint says so.
    fn hint(t: Locale, relevance: Relevance) -> Option<&'static str> {
        (!relevance.competencies).then_some(t.text(Msg::CheckerTrainingHintRscProvision))
    }

    const FORM: Form<TrainingDraft> = training_form;
    const EDITED: fn(TrainingDraft) -> CheckerAction = CheckerAction::TrainingDraft;
}
