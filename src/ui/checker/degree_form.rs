//! The degree editor: level and the competencies its coursework showed (up to 12).

use super::competency_picker::CompetencyPicker;
use super::editor_frame::{EditorFrame, error_for};
use super::relevance::Relevance;
use super::state::{DegreeDraft, Editor, Field, Section};
use crate::rules::model::DegreeLevel;
use crate::rules::{Category, EDITION_2025};
use crate::ui::env::Env;
use crate::ui::widgets::{Choice, SelectField};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DegreeFormProps {
    pub category: Category,
    pub relevance: Relevance,
    pub editor: Editor<DegreeDraft>,
    pub on_change: Callback<DegreeDraft>,
    pub on_save: Callback<()>,
    pub on_cancel: Callback<()>,
}

#[function_component]
pub fn DegreeForm(props: &DegreeFormProps) -> Html {
    let Some(env) = use_context::<Env>() else {
        return Html::default();
    };
    let texts = env.texts();
    let t = texts.checker;
    let draft = &props.editor.draft;
    let heading = match props.editor.index {
        Some(i) => (t.degree.edit_heading)(i + 1),
        None => t.degree.add.to_owned(),
    };
    let levels: Vec<Choice<DegreeLevel>> = DegreeLevel::ALL
        .into_iter()
        .filter(|l| l.is_degree())
        .map(|l| Choice::new(l, capitalized((texts.degree)(l))))
        .collect();
    let on_level = {
        let draft = draft.clone();
        props
            .on_change
            .reform(move |level: DegreeLevel| DegreeDraft {
                level,
                ..draft.clone()
            })
    };
    let on_competencies = {
        let draft = draft.clone();
        props
            .on_change
            .reform(move |competencies: Vec<String>| DegreeDraft {
                competencies,
                ..draft.clone()
            })
    };
    let chosen = draft.competencies.len();
    let (limit, status) = if draft.level.is_degree() {
        let limit = EDITION_2025.training.competencies_per_degree;
        (Some(limit), (t.picker_count_degree)(chosen, limit))
    } else {
        (None, t.picker_needs_degree.to_owned())
    };
    let over = limit
        .filter(|&l| chosen > l as usize)
        .map(|l| AttrValue::from((t.picker_over)(chosen, l)));
    html! {
        <EditorFrame section={Section::Degree} heading={heading} errors={props.editor.errors.clone()}
            attempts={props.editor.attempts} on_save={props.on_save.clone()} on_cancel={props.on_cancel.clone()}>
            <SelectField<DegreeLevel> id="chk-degree-level" label={t.degree_level}
                hint={AttrValue::Static(t.degree_level_hint)} options={levels}
                placeholder={AttrValue::Static(t.degree_level_placeholder)}
                error={error_for(t, &props.editor.errors, Field::DegreeLevel)}
                selected={draft.level.is_degree().then_some(draft.level)} on_change={on_level} />
            if props.relevance.competencies {
                <CompetencyPicker id="chk-degree-comp" category={props.category} chosen={draft.competencies.clone()}
                    {limit} status={AttrValue::from(status)} {over} on_change={on_competencies} />
            }
        </EditorFrame>
    }
}

/// "bachelor's degree" → "Bachelor's degree", for an option list.
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
