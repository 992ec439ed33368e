//! "When could I apply?": hours a month the person expects to add, and the pace planner's answer
//! (`rules::check` with `pace`), with the day the person could apply offered as a calendar file. What is
//! typed lives in the checker's state as a what-if: it is not saved with the entries.

use super::state::CheckerAction;
use crate::contract::calendar::checker_calendar;
use crate::forms::pace::PaceDraft;
use crate::i18n::Msg;
use crate::rules::{self, Assumption, EDITION_2025, PaceRate, Profile};
use crate::ui::env::Env;
use crate::ui::journey::calendar::CalendarFile;
use crate::ui::widgets::NumberField;
use std::rc::Rc;
use yew::prelude::*;

/// A plain view function, like the references field: `profile` is the one the report checks.
pub fn planner(
    env: &Env,
    draft: &PaceDraft,
    profile: &Profile,
    on_action: &Callback<CheckerAction>,
) -> Html {
    let t = env.locale();
    let rules = EDITION_2025.category(profile.category);
    let (pace, problems) = draft.read(rules, env.number_style());
    let planned = pace.and_then(|pace| {
        let report = rules::check(&Profile {
            pace: Some(pace),
            ..profile.clone()
        })
        .ok()?;
        (!report.ready).then(|| {
            let lines = t.pace_lines(&report, &pace);
            let calendar = checker_calendar(t, &report, &lines).map(Rc::new);
            (lines, calendar)
        })
    });
    let fields = rules.pace_rates().map(|rate| {
        let (id, label) = match rate {
            PaceRate::Training => ("chk-pace-training", Msg::CheckerPaceRateTraining),
            PaceRate::Rsc => ("chk-pace-rsc", Msg::CheckerPaceRateRsc),
            PaceRate::RscProvision => ("chk-pace-rsc-provision", Msg::CheckerPaceRateRscProvision),
        };
        let error = problems
            .iter()
            .any(|(r, _)| *r == rate)
            .then(|| AttrValue::Static(t.text(Msg::CheckerPaceError)));
        html! {
            <NumberField {id} label={t.text(label)} {error} optional=true value={draft.text(rate).to_owned()}
                on_input={on_action.reform(move |text| CheckerAction::SetPace(rate, text))} />
        }
    });
    html! {
        <section class="chk-pace" aria-labelledby="chk-pace-heading">
            <h4 id="chk-pace-heading">{ t.text(Msg::CheckerPaceHeading) }</h4>
            <p class="chk-pace__intro">{ t.text(Msg::CheckerPaceIntro) }</p>
            <div class="chk-pace__inputs">{ for fields }</div>
            if let Some((lines, calendar)) = planned {
                <ul class="chk-pace__lines" id="chk-pace-lines" aria-live="polite">
                    { for lines.into_iter().map(|line| html! { <li>{ line }</li> }) }
                </ul>
                <p class="chk-pace__note">{ t.assumption(Assumption::PaceSteady) }</p>
                <CalendarFile {calendar} />
            }
        </section>
    }
}
