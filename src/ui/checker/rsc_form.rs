//! The RSC editor: hours, whether the provider was qualified, whether it was about providing RSC, date.

use super::editor_frame::{EditorFrameProps, editor_frame, error_for};
use super::relevance::Relevance;
use super::state::{Editor, Field, RscDraft, Section};
use crate::ui::env::Env;
use crate::ui::widgets::{Checkbox, Choice, Choices, NumberField, RadioGroup, TextField};
use yew::prelude::*;

pub struct RscFormProps<'a> {
    pub relevance: Relevance,
    pub editor: &'a Editor<RscDraft>,
    pub on_change: Callback<RscDraft>,
    pub on_save: Callback<()>,
    pub on_cancel: Callback<()>,
}

pub fn rsc_form(env: &Env, props: &RscFormProps<'_>) -> Html {
    let t = env.texts().checker;
    let draft = &props.editor.draft;
    let errors = &props.editor.errors;
    let heading = match props.editor.index {
        Some(i) => (t.rsc.edit_heading)(i + 1),
        None => t.rsc.add.to_owned(),
    };
    let text = |f: fn(&mut RscDraft, String)| {
        let draft = draft.clone();
        props.on_change.reform(move |value: String| {
            let mut next = draft.clone();
            f(&mut next, value);
            next
        })
    };
    let on_qualified = {
        let draft = draft.clone();
        props.on_change.reform(move |q: bool| RscDraft {
            qualified_provider: Some(q),
            ..draft.clone()
        })
    };
    let on_about = {
        let draft = draft.clone();
        props
            .on_change
            .reform(move |about_provision: bool| RscDraft {
                about_provision,
                ..draft.clone()
            })
    };
    let answers = vec![Choice::new(true, t.yes), Choice::new(false, t.no)];
    let fields = html! {
        <>
            <NumberField id={Field::RscHours.id()} label={t.rsc_hours} hint={AttrValue::Static(t.hours_hint)}
                error={error_for(t, errors, Field::RscHours)} value={draft.hours.clone()}
                on_input={text(|d, v| d.hours = v)} />
            <RadioGroup id={Field::RscQualified.id()} legend={t.rsc_qualified}
                hint={AttrValue::Static(t.rsc_qualified_hint)} choices={Choices::new(answers, draft.qualified_provider, on_qualified)} inline=true
                error={error_for(t, errors, Field::RscQualified)} />
            if props.relevance.about_provision {
                <Checkbox id="chk-rsc-about-provision" label={t.rsc_about_provision}
                    hint={AttrValue::Static(t.rsc_about_provision_hint)} checked={draft.about_provision}
                    on_change={on_about} />
            }
            <TextField id={Field::RscDate.id()} label={t.rsc_date} hint={AttrValue::Static(t.date_hint)}
                optional=true error={error_for(t, errors, Field::RscDate)} value={draft.date.clone()}
                on_input={text(|d, v| d.date = v)} input_class={classes!("en-input--date")}
                autocomplete={AttrValue::Static("off")} />
        </>
    };
    editor_frame(
        env,
        EditorFrameProps {
            section: Section::Rsc,
            heading: &heading,
            errors: &props.editor.errors,
            attempts: props.editor.attempts,
            on_save: &props.on_save,
            on_cancel: &props.on_cancel,
            children: fields,
        },
    )
}
