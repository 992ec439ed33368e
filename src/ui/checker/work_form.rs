//! The work editor: kind of work, dates, families served and the flags the chosen category looks at.
//! Flags of other categories are hidden but keep their values.

use super::editor_frame::EntryFormProps;
use crate::forms::checker::{Field, WorkDraft};
use crate::i18n::Msg;
use crate::i18n::checker;
use crate::rules::model::WorkScope;
use crate::ui::env::Env;
use crate::ui::widgets::{Checkbox, Choice, Choices, DateField, NumberField, RadioGroup};
use yew::prelude::*;

pub fn work_form(env: &Env, props: &EntryFormProps<'_, WorkDraft>) -> Html {
    let t = env.locale();
    let r = props.relevance;
    let draft = &props.editor.draft;
    let text = |set| props.setter::<String>(set);
    let flag = |set| props.setter::<bool>(set);
    let on_scope = props.setter(|d, scope| d.scope = scope);
    let scopes: Vec<Choice<WorkScope>> = WorkScope::ALL
        .into_iter()
        .map(|s| Choice::new(s, t.text(checker::work_scope_option(s))))
        .collect();
    let any_flag = r.psychotherapy || r.leadership || r.provides_rsc || r.volunteer;
    let fields = html! {
        <>
            <RadioGroup id="chk-work-scope" legend={t.text(Msg::CheckerWorkScope)} choices={Choices::new(scopes, Some(draft.scope), on_scope)} />
            <DateField id={Field::WorkStart.id()} label={t.text(Msg::CheckerWorkStart)}
                error={props.error(t, Field::WorkStart)} value={draft.start.clone()}
                on_input={text(|d, v| d.start = v)} />
            <Checkbox id="chk-work-current" label={t.text(Msg::CheckerWorkCurrent)} checked={draft.current}
                on_change={flag(|d, v| d.current = v)} />
            if !draft.current {
                <DateField id={Field::WorkEnd.id()} label={t.text(Msg::CheckerWorkEnd)}
                    error={props.error(t, Field::WorkEnd)} value={draft.end.clone()}
                    on_input={text(|d, v| d.end = v)} />
            }
            if r.families_served {
                <NumberField id={Field::WorkFamilies.id()} label={t.text(Msg::CheckerFamiliesServed)}
                    hint={AttrValue::Static(t.text(Msg::CheckerFamiliesServedHint))} integer=true optional=true
                    error={props.error(t, Field::WorkFamilies)} value={draft.families_served.clone()}
                    on_input={text(|d, v| d.families_served = v)} />
            }
            if any_flag {
                <fieldset class="en-fieldset chk-flags">
                    <legend class="en-legend">{ t.text(Msg::CheckerFlagsLegend) }</legend>
                    if r.psychotherapy {
                        <Checkbox id="chk-work-post-graduate" label={t.text(Msg::CheckerPostGraduate)} checked={draft.post_graduate}
                            on_change={flag(|d, v| d.post_graduate = v)} />
                        <Checkbox id="chk-work-psychotherapy" label={t.text(Msg::CheckerPsychotherapy)} checked={draft.psychotherapy}
                            on_change={flag(|d, v| d.psychotherapy = v)} />
                    }
                    if r.leadership {
                        <Checkbox id="chk-work-leadership" label={t.text(Msg::CheckerLeadership)} hint={AttrValue::Static(t.text(Msg::CheckerLeadershipHint))}
                            checked={draft.leadership} on_change={flag(|d, v| d.leadership = v)} />
                    }
                    if r.provides_rsc {
                        <Checkbox id="chk-work-provides-rsc" label={t.text(Msg::CheckerProvidesRsc)} checked={draft.provides_rsc}
                            on_change={flag(|d, v| d.provides_rsc = v)} />
                    }
                    if r.volunteer {
                        <Checkbox id="chk-work-volunteer" label={t.text(Msg::CheckerVolunteer)} checked={draft.volunteer}
                            on_change={flag(|d, v| d.volunteer = v)} />
                        if draft.volunteer {
                            <div class="chk-conditional">
                                <Checkbox id="chk-work-supervised" label={t.text(Msg::CheckerSupervised)} checked={draft.supervised}
                                    on_change={flag(|d, v| d.supervised = v)} />
                                <Checkbox id="chk-work-specialized" label={t.text(Msg::CheckerSpecializedTraining)}
                                    checked={draft.specialized_training}
                                    on_change={flag(|d, v| d.specialized_training = v)} />
                            </div>
                        }
                    }
                </fieldset>
            }
        </>
    };
    props.frame(env, fields)
}
