//! The current step in the question frame: one question, or the check-your-answers summary (also the
//! route back from saved answers that no longer validate, shown in place of a result).

use super::question::{self, Question, StepProps};
use super::{
    ages_step, degree_step, endorsed_step, families_step, leader_step, psychotherapy_step,
    rsc_step, scope_step, summary, years_step,
};
use crate::forms::NumberStyle;
use crate::forms::category::{Answer, CategoryState, Step};
use crate::i18n::{Locale, Msg};
use yew::prelude::*;

pub struct StepViewProps<'a> {
    pub state: &'a CategoryState,
    pub style: NumberStyle,
    pub on_answer: &'a Callback<Answer>,
    pub on_back: &'a Callback<()>,
    pub on_continue: &'a Callback<()>,
    /// The summary's "Change" links: open that question.
    pub on_change: &'a Callback<Step>,
}

pub fn step_view(t: Locale, props: &StepViewProps) -> Html {
    let state = props.state;
    let step_props = StepProps {
        drafts: &state.drafts,
        errors: &state.errors,
        on_answer: props.on_answer,
    };
    let body = match state.step {
        Step::Ages => ages_step::ages_step(t, &step_props),
        Step::Scope => scope_step::scope_step(t, &step_props),
        Step::Degree => degree_step::degree_step(t, &step_props),
        Step::YearsInScope => years_step::years_step(t, &step_props),
        Step::FamiliesServed => families_step::families_step(t, &step_props),
        Step::Psychotherapy => psychotherapy_step::psychotherapy_step(t, &step_props),
        Step::LeaderYears => leader_step::leader_step(t, &step_props),
        Step::ProvidesRsc => rsc_step::rsc_step(t, &step_props),
        Step::EndorsedIn => endorsed_step::endorsed_step(t, &step_props),
        Step::Summary | Step::Result => summary::summary(
            t,
            &summary::SummaryProps {
                drafts: &state.drafts,
                on_change: props.on_change,
                style: props.style,
            },
        ),
    };
    let is_summary = matches!(state.step, Step::Summary | Step::Result);
    // The questions the answers so far lead to (the scope answer adds or removes some).
    let position = state
        .drafts
        .questions()
        .position(|s| s == state.step)
        .map(|i| (i + 1, state.drafts.questions().count()));
    question::question(
        t,
        Question {
            errors: if is_summary { &[] } else { &state.errors },
            // The first question has nowhere to go back to, nor has the summary shown for a result.
            on_back: (!matches!(state.step, Step::Ages | Step::Result)).then_some(props.on_back),
            on_continue: props.on_continue,
            continue_label: (state.step == Step::Summary)
                .then(|| t.text(Msg::CategoryToolSeeResult)),
            position,
        },
        body,
    )
}
