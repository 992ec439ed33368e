//! The work editor: kind of work, dates, families served and the flags the chosen category looks at.
//! Flags of other categories are hidden but keep their values.

use super::editor_frame::{EditorFrameProps, editor_frame, error_for};
use super::relevance::Relevance;
use super::state::{Editor, Field, Section, WorkDraft};
use crate::rules::model::WorkScope;
use crate::ui::env::Env;
use crate::ui::widgets::{Checkbox, Choice, Choices, NumberField, RadioGroup, TextField};
use yew::prelude::*;

pub struct WorkFormProps<'a> {
    pub relevance: Relevance,
    pub editor: &'a Editor<WorkDraft>,
    pub on_change: Callback<WorkDraft>,
    pub on_save: Callback<()>,
    pub on_cancel: Callback<()>,
}

pub fn work_form(env: &Env, props: &WorkFormProps<'_>) -> Html {
    let t = env.texts().checker;
    let r = props.relevance;
    let draft = &props.editor.draft;
    let errors = &props.editor.errors;
    let heading = match props.editor.index {
        Some(i) => (t.work.edit_heading)(i + 1),
        None => t.work.add.to_owned(),
    };
    let text = |f: fn(&mut WorkDraft, String)| {
        let draft = draft.clone();
        props.on_change.reform(move |value: String| {
            let mut next = draft.clone();
            f(&mut next, value);
            next
        })
    };
    let flag = |f: fn(&mut WorkDraft, bool)| {
        let draft = draft.clone();
        props.on_change.reform(move |value: bool| {
            let mut next = draft.clone();
            f(&mut next, value);
            next
        })
    };
    let on_scope = {
        let draft = draft.clone();
        props.on_change.reform(move |scope: WorkScope| WorkDraft {
            scope,
            ..draft.clone()
        })
    };
    let scopes: Vec<Choice<WorkScope>> = WorkScope::ALL
        .into_iter()
        .map(|s| Choice::new(s, (t.work_scope_option)(s)))
        .collect();
    let any_flag = r.psychotherapy || r.leadership || r.provides_rsc || r.volunteer;
    let fields = html! {
        <>
            <RadioGroup id="chk-work-scope" legend={t.work_scope} choices={Choices::new(scopes, Some(draft.scope), on_scope)} />
            <TextField id={Field::WorkStart.id()} label={t.work_start} hint={AttrValue::Static(t.date_hint)}
                error={error_for(t, errors, Field::WorkStart)} value={draft.start.clone()}
                on_input={text(|d, v| d.start = v)} input_class={classes!("en-input--date")}
                autocomplete={AttrValue::Static("off")} />
            <Checkbox id="chk-work-current" label={t.work_current} checked={draft.current}
                on_change={flag(|d, v| d.current = v)} />
            if !draft.current {
                <TextField id={Field::WorkEnd.id()} label={t.work_end} hint={AttrValue::Static(t.date_hint)}
                    error={error_for(t, errors, Field::WorkEnd)} value={draft.end.clone()}
                    on_input={text(|d, v| d.end = v)} input_class={classes!("en-input--date")}
                    autocomplete={AttrValue::Static("off")} />
            }
            if r.families_served {
                <NumberField id={Field::WorkFamilies.id()} label={t.families_served}
                    hint={AttrValue::Static(t.families_served_hint)} integer=true optional=true
                    error={error_for(t, errors, Field::WorkFamilies)} value={draft.families_served.clone()}
                    on_input={text(|d, v| d.families_served = v)} />
            }
            if any_flag {
                <fieldset class="en-fieldset chk-flags">
                    <legend class="en-legend">{ t.flags_legend }</legend>
                    if r.psychotherapy {
                        <Checkbox id="chk-work-post-graduate" label={t.post_graduate} checked={draft.post_graduate}
                            on_change={flag(|d, v| d.post_graduate = v)} />
                        <Checkbox id="chk-work-psychotherapy" label={t.psychotherapy} checked={draft.psychotherapy}
                            on_change={flag(|d, v| d.psychotherapy = v)} />
                    }
                    if r.leadership {
                        <Checkbox id="chk-work-leadership" label={t.leadership} hint={AttrValue::Static(t.leadership_hint)}
                            checked={draft.leadership} on_change={flag(|d, v| d.leadership = v)} />
                    }
                    if r.provides_rsc {
                        <Checkbox id="chk-work-provides-rsc" label={t.provides_rsc} checked={draft.provides_rsc}
                            on_change={flag(|d, v| d.provides_rsc = v)} />
                    }
                    if r.volunteer {
                        <Checkbox id="chk-work-volunteer" label={t.volunteer} checked={draft.volunteer}
                            on_change={flag(|d, v| d.volunteer = v)} />
                        if draft.volunteer {
                            <div class="chk-conditional">
                                <Checkbox id="chk-work-supervised" label={t.supervised} checked={draft.supervised}
                                    on_change={flag(|d, v| d.supervised = v)} />
                                <Checkbox id="chk-work-specialized" label={t.specialized_training}
                                    checked={draft.specialized_training}
                                    on_change={flag(|d, v| d.specialized_training = v)} />
                            </div>
                        }
                    }
                </fieldset>
            }
        </>
    };
    editor_frame(
        env,
        EditorFrameProps {
            section: Section::Work,
            heading: &heading,
            errors: &props.editor.errors,
            attempts: props.editor.attempts,
            on_save: &props.on_save,
            on_cancel: &props.on_cancel,
            children: fields,
        },
    )
}
