//! The degree editor: level and the competencies its coursework showed (up to 12).

use super::competency_picker::{CompetencyPickerProps, competency_picker};
use super::editor_frame::{EditorFrameProps, editor_frame, error_for};
use super::relevance::Relevance;
use super::state::{DegreeDraft, Editor, Field, Section};
use crate::rules::model::DegreeLevel;
use crate::rules::{Category, EDITION_2025, competency};
use crate::ui::env::Env;
use crate::ui::widgets::{Choice, Choices, SelectField};
use yew::prelude::*;

pub struct DegreeFormProps<'a> {
    pub category: Category,
    pub relevance: Relevance,
    pub editor: &'a Editor<DegreeDraft>,
    pub on_change: Callback<DegreeDraft>,
    pub on_save: Callback<()>,
    pub on_cancel: Callback<()>,
}

pub fn degree_form(env: &Env, props: &DegreeFormProps<'_>) -> Html {
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
    // Picks another category lists (kept from before a change of category) take no places.
    let chosen = competency::split_claims(props.category, &draft.competencies)
        .0
        .len();
    let (limit, status) = if draft.level.is_degree() {
        let limit = EDITION_2025.training.competencies_per_degree;
        (Some(limit), (t.picker_count_degree)(chosen, limit))
    } else {
        (None, t.picker_needs_degree.to_owned())
    };
    let over = limit
        .filter(|&l| chosen > l as usize)
        .map(|l| AttrValue::from((t.picker_over)(chosen, l)));
    let fields = html! {
        <>
            <SelectField id="chk-degree-level" label={t.degree_level}
                hint={AttrValue::Static(t.degree_level_hint)} choices={Choices::new(levels, draft.level.is_degree().then_some(draft.level), on_level)}
                placeholder={AttrValue::Static(t.degree_level_placeholder)}
                error={error_for(t, &props.editor.errors, Field::DegreeLevel)} />
            if props.relevance.competencies {
                { competency_picker(env, &CompetencyPickerProps {
                    id: "chk-degree-comp",
                    category: props.category,
                    chosen: &draft.competencies,
                    limit,
                    status: &status,
                    over,
                    on_change: on_competencies,
                }) }
            }
        </>
    };
    editor_frame(
        env,
        EditorFrameProps {
            section: Section::Degree,
            heading: &heading,
            errors: &props.editor.errors,
            attempts: props.editor.attempts,
            on_save: &props.on_save,
            on_cancel: &props.on_cancel,
            children: fields,
        },
    )
}

/// "bachelor's degree" → "Bachelor's degree", for an option list.
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
