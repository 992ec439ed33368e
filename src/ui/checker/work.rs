//! How a saved position reads in the work section, and its editor.

use super::entry_section::{EntryView, Form, ItemView};
use super::work_form::work_form;
use crate::fill;
use crate::forms::checker::WorkRecord;
use crate::forms::checker::{CheckerAction, WorkDraft};
use crate::i18n::Locale;
use crate::i18n::Msg;
use crate::i18n::checker;

impl EntryView for WorkRecord {
    fn item(&self, index: usize, view: &ItemView) -> (String, Vec<String>) {
        let (t, r) = (view.t, view.relevance);
        let work = &self.work;
        let start = t.date(work.start);
        let end = work.end.map(|d| t.date(d));
        let mut details = vec![
            t.text(checker::work_scope_option(work.scope)).to_owned(),
            t.date_range(&start, end.as_deref()),
        ];
        if r.families_served {
            details.push(fill!(t, CheckerFamiliesCount, n = work.families_served.0));
        }
        let tags = [
            (
                r.psychotherapy && work.post_graduate,
                t.text(Msg::CheckerTagPostGraduate),
            ),
            (
                r.psychotherapy && work.psychotherapy,
                t.text(Msg::CheckerTagPsychotherapy),
            ),
            (
                r.leadership && work.leadership,
                t.text(Msg::CheckerTagLeadership),
            ),
            (
                r.provides_rsc && work.provides_rsc,
                t.text(Msg::CheckerTagProvidesRsc),
            ),
            (
                r.volunteer && work.volunteer,
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

    fn note(&self, t: Locale) -> Option<&'static str> {
        self.from_answers
            .then(|| t.text(Msg::CheckerWorkFromAnswers))
    }

    const FORM: Form<WorkDraft> = work_form;
    const EDITED: fn(WorkDraft) -> CheckerAction = CheckerAction::WorkDraft;
}
