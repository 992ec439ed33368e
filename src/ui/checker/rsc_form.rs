//! The RSC editor: hours, whether the provider was qualified, whether it was about providing RSC, date.

use super::editor_frame::EntryFormProps;
use crate::forms::YesNoNotSure;
use crate::forms::checker::{Field, RscDraft};
use crate::i18n::Msg;
use crate::ui::env::Env;
use crate::ui::widgets::{Checkbox, Choice, Choices, DateField, NumberField, RadioGroup};
use yew::prelude::*;

pub fn rsc_form(env: &Env, props: &EntryFormProps<'_, RscDraft>) -> Html {
    let t = env.locale();
    let draft = &props.editor.draft;
    let text = |set| props.setter::<String>(set);
    let on_provider = props.setter(|d: &mut RscDraft, answer| d.set_provider(answer));
    let on_about = props.setter(|d, v| d.about_provision = v);
    let answers = vec![
        Choice::new(YesNoNotSure::Yes, t.text(Msg::CheckerYes)),
        Choice::new(YesNoNotSure::No, t.text(Msg::CheckerNo)),
        Choice::new(YesNoNotSure::NotSure, t.text(Msg::CheckerNotSure)),
    ];
    let fields = html! {
        <>
            <NumberField id={Field::RscHours.id()} label={t.text(Msg::CheckerRscHours)} hint={AttrValue::Static(t.text(Msg::CheckerHoursHint))}
                error={props.error(t, Field::RscHours)} value={draft.hours.clone()}
                on_input={text(|d, v| d.hours = v)} />
            <RadioGroup id={Field::RscQualified.id()} legend={t.text(Msg::CheckerRscQualified)}
                hint={AttrValue::Static(t.text(Msg::CheckerRscQualifiedHint))} choices={Choices::new(answers, draft.provider(), on_provider)} inline=true
                error={props.error(t, Field::RscQualified)} />
            if props.relevance.about_provision {
                <Checkbox id="chk-rsc-about-provision" label={t.text(Msg::CheckerRscAboutProvision)}
                    hint={AttrValue::Static(t.text(Msg::CheckerRscAboutProvisionHint))} checked={draft.about_provision}
                    on_change={on_about} />
            }
            <DateField id={Field::RscDate.id()} label={t.text(Msg::CheckerRscDate)}
                optional=true error={props.error(t, Field::RscDate)} value={draft.date.clone()}
                on_input={text(|d, v| d.date = v)} />
            <DateField id={Field::RscUntil.id()} label={t.text(Msg::CheckerRscUntil)}
                hint={AttrValue::Static(t.text(Msg::CheckerRscUntilHint))}
                optional=true error={props.error(t, Field::RscUntil)} value={draft.until.clone()}
                on_input={text(|d, v| d.until = v)} />
        </>
    };
    props.frame(env, fields)
}
