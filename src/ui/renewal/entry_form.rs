//! The form under a log: add an entry, or edit the one chosen. Raw text is kept; the reducer validates it
//! on submit and shows the problems next to the fields.

use super::state::{Editor, EntryDraft, EntryReading, Field, LogEntry, LogKind, RenewalAction};
use crate::fill;
use crate::forms::NumberStyle;
use crate::i18n::renewal;
use crate::i18n::{Locale, Msg};
use crate::rules::Date;
use crate::rules::model::TrainingKind;
use crate::ui::widgets::{
    Choice, Choices, DateField, NumberField, SelectField, TextField, field_error,
};
use yew::prelude::*;

pub struct EntryFormProps {
    pub log: LogKind,
    pub editor: Editor,
    /// The entry being edited, as it was before the edit (for the legend).
    pub editing_entry: Option<LogEntry>,
    pub today: Date,
    /// How the visitor's language writes numbers, for reading the hours typed.
    pub style: NumberStyle,
    pub dispatch: Callback<RenewalAction>,
}

pub fn entry_form(t: Locale, props: &EntryFormProps) -> Html {
    let log = props.log;
    let draft = &props.editor.draft;
    let error_for = |field: Field| field_error(t, &props.editor.errors, field);
    // Each field edits one part of the draft and sends the whole draft back.
    let edit = |change: fn(&mut EntryDraft, String)| {
        let dispatch = props.dispatch.clone();
        let draft = draft.clone();
        Callback::from(move |value: String| {
            let mut next = draft.clone();
            change(&mut next, value);
            dispatch.emit(RenewalAction::EditDraft(log, next));
        })
    };
    let on_kind = {
        let dispatch = props.dispatch.clone();
        let draft = draft.clone();
        Callback::from(move |kind: TrainingKind| {
            dispatch.emit(RenewalAction::EditDraft(
                log,
                EntryDraft {
                    kind,
                    ..draft.clone()
                },
            ))
        })
    };
    let onsubmit = {
        let dispatch = props.dispatch.clone();
        let reading = EntryReading {
            today: props.today,
            style: props.style,
            dates: t.date_style(),
        };
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            dispatch.emit(RenewalAction::SubmitEntry { log, reading });
        })
    };
    let on_cancel = props
        .dispatch
        .reform(move |_: MouseEvent| RenewalAction::CancelEdit(log));
    let editing = props.editor.editing.is_some();
    // Esc while editing a logged entry cancels the edit, as the Cancel button does (focus returns to the
    // log's heading). The form for a new entry keeps what was typed.
    let onkeydown = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            if editing && e.key() == "Escape" {
                e.prevent_default();
                dispatch.emit(RenewalAction::CancelEdit(log));
            }
        })
    };
    let legend = match (&props.editing_entry, log) {
        (Some(entry), _) => fill!(
            t,
            RenewalEditLegend,
            entry = &super::entry_phrase(t, entry.hours.get(), entry.date)
        ),
        (None, LogKind::Training) => t.text(Msg::RenewalNewTrainingLegend).to_owned(),
        (None, LogKind::Rsc) => t.text(Msg::RenewalNewRscLegend).to_owned(),
    };
    let submit = match (editing, log) {
        (true, _) => t.text(Msg::RenewalSaveEntry),
        (false, LogKind::Training) => t.text(Msg::RenewalAddTraining),
        (false, LogKind::Rsc) => t.text(Msg::RenewalAddRsc),
    };
    let kinds: Vec<Choice<TrainingKind>> = TrainingKind::ALL
        .into_iter()
        .map(|k| Choice::new(k, t.text(renewal::training_kind(k))))
        .collect();
    let prefix = match log {
        LogKind::Training => "rn-training",
        LogKind::Rsc => "rn-rsc",
    };
    html! {
        <form class={classes!("rn-entry-form", editing.then_some("rn-entry-form--editing"))} novalidate=true {onsubmit} {onkeydown}>
            <fieldset class="en-fieldset rn-entry-form__fieldset">
                <legend class="en-legend rn-entry-form__legend">{ legend }</legend>
                <div class="rn-entry-form__row">
                    <DateField
                        id={Field::EntryDate(log).id()}
                        label={t.text(Msg::RenewalEntryDateLabel)}
                        error={error_for(Field::EntryDate(log))}
                        value={AttrValue::from(draft.date.clone())}
                        on_input={edit(|d, v| d.date = v)}
                    />
                    <NumberField
                        id={Field::EntryHours(log).id()}
                        label={t.text(Msg::RenewalEntryHoursLabel)}
                        hint={AttrValue::Static(t.text(Msg::RenewalEntryHoursHint))}
                        error={error_for(Field::EntryHours(log))}
                        value={AttrValue::from(draft.hours.clone())}
                        on_input={edit(|d, v| d.hours = v)}
                    />
                </div>
                if log == LogKind::Training {
                    <SelectField
                        id={format!("{prefix}-kind")}
                        label={t.text(Msg::RenewalEntryKindLabel)}
                        choices={Choices::new(kinds, Some(draft.kind), on_kind)}
                    />
                    <TextField
                        id={format!("{prefix}-title")}
                        label={t.text(Msg::RenewalEntryTitleLabel)}
                        value={AttrValue::from(draft.title.clone())}
                        on_input={edit(|d, v| d.title = v)}
                        optional=true
                    />
                }
                <div class="en-button-row">
                    <button type="submit" class="en-button">{ submit }</button>
                    if editing {
                        <button type="button" class="en-button en-button--secondary" onclick={on_cancel}>{ t.text(Msg::RenewalCancelEdit) }</button>
                    }
                </div>
            </fieldset>
        </form>
    }
}
