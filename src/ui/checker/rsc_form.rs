//! The RSC editor: hours, whether the provider was qualified, whether it was about providing RSC, date.

use super::editor_frame::{EditorFrame, error_for};
use super::relevance::Relevance;
use super::state::{Editor, Field, RscDraft, Section};
use crate::ui::env::Env;
use crate::ui::widgets::{Checkbox, Choice, NumberField, RadioGroup, TextField};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RscFormProps {
    pub relevance: Relevance,
    pub editor: Editor<RscDraft>,
    pub on_change: Callback<RscDraft>,
    pub on_save: Callback<()>,
    pub on_cancel: Callback<()>,
}

#[function_component]
pub fn RscForm(props: &RscFormProps) -> Html {
    let Some(env) = use_context::<Env>() else {
        return Html::default();
    };
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
    html! {
        <EditorFrame section={Section::Rsc} heading={heading} errors={errors.clone()}
            attempts={props.editor.attempts} on_save={props.on_save.clone()} on_cancel={props.on_cancel.clone()}>
            <NumberField id={Field::RscHours.id()} label={t.rsc_hours} hint={AttrValue::Static(t.hours_hint)}
                error={error_for(t, errors, Field::RscHours)} value={draft.hours.clone()}
                on_input={text(|d, v| d.hours = v)} />
            <RadioGroup<bool> id={Field::RscQualified.id()} legend={t.rsc_qualified}
                hint={AttrValue::Static(t.rsc_qualified_hint)} options={answers} inline=true
                error={error_for(t, errors, Field::RscQualified)}
                selected={draft.qualified_provider} on_change={on_qualified} />
            if props.relevance.about_provision {
                <Checkbox id="chk-rsc-about-provision" label={t.rsc_about_provision}
                    hint={AttrValue::Static(t.rsc_about_provision_hint)} checked={draft.about_provision}
                    on_change={on_about} />
            }
            <TextField id={Field::RscDate.id()} label={t.rsc_date} hint={AttrValue::Static(t.date_hint)}
                optional=true error={error_for(t, errors, Field::RscDate)} value={draft.date.clone()}
                on_input={text(|d, v| d.date = v)} input_class={classes!("en-input--date")}
                autocomplete={AttrValue::Static("off")} />
        </EditorFrame>
    }
}
