//! The work section: the list of saved positions and the work editor.

use super::editor_frame::EntryFormProps;
use super::entry_list::EntryItem;
use super::entry_section::{EntrySectionProps, entry_section};
use super::relevance::Relevance;
use super::state::{
    CheckerAction, Editor, Removed, Section, WorkDraft, entry_notices, notices_for, removed_in,
};
use super::work_form::work_form;
use crate::rules::model::WorkEntry;
use crate::rules::{Category, Notice};
use crate::ui::env::Env;
use yew::prelude::*;

pub struct WorkProps<'a> {
    pub category: Category,
    pub relevance: Relevance,
    pub work: &'a [WorkEntry],
    pub editor: &'a Option<Editor<WorkDraft>>,
    pub removed: &'a Option<Removed>,
    pub notices: &'a [Notice],
    pub on_action: &'a Callback<CheckerAction>,
}

pub fn work(env: &Env, props: &WorkProps<'_>) -> Html {
    let texts = env.texts();
    let t = texts.checker;
    let r = props.relevance;
    let notices = notices_for(props.notices, Section::Work);
    let items: Vec<EntryItem> = props
        .work
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let start = w.start.to_string();
            let end = w.end.map(|d| d.to_string());
            let mut details = vec![
                (t.work_scope_option)(w.scope).to_owned(),
                (t.date_range)(&start, end.as_deref()),
            ];
            if r.families_served {
                details.push((t.families_count)(w.families_served.0));
            }
            let tags = [
                (r.psychotherapy && w.post_graduate, t.tag_post_graduate),
                (r.psychotherapy && w.psychotherapy, t.tag_psychotherapy),
                (r.leadership && w.leadership, t.tag_leadership),
                (r.provides_rsc && w.provides_rsc, t.tag_provides_rsc),
                (r.volunteer && w.volunteer, t.tag_volunteer),
            ];
            details.extend(
                tags.iter()
                    .filter(|(on, _)| *on)
                    .map(|(_, tag)| (*tag).to_owned()),
            );
            EntryItem {
                title: (t.work.entry)(i + 1),
                details,
                notices: entry_notices(texts, &notices, i),
            }
        })
        .collect();
    let removed = removed_in(props.removed, Section::Work);
    let form = match &props.editor {
        Some(editor) => work_form(
            env,
            &EntryFormProps::new(
                Section::Work,
                props.category,
                props.relevance,
                editor,
                props.on_action,
                CheckerAction::WorkDraft,
            ),
        ),
        None => Html::default(),
    };
    entry_section(
        env,
        EntrySectionProps {
            section: Section::Work,
            items,
            editing: props.editor.as_ref().map(|e| e.index),
            removed,
            on_action: props.on_action,
            hint: None,
            children: form,
        },
    )
}
