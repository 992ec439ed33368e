//! "When could I apply?": hours a month the person expects to add, and the pace planner's answer
//! (`rules::check` with `pace`). What is typed is a what-if, kept while the tool is open and not saved
//! with the entries.

use crate::forms::pace::PaceDraft;
use crate::i18n::Msg;
use crate::rules::{self, Assumption, EDITION_2025, PaceRate, Profile};
use crate::ui::env::Env;
use crate::ui::widgets::NumberField;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PacePlannerProps {
    /// The profile of the saved entries, as the report checks it.
    pub profile: Profile,
}

#[function_component]
pub fn PacePlanner(props: &PacePlannerProps) -> Html {
    let draft = use_state(PaceDraft::default);
    let Some(env) = use_context::<Env>() else {
        return Html::default();
    };
    let t = env.locale();
    let rates: Vec<PaceRate> = EDITION_2025
        .category(props.profile.category)
        .pace_rates()
        .collect();
    let (pace, problems) = draft.read(&rates, env.number_style());
    let lines = pace.and_then(|pace| {
        let report = rules::check(&Profile {
            pace: Some(pace),
            ..props.profile.clone()
        })
        .ok()?;
        (!report.ready).then(|| t.pace_lines(&report, &pace))
    });
    let field = |rate: PaceRate| {
        let (id, label) = match rate {
            PaceRate::Training => ("chk-pace-training", Msg::CheckerPaceRateTraining),
            PaceRate::Rsc => ("chk-pace-rsc", Msg::CheckerPaceRateRsc),
            PaceRate::RscProvision => ("chk-pace-rsc-provision", Msg::CheckerPaceRateRscProvision),
        };
        let error = problems
            .iter()
            .any(|(r, _)| *r == rate)
            .then(|| AttrValue::Static(t.text(Msg::CheckerPaceError)));
        let on_input = {
            let draft = draft.clone();
            Callback::from(move |text: String| {
                let mut next = (*draft).clone();
                next.set(rate, text);
                draft.set(next);
            })
        };
        html! {
            <NumberField {id} label={t.text(label)} {error} optional=true
                value={draft.text(rate).to_owned()} {on_input} />
        }
    };
    html! {
        <section class="chk-pace" aria-labelledby="chk-pace-heading">
            <h4 id="chk-pace-heading">{ t.text(Msg::CheckerPaceHeading) }</h4>
            <p class="chk-pace__intro">{ t.text(Msg::CheckerPaceIntro) }</p>
            <div class="chk-pace__inputs">{ for rates.iter().map(|r| field(*r)) }</div>
            if let Some(lines) = lines {
                <ul class="chk-pace__lines" id="chk-pace-lines" aria-live="polite">
                    { for lines.iter().map(|line| html! { <li>{ line.clone() }</li> }) }
                </ul>
                <p class="chk-pace__note">{ t.assumption(Assumption::PaceSteady) }</p>
            }
        </section>
    }
}
