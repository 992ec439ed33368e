//! How a saved degree reads in the education section, and its editor.

use super::degree_form::{capitalized, degree_form};
use super::entry_section::{EntryView, Form, ItemView};
use super::state::{CheckerAction, DegreeDraft};
use crate::rules::model::Degree;

impl EntryView for Degree {
    fn item(&self, index: usize, view: &ItemView) -> (String, Vec<String>) {
        let t = view.texts.checker;
        let relevance = view.relevance;
        let mut details = Vec::new();
        if !self.competencies.is_empty() && relevance.competencies {
            details.push((t.competencies_count)(self.competencies.len()));
        }
        let title = format!(
            "{}: {}",
            (t.degree.entry)(index + 1),
            capitalized((view.texts.degree)(self.level))
        );
        (title, details)
    }

    const FORM: Form<DegreeDraft> = degree_form;
    const EDITED: fn(DegreeDraft) -> CheckerAction = CheckerAction::DegreeDraft;
}
