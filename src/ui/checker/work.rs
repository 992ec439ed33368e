//! How a saved position reads in the work section, and its editor.

use super::entry_section::{EntryView, Form, ItemView};
use super::state::{CheckerAction, WorkDraft};
use super::work_form::work_form;
use crate::fill;
use crate::i18n::Msg;
use crate::i18n::checker;
use crate::rules::model::WorkEntry;

impl EntryView for WorkEntry {
    fn item(&self, index: usize, view: &ItemView) -> (String, Vec<String>) {
        let (t, r) = (view.t, view.relevance);
        let start = self.start.to_string();
        let end = self.end.map(|d| d.to_string());
        let mut details = vec![
            t.text(checker::work_scope_option(self.scope)).to_owned(),
            t.date_range(&start, end.as_deref()),
        ];
        if r.families_served {
            details.push(fill!(t, CheckerFamiliesCount, n = self.families_served.0));
        }
        let tags = [
            (
                r.psychotherapy && self.post_graduate,
                t.text(Msg::CheckerTagPostGraduate),
            ),
            (
                r.psychotherapy && self.psychotherapy,
                t.text(Msg::CheckerTagPsychotherapy),
            ),
            (
                r.leadership && self.leadership,
                t.text(Msg::CheckerTagLeadership),
            ),
            (
                r.provides_rsc && self.provides_rsc,
                t.text(Msg::CheckerTagProvidesRsc),
            ),
            (
                r.volunteer && self.volunteer,
                t.text(Msg::CheckerTagVolunteer),
            ),
        ];
        details.extend(
            tags.iter()
                .filter(|(on, _)| *on)
                .map(|(_, tag)| (*tag).to_owned()),
        );
        (fill!(t, CheckerWorkEntry, n = index + 1), details)
    }

    const FORM: Form<WorkDraft> = work_form;
    const EDITED: fn(WorkDraft) -> CheckerAction = CheckerAction::WorkDraft;
}
