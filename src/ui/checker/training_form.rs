//! The training editor: title, hours, type, self-study, date and the competencies it showed.

use super::editor_frame::EntryFormProps;
use crate::fill;
use crate::forms::checker::{Field, TrainingDraft};
use crate::i18n::Msg;
use crate::i18n::checker;
use crate::rules::EDITION_2025;
use crate::rules::model::TrainingKind;
use crate::ui::env::Env;
use crate::ui::widgets::{
    Checkbox, Choice, Choices, DateField, NumberField, RadioGroup, TextField,
};
use yew::prelude::*;

pub fn training_form(env: &Env, props: &EntryFormProps<'_, TrainingDraft>) -> Html {
    let t = env.locale();
    let draft = &props.editor.draft;
    let edit = |set| props.setter::<String>(set);
    let on_kind = props.setter(|d, kind| d.kind = kind);
    let on_self_study = props.setter(|d, v| d.self_study = v);
    let kinds: Vec<Choice<TrainingKind>> = TrainingKind::ALL
        .into_iter()
        .map(|k| Choice::new(k, t.text(checker::training_kind_option(k))))
        .collect();

    // The picker's limit follows the hours as typed: one competency per whole hour.
    let hours = draft.hours_so_far(props.style);
    let limit = hours.map(|h| EDITION_2025.training.competencies_for_hours(h.get()));
    let status = |chosen| match (hours, limit) {
        (Some(h), Some(limit)) => fill!(
            t,
            CheckerPickerCountTraining,
            chosen = chosen,
            limit = limit,
            hours = h.get()
        ),
        _ => t.text(Msg::CheckerPickerNeedsHours).to_owned(),
    };

    let fields = html! {
        <>
            <TextField id="chk-training-title" label={t.text(Msg::CheckerTrainingTitle)} hint={AttrValue::Static(t.text(Msg::CheckerTrainingTitleHint))}
                optional=true value={draft.title.clone()} on_input={edit(|d, v| d.title = v)}
                autocomplete={AttrValue::Static("off")} />
            <NumberField id={Field::TrainingHours.id()} label={t.text(Msg::CheckerTrainingHours)} hint={AttrValue::Static(t.text(Msg::CheckerHoursHint))}
                error={props.error(t, Field::TrainingHours)} value={draft.hours.clone()}
                on_input={edit(|d, v| d.hours = v)} />
            <RadioGroup id="chk-training-kind" legend={t.text(Msg::CheckerTrainingKind)} choices={Choices::new(kinds, Some(draft.kind), on_kind)} />
            if props.relevance.rsc_provision_training {
                <Checkbox id="chk-training-self-study" label={t.text(Msg::CheckerSelfStudy)} hint={AttrValue::Static(t.text(Msg::CheckerSelfStudyHint))}
                    checked={draft.self_study} on_change={on_self_study} />
            }
            <DateField id={Field::TrainingDate.id()} label={t.text(Msg::CheckerTrainingDate)}
                optional=true error={props.error(t, Field::TrainingDate)} value={draft.date.clone()}
                on_input={edit(|d, v| d.date = v)} />
            { props.competencies(env, &draft.competencies, |d, ids| d.competencies = ids, limit, &status) }
        </>
    };
    props.frame(env, fields)
}
