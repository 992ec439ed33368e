//! How a saved position reads in the work section, and its editor.

use super::entry_section::{EntryView, Form, ItemView};
use super::state::{CheckerAction, WorkDraft};
use super::work_form::work_form;
use crate::rules::model::WorkEntry;

impl EntryView for WorkEntry {
    fn item(&self, index: usize, view: &ItemView) -> (String, Vec<String>) {
        let (t, r) = (view.texts.checker, view.relevance);
        let start = self.start.to_string();
        let end = self.end.map(|d| d.to_string());
        let mut details = vec![
            (t.work_scope_option)(self.scope).to_owned(),
            (t.date_range)(&start, end.as_deref()),
        ];
        if r.families_served {
            details.push((t.families_count)(self.families_served.0));
        }
        let tags = [
            (r.psychotherapy && self.post_graduate, t.tag_post_graduate),
            (r.psychotherapy && self.psychotherapy, t.tag_psychotherapy),
            (r.leadership && self.leadership, t.tag_leadership),
            (r.provides_rsc && self.provides_rsc, t.tag_provides_rsc),
            (r.volunteer && self.volunteer, t.tag_volunteer),
        ];
        details.extend(
            tags.iter()
                .filter(|(on, _)| *on)
                .map(|(_, tag)| (*tag).to_owned()),
        );
        ((t.work.entry)(index + 1), details)
    }

    const FORM: Form<WorkDraft> = work_form;
    const EDITED: fn(WorkDraft) -> CheckerAction = CheckerAction::WorkDraft;
}
