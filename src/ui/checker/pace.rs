//! "When could I apply?": hours a month the person expects to add, and the pace planner's answer
//! (`rules::check` with `pace`), with the day the person could apply offered as a calendar file. What is
//! typed lives in the checker's state as a what-if: it is not saved with the entries.

use crate::contract::calendar::Calendar;
use crate::contract::calendar::checker_calendar;
use crate::forms::Problem;
use crate::forms::checker::CheckerAction;
use crate::forms::pace::PaceDraft;
use crate::i18n::{Locale, Msg};
use crate::rules::check::CheckReport;
use crate::rules::model::Pace;
use crate::rules::{Assumption, EDITION_2025, PaceRate, RulesError};
use crate::ui::env::Env;
use crate::ui::journey::calendar::CalendarFile;
use crate::ui::widgets::NumberField;
use std::rc::Rc;
use yew::prelude::*;

/// The plan's lines and its calendar file, when the profile is not ready yet.
pub type Plan = Option<(Vec<String>, Option<Rc<Calendar>>)>;

/// The plan from the engine's report of the profile at `pace` (the root asks the engine, once per profile
/// and pace); `None` once the profile is ready.
pub fn plan(t: Locale, paced: &Result<CheckReport, RulesError>, pace: &Pace) -> Plan {
    let report = paced.as_ref().ok()?;
    (!report.ready).then(|| {
        let lines = t.pace_lines(report, pace);
        let calendar = checker_calendar(t, report, &lines).map(Rc::new);
        (lines, calendar)
    })
}

pub struct PlannerProps<'a> {
    /// The hours a month as typed.
    pub draft: &'a PaceDraft,
    /// The rates that do not read as hours a month.
    pub problems: &'a [(PaceRate, Problem)],
    pub category: crate::rules::Category,
    pub planned: &'a Plan,
    pub on_action: &'a Callback<CheckerAction>,
}

pub fn planner(env: &Env, props: &PlannerProps<'_>) -> Html {
    let t = env.locale();
    let problems = props.problems;
    let rules = EDITION_2025.category(props.category);
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
            <NumberField {id} label={t.text(label)} {error} optional=true value={props.draft.text(rate).to_owned()}
                on_input={props.on_action.reform(move |text| CheckerAction::SetPace(rate, text))} />
        }
    });
    html! {
        <section class="chk-pace" aria-labelledby="chk-pace-heading">
            <h4 id="chk-pace-heading">{ t.text(Msg::CheckerPaceHeading) }</h4>
            <p class="chk-pace__intro">{ t.text(Msg::CheckerPaceIntro) }</p>
            <div class="chk-pace__inputs">{ for fields }</div>
            if let Some((lines, calendar)) = props.planned {
                <ul class="chk-pace__lines" id="chk-pace-lines" aria-live="polite">
                    { for lines.iter().map(|line| html! { <li>{ line.clone() }</li> }) }
                </ul>
                <p class="chk-pace__note">{ t.assumption(Assumption::PaceSteady) }</p>
                <CalendarFile calendar={calendar.clone()} />
            }
        </section>
    }
}
