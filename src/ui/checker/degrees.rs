//! The education section: the list of saved degrees and the degree editor.

use super::degree_form::{DegreeForm, capitalized};
use super::entry_list::EntryItem;
use super::entry_section::EntrySection;
use super::relevance::Relevance;
use super::state::{CheckerAction, DegreeDraft, Editor, Removed, Section, notices_for};
use crate::rules::model::Degree;
use crate::rules::{Category, Notice};
use crate::ui::env::Env;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DegreesProps {
    pub category: Category,
    pub relevance: Relevance,
    pub degrees: Vec<Degree>,
    pub editor: Option<Editor<DegreeDraft>>,
    pub removed: Option<Removed>,
    pub notices: Vec<Notice>,
    pub on_action: Callback<CheckerAction>,
}

#[function_component]
pub fn Degrees(props: &DegreesProps) -> Html {
    let Some(env) = use_context::<Env>() else {
        return Html::default();
    };
    let texts = env.texts();
    let t = texts.checker;
    let notices = notices_for(&props.notices, Section::Degree);
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
        .filter(|r| r.section() == Section::Degree)
        .map(Removed::index);
    html! {
        <EntrySection section={Section::Degree} {items} editing={props.editor.as_ref().map(|e| e.index)}
            {removed} on_action={props.on_action.clone()}>
            if let Some(editor) = &props.editor {
                <DegreeForm category={props.category} relevance={props.relevance} editor={editor.clone()}
                    on_change={props.on_action.reform(CheckerAction::DegreeDraft)}
                    on_save={props.on_action.reform(|_| CheckerAction::Save(Section::Degree))}
                    on_cancel={props.on_action.reform(|_| CheckerAction::Cancel(Section::Degree))} />
            }
        </EntrySection>
    }
}
