//! How a saved degree reads in the education section, and its editor.

use super::degree_form::degree_form;
use super::entry_section::{EntryView, Form, ItemView};
use crate::fill;
use crate::forms::checker::{CheckerAction, DegreeDraft};
use crate::i18n::checker::capitalized;
use crate::rules::model::Degree;

impl EntryView for Degree {
    fn item(&self, index: usize, view: &ItemView) -> (String, Vec<String>) {
        let t = view.t;
        let relevance = view.relevance;
        let mut details = Vec::new();
        if !self.competencies.is_empty() && relevance.competencies {
            details.push(fill!(
                t,
                CheckerCompetenciesCount,
                n = self.competencies.len()
            ));
        }
        let title = format!(
            "{}: {}",
            fill!(t, CheckerDegreeEntry, n = index + 1),
            capitalized(t.degree(self.level))
        );
        (title, details)
    }

    const FORM: Form<DegreeDraft> = degree_form;
    const EDITED: fn(DegreeDraft) -> CheckerAction = CheckerAction::DegreeDraft;
}
