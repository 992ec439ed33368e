//! The trainings section: the list of saved trainings and the training editor.

use super::editor_frame::EntryFormProps;
use super::entry_list::EntryItem;
use super::entry_section::{EntrySectionProps, entry_section};
use super::relevance::Relevance;
use super::state::{
    CheckerAction, Editor, Removed, Section, TrainingDraft, TrainingRecord, entry_notices,
    notices_for, removed_in,
};
use super::training_form::training_form;
use crate::rules::{Category, Notice};
use crate::ui::env::Env;
use yew::prelude::*;

pub struct TrainingsProps<'a> {
    pub category: Category,
    pub relevance: Relevance,
    pub trainings: &'a [TrainingRecord],
    pub editor: &'a Option<Editor<TrainingDraft>>,
    pub removed: &'a Option<Removed>,
    pub notices: &'a [Notice],
    pub on_action: &'a Callback<CheckerAction>,
}

pub fn trainings(env: &Env, props: &TrainingsProps<'_>) -> Html {
    let texts = env.texts();
    let t = texts.checker;
    let notices = notices_for(props.notices, Section::Training);
    let items: Vec<EntryItem> = props
        .trainings
        .iter()
        .enumerate()
        .map(|(i, record)| {
            let training = &record.training;
            let name = (t.training.entry)(i + 1);
            let title = if record.title.is_empty() {
                name
            } else {
                format!("{name}: {}", record.title)
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
            if !training.competencies.is_empty() && props.relevance.competencies {
                details.push((t.competencies_count)(training.competencies.len()));
            }
            EntryItem {
                title,
                details,
                notices: entry_notices(texts, &notices, i),
            }
        })
        .collect();
    let removed = removed_in(props.removed, Section::Training);
    let form = match &props.editor {
        Some(editor) => training_form(
            env,
            &EntryFormProps::new(
                Section::Training,
                props.category,
                props.relevance,
                editor,
                props.on_action,
                CheckerAction::TrainingDraft,
            ),
        ),
        None => Html::default(),
    };
    entry_section(
        env,
        EntrySectionProps {
            section: Section::Training,
            items,
            editing: props.editor.as_ref().map(|e| e.index),
            removed,
            on_action: props.on_action,
            hint: (!props.relevance.competencies).then_some(t.training_hint_rsc_provision),
            children: form,
        },
    )
}
