//! The education section: the list of saved degrees and the degree editor.

use super::degree_form::{capitalized, degree_form};
use super::editor_frame::EntryFormProps;
use super::entry_list::EntryItem;
use super::entry_section::{EntrySectionProps, entry_section};
use super::relevance::Relevance;
use super::state::{
    CheckerAction, DegreeDraft, Editor, Removed, Section, entry_notices, notices_for, removed_in,
};
use crate::rules::model::Degree;
use crate::rules::{Category, Notice};
use crate::ui::env::Env;
use yew::prelude::*;

pub struct DegreesProps<'a> {
    pub category: Category,
    pub relevance: Relevance,
    pub degrees: &'a [Degree],
    pub editor: &'a Option<Editor<DegreeDraft>>,
    pub removed: &'a Option<Removed>,
    pub notices: &'a [Notice],
    pub on_action: &'a Callback<CheckerAction>,
}

pub fn degrees(env: &Env, props: &DegreesProps<'_>) -> Html {
    let texts = env.texts();
    let t = texts.checker;
    let notices = notices_for(props.notices, Section::Degree);
    let items: Vec<EntryItem> = props
        .degrees
        .iter()
        .enumerate()
        .map(|(i, degree)| {
            let mut details = Vec::new();
            if !degree.competencies.is_empty() && props.relevance.competencies {
                details.push((t.competencies_count)(degree.competencies.len()));
            }
            EntryItem {
                title: format!(
                    "{}: {}",
                    (t.degree.entry)(i + 1),
                    capitalized((texts.degree)(degree.level))
                ),
                details,
                notices: entry_notices(texts, &notices, i),
            }
        })
        .collect();
    let removed = removed_in(props.removed, Section::Degree);
    let form = match &props.editor {
        Some(editor) => degree_form(
            env,
            &EntryFormProps::new(
                Section::Degree,
                props.category,
                props.relevance,
                editor,
                props.on_action,
                CheckerAction::DegreeDraft,
            ),
        ),
        None => Html::default(),
    };
    entry_section(
        env,
        EntrySectionProps {
            section: Section::Degree,
            items,
            editing: props.editor.as_ref().map(|e| e.index),
            removed,
            on_action: props.on_action,
            hint: None,
            children: form,
        },
    )
}
