//! Tool 1 — "Which category fits me?": one question per step, a check-your-answers summary, the result.
//!
//! The root owns the one reducer ([`state::CategoryState`]), saves it between visits, moves focus on each
//! navigation, and asks `rules::recommend` for the result; the step components only render and report.

pub mod ages_step;
pub mod back_link;
pub mod degree_step;
pub mod endorsed_step;
pub mod families_step;
pub mod leader_step;
pub mod next_steps;
pub mod number_question;
pub mod psychotherapy_step;
pub mod question;
pub mod requirements_list;
pub mod result;
pub mod rsc_step;
pub mod runner_up;
pub mod scope_step;
pub mod state;
pub mod summary;
pub mod years_step;

use crate::config::Tool;
use crate::contract::export::Entries;
use crate::contract::{RecommendOutput, ToolInput};
use crate::forms::NumberStyle;
use crate::i18n::Msg;
use crate::rules::{self, Answers, Category, Credential};
use crate::ui::env::Env;
use crate::ui::journey::arrival::{Arrival, ArrivalNotice, use_arrivals};
use crate::ui::journey::share::ShareLink;
use crate::ui::journey::transfer::EntriesFile;
use crate::ui::persisted::use_persisted_reducer;
use crate::ui::widgets::{Notice, NoticeKind, PrintButton, use_focus_request};
use question::{Question, StepProps};
use state::{CategoryAction, CategoryState, Step};
use std::rc::Rc;
use yew::prelude::*;

/// The locale of this widget instance (English outside a widget, e.g. in component tests).
pub use crate::ui::widgets::use_locale as use_texts;

#[derive(Properties, PartialEq)]
pub struct CategoryToolProps {
    /// Carries the recommended category and credential into the requirements checker, with the answers
    /// that prefill it.
    pub on_check: Callback<(Category, Credential, Option<Answers>)>,
    /// Answers from a share link, waiting to be shown.
    #[prop_or_default]
    pub arrival: Option<Arrival>,
    #[prop_or_default]
    pub on_arrival_done: Callback<()>,
}

#[function_component]
pub fn CategoryTool(props: &CategoryToolProps) -> Html {
    let env = use_context::<Env>();
    let t = use_texts();
    let persisted = use_persisted_reducer(Tool::Category, CategoryState::default);
    let arrivals = use_arrivals(props.arrival.clone(), props.on_arrival_done.clone());
    let state = persisted.state;
    let root = use_node_ref();

    // Focus goes to the new step's heading after each navigation, to the errors after a failed Continue.
    use_focus_request(&root, &state.focus);

    let style = env
        .as_ref()
        .map_or(NumberStyle::default(), Env::number_style);
    // The engine's input, with what this association offers, its rules and the page's language.
    let answers: Option<Answers> = (state.step == Step::Result)
        .then(|| {
            let config = env.as_ref().map(|e| e.config.clone());
            let offered = config
                .as_ref()
                .map(|c| c.credentials.clone())
                .unwrap_or_default();
            state.answers(&offered, style).ok().map(|mut a| {
                a.lang = Some(env.as_ref().map_or("en", |e| e.lang().tag()).to_owned());
                // The association's own rules (its profile's `rules`), e.g. who may add ERS.
                if let Some(config) = &config {
                    a.association = config.profile.rules.clone();
                }
                a
            })
        })
        .flatten();
    // Asked once per set of answers: for the result, its announcement and the contract's event.
    let recommendation = use_memo(answers.clone(), |answers| {
        answers.as_ref().map(|a| Rc::new(rules::recommend(a)))
    });
    let on_check = {
        let answers = answers.clone();
        props
            .on_check
            .reform(move |(category, credential)| (category, credential, answers.clone()))
    };
    let today = env.as_ref().map_or_else(crate::api::today, |e| e.today);
    let file_entries = answers
        .clone()
        .map(|answers| Rc::new(Entries::untitled(ToolInput::Category(answers))));
    let on_restore = {
        let state = state.clone();
        Callback::from(move |arrival: Arrival| {
            let entries = &arrival.entries;
            if let ToolInput::Category(answers) = &entries.input {
                let restored = CategoryState::from_answers(answers, style);
                state.dispatch(CategoryAction::Restore(Box::new(restored)));
            }
        })
    };

    // Each time a result is shown: the contract's event, and a polite announcement.
    {
        let env = env.clone();
        let recommendation = recommendation.clone();
        use_effect_with(answers.clone(), move |answers| {
            if let (Some(env), Some(answers), Some(rec)) = (env, answers, &*recommendation) {
                let t = env.locale();
                env.announce(format!(
                    "{} {}",
                    result::caption(t, env.config.association.as_deref(), rec),
                    t.result_title(rec)
                ));
                env.emit_result(
                    Tool::Category,
                    answers,
                    &RecommendOutput::new((**rec).clone(), env.lang()),
                );
            }
        });
    }

    let dispatch = |action: CategoryAction| {
        let state = state.clone();
        Callback::from(move |_: ()| state.dispatch(action.clone()))
    };
    let on_answer = {
        let state = state.clone();
        Callback::from(move |answer| state.dispatch(CategoryAction::Answer(answer)))
    };
    let on_back = dispatch(CategoryAction::Back);
    let on_continue = dispatch(CategoryAction::Continue(style));

    let step_props = StepProps {
        drafts: &state.drafts,
        errors: &state.errors,
        on_answer: &on_answer,
    };
    // The questions the answers so far lead to (the scope answer adds or removes some).
    let position = state
        .drafts
        .questions()
        .position(|s| s == state.step)
        .map(|i| (i + 1, state.drafts.questions().count()));
    let question = |body: Html, first: bool| {
        question::question(
            t,
            Question {
                errors: &state.errors,
                on_back: (!first).then_some(&on_back),
                on_continue: &on_continue,
                continue_label: None,
                position,
            },
            body,
        )
    };
    let on_change = {
        let state = state.clone();
        Callback::from(move |step| state.dispatch(CategoryAction::Change(step)))
    };
    let body = match state.step {
        Step::Ages => question(ages_step::ages_step(t, &step_props), true),
        Step::Scope => question(scope_step::scope_step(t, &step_props), false),
        Step::Degree => question(degree_step::degree_step(t, &step_props), false),
        Step::YearsInScope => question(years_step::years_step(t, &step_props), false),
        Step::FamiliesServed => question(families_step::families_step(t, &step_props), false),
        Step::Psychotherapy => question(
            psychotherapy_step::psychotherapy_step(t, &step_props),
            false,
        ),
        Step::LeaderYears => question(leader_step::leader_step(t, &step_props), false),
        Step::ProvidesRsc => question(rsc_step::rsc_step(t, &step_props), false),
        Step::EndorsedIn => question(endorsed_step::endorsed_step(t, &step_props), false),
        Step::Summary => question::question(
            t,
            Question {
                errors: &[],
                on_back: Some(&on_back),
                on_continue: &on_continue,
                continue_label: Some(t.text(Msg::CategoryToolSeeResult)),
                position: None,
            },
            summary::summary(t, &state.drafts, &on_change, style),
        ),
        Step::Result => match (*recommendation).clone() {
            Some(recommendation) => html! {
                <>
                    { back_link::back_link(t.text(Msg::CategoryToolBack), &dispatch(CategoryAction::ReviewAnswers)) }
                    <result::ResultPage
                        {recommendation}
                        endorsed={!state.drafts.not_endorsed && !state.drafts.endorsed_in.is_empty()}
                        {on_check}
                        on_review={dispatch(CategoryAction::ReviewAnswers)}
                        on_restart={dispatch(CategoryAction::Restart)}
                    />
                </>
            },
            // Saved answers that no longer validate: show the summary's route back instead of a result.
            None => question::question(
                t,
                Question {
                    errors: &[],
                    on_back: None,
                    on_continue: &on_continue,
                    continue_label: None,
                    position: None,
                },
                summary::summary(t, &state.drafts, &on_change, style),
            ),
        },
    };

    html! {
        <section class="tool category-tool" ref={root} aria-labelledby="category-tool-title">
            <h2 class="category-tool__title" id="category-tool-title">{ t.text(Msg::CategoryToolTitle) }</h2>
            if let Some(notice) = &persisted.notice {
                <Notice kind={NoticeKind::Warning}>{ notice.clone() }</Notice>
            }
            <ArrivalNotice arrival={arrivals.current} has_entries={state.has_answers()}
                {on_restore} on_done={arrivals.on_done} />
            if state.step == Step::Ages {
                <p class="category-tool__intro">{ t.text(Msg::CategoryToolIntro) }</p>
            }
            { body }
            // With the result, where the answers are whole: pass them on or keep them in a file (a file
            // loaded here replaces the answers, after asking).
            if state.step == Step::Result {
                <PrintButton />
                <ShareLink tool={Tool::Category} entries={file_entries.clone()} />
                <EntriesFile tool={Tool::Category} {today} on_load={arrivals.on_file} entries={file_entries} />
            }
        </section>
    }
}
