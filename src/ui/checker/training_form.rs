//! The training editor: title, hours, type, self-study, date and the competencies it showed.

use super::editor_frame::EntryFormProps;
use super::state::{Field, TrainingDraft};
use crate::rules::EDITION_2025;
use crate::rules::model::TrainingKind;
use crate::ui::env::Env;
use crate::ui::widgets::{
    Checkbox, Choice, Choices, DateField, NumberField, RadioGroup, TextField,
};
use yew::prelude::*;

pub fn training_form(env: &Env, props: &EntryFormProps<'_, TrainingDraft>) -> Html {
    let t = env.texts().checker;
    let draft = &props.editor.draft;
    let edit = |set| props.setter::<String>(set);
    let on_kind = props.setter(|d, kind| d.kind = kind);
    let on_self_study = props.setter(|d, v| d.self_study = v);
    let kinds: Vec<Choice<TrainingKind>> = TrainingKind::ALL
        .into_iter()
        .map(|k| Choice::new(k, (t.training_kind_option)(k)))
        .collect();

    // The picker's limit follows the hours as typed: one competency per whole hour.
    let hours = draft.hours_so_far(props.style);
    let limit = hours.map(|h| EDITION_2025.training.competencies_for_hours(h.get()));
    let status = |chosen| match (hours, limit) {
        (Some(h), Some(limit)) => (t.picker_count_training)(chosen, limit, h.get()),
        _ => t.picker_needs_hours.to_owned(),
    };

    let fields = html! {
        <>
            <TextField id="chk-training-title" label={t.training_title} hint={AttrValue::Static(t.training_title_hint)}
                optional=true value={draft.title.clone()} on_input={edit(|d, v| d.title = v)}
                autocomplete={AttrValue::Static("off")} />
            <NumberField id={Field::TrainingHours.id()} label={t.training_hours} hint={AttrValue::Static(t.hours_hint)}
                error={props.error(t, Field::TrainingHours)} value={draft.hours.clone()}
                on_input={edit(|d, v| d.hours = v)} />
            <RadioGroup id="chk-training-kind" legend={t.training_kind} choices={Choices::new(kinds, Some(draft.kind), on_kind)} />
            if props.relevance.rsc_provision_training {
                <Checkbox id="chk-training-self-study" label={t.self_study} hint={AttrValue::Static(t.self_study_hint)}
                    checked={draft.self_study} on_change={on_self_study} />
            }
            <DateField id={Field::TrainingDate.id()} label={t.training_date}
                optional=true error={props.error(t, Field::TrainingDate)} value={draft.date.clone()}
                on_input={edit(|d, v| d.date = v)} />
            { props.competencies(env, &draft.competencies, |d, ids| d.competencies = ids, limit, &status) }
        </>
    };
    props.frame(env, fields)
}
