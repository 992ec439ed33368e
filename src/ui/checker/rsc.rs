//! The RSC section: the list of RSC hours received and the RSC editor.

use super::editor_frame::EntryFormProps;
use super::entry_list::EntryItem;
use super::entry_section::{EntrySectionProps, entry_section};
use super::relevance::Relevance;
use super::rsc_form::rsc_form;
use super::state::{CheckerAction, Editor, Removed, RscDraft, Section, removed_in};
use crate::rules::Category;
use crate::rules::model::RscEntry;
use crate::ui::env::Env;
use yew::prelude::*;

pub struct RscProps<'a> {
    pub category: Category,
    pub relevance: Relevance,
    pub rsc: &'a [RscEntry],
    pub editor: &'a Option<Editor<RscDraft>>,
    pub removed: &'a Option<Removed>,
    pub on_action: &'a Callback<CheckerAction>,
}

pub fn rsc(env: &Env, props: &RscProps<'_>) -> Html {
    let t = env.texts().checker;
    let items: Vec<EntryItem> = props
        .rsc
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let mut details = vec![
                (t.hours)(r.hours.get()),
                if r.qualified_provider {
                    t.tag_qualified
                } else {
                    t.tag_not_qualified
                }
                .to_owned(),
            ];
            if props.relevance.about_provision && r.about_provision {
                details.push(t.tag_about_provision.to_owned());
            }
            if let Some(date) = r.date {
                details.push(date.to_string());
            }
            EntryItem {
                title: (t.rsc.entry)(i + 1),
                details,
                notices: Vec::new(),
            }
        })
        .collect();
    let removed = removed_in(props.removed, Section::Rsc);
    let form = match &props.editor {
        Some(editor) => rsc_form(
            env,
            &EntryFormProps::new(
                Section::Rsc,
                props.category,
                props.relevance,
                editor,
                props.on_action,
                CheckerAction::RscDraft,
            ),
        ),
        None => Html::default(),
    };
    entry_section(
        env,
        EntrySectionProps {
            section: Section::Rsc,
            items,
            editing: props.editor.as_ref().map(|e| e.index),
            removed,
            on_action: props.on_action,
            hint: None,
            children: form,
        },
    )
}
