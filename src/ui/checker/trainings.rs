//! The trainings section: the list of saved trainings and the training editor.

use super::entry_list::EntryItem;
use super::entry_section::EntrySection;
use super::relevance::Relevance;
use super::state::{
    CheckerAction, Editor, Removed, Section, TrainingDraft, TrainingRecord, notices_for,
};
use super::training_form::TrainingForm;
use crate::rules::{Category, Notice};
use crate::ui::env::Env;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TrainingsProps {
    pub category: Category,
    pub relevance: Relevance,
    pub trainings: Vec<TrainingRecord>,
    pub editor: Option<Editor<TrainingDraft>>,
    pub removed: Option<Removed>,
    pub notices: Vec<Notice>,
    pub on_action: Callback<CheckerAction>,
}

#[function_component]
pub fn Trainings(props: &TrainingsProps) -> Html {
    let Some(env) = use_context::<Env>() else {
        return Html::default();
    };
    let texts = env.texts();
    let t = texts.checker;
    let notices = notices_for(&props.notices, Section::Training);
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
                notices: notices
                    .iter()
                    .filter(|(j, _)| *j == i)
                    .map(|(_, n)| (texts.notice)(n))
                    .collect(),
            }
        })
        .collect();
    let removed = props
        .removed
        .as_ref()
        .filter(|r| r.section() == Section::Training)
        .map(Removed::index);
    html! {
        <EntrySection section={Section::Training} {items} editing={props.editor.as_ref().map(|e| e.index)}
            {removed} on_action={props.on_action.clone()}
            hint={(!props.relevance.competencies).then_some(t.training_hint_rsc_provision)}>
            if let Some(editor) = &props.editor {
                <TrainingForm category={props.category} relevance={props.relevance} editor={editor.clone()}
                    on_change={props.on_action.reform(CheckerAction::TrainingDraft)}
                    on_save={props.on_action.reform(|_| CheckerAction::Save(Section::Training))}
                    on_cancel={props.on_action.reform(|_| CheckerAction::Cancel(Section::Training))} />
            }
        </EntrySection>
    }
}
