//! Tool 1 — "Which category fits me?": one question per step, a check-your-answers summary, the result.
//!
//! The root owns the one reducer (`forms::category::CategoryState`), saves it between visits, moves focus
//! on each navigation, and asks `rules::recommend` once per set of answers ([`Finding`], memoized); the step views
//! ([`step_view`]) and the result ([`result::ResultPage`]) only render and report.

pub mod add_on;
pub mod ages_step;
pub mod back_link;
pub mod degree_step;
pub mod endorsed_step;
pub mod families_step;
pub mod leader_step;
pub mod next_steps;
pub mod number_question;
pub mod offer_note;
pub mod other_categories;
pub mod psychotherapy_step;
pub mod question;
pub mod requirements_list;
pub mod result;
pub mod result_actions;
pub mod result_panel;
pub mod rsc_step;
pub mod runner_up;
pub mod scope_step;
pub mod state;
pub mod step_view;
pub mod summary;
pub mod years_step;

use crate::config::Tool;
use crate::contract::export::Entries;
use crate::contract::{RecommendOutput, ToolInput};
use crate::forms::NumberStyle;
use crate::forms::category::{CategoryAction, CategoryState, Step};
use crate::i18n::Msg;
use crate::rules::recommend::Recommendation;
use crate::rules::{self, Answers, Category, Credential};
use crate::ui::env::Env;
use crate::ui::journey::arrival::{Arrival, ArrivalNotice, use_arrivals};
use crate::ui::journey::share::ShareLink;
use crate::ui::journey::transfer::EntriesFile;
use crate::ui::persisted::use_persisted_reducer;
use crate::ui::widgets::{NoticeKind, PrintButton, notice, para, use_focus_request, use_locale};
use std::rc::Rc;
use yew::prelude::*;

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

/// The engine's input: the answers, with what this association offers, its rules and the page's
/// language; `None` while they are not whole (saved answers that no longer validate show the summary).
fn engine_answers(state: &CategoryState, env: Option<&Env>) -> Option<Answers> {
    let config = env.map(|e| &*e.config);
    let offered = config.map_or(&[][..], |c| &c.credentials);
    let style = env.map_or(NumberStyle::default(), Env::number_style);
    let mut answers = state.answers(offered, style).ok()?;
    answers.lang = Some(env.map_or("en", |e| e.lang().tag()).to_owned());
    // The association's own rules (its profile's `rules`), e.g. who may add ERS.
    if let Some(config) = config {
        answers.association = config.profile.rules.clone();
    }
    Some(answers)
}

/// What the result shows and passes on, worked out once per set of answers.
pub struct Finding {
    pub answers: Answers,
    pub recommendation: Rc<Recommendation>,
    /// The answers as a share link or file holds them.
    pub entries: Rc<Entries>,
}

impl Finding {
    fn of(answers: &Answers) -> Finding {
        Finding {
            recommendation: Rc::new(rules::recommend(answers)),
            entries: Rc::new(Entries::untitled(ToolInput::Category(answers.clone()))),
            answers: answers.clone(),
        }
    }
}

#[function_component]
pub fn CategoryTool(props: &CategoryToolProps) -> Html {
    let env = use_context::<Env>();
    let t = use_locale();
    let persisted = use_persisted_reducer(Tool::Category, CategoryState::default);
    let arrivals = use_arrivals(props.arrival.clone(), props.on_arrival_done.clone());
    let state = persisted.state;
    let root = use_node_ref();

    // Focus goes to the new step's heading after each navigation, to the errors after a failed Continue.
    use_focus_request(&root, &state.focus);

    let style = env
        .as_ref()
        .map_or(NumberStyle::default(), Env::number_style);
    // The engine runs once per set of answers shown as a result, not on every render.
    let answers = (state.step == Step::Result)
        .then(|| engine_answers(&state, env.as_ref()))
        .flatten();
    let finding = use_memo(answers, |answers| answers.as_ref().map(Finding::of));
    use_result_announcement(env.clone(), finding.clone());

    let dispatch = |action: CategoryAction| {
        let state = state.clone();
        Callback::from(move |_: ()| state.dispatch(action.clone()))
    };
    let on_restore = {
        let state = state.clone();
        Callback::from(move |arrival: Arrival| {
            if let ToolInput::Category(answers) = &arrival.entries.input {
                let restored = CategoryState::from_answers(answers, style);
                state.dispatch(CategoryAction::Restore(Box::new(restored)));
            }
        })
    };
    let body = match &*finding {
        Some(finding) => {
            let answers = finding.answers.clone();
            let on_check = props.on_check.reform(move |(category, credential)| {
                (category, credential, Some(answers.clone()))
            });
            html! {
                <>
                    { back_link::back_link(t.text(Msg::CategoryToolBack), &dispatch(CategoryAction::ReviewAnswers)) }
                    <result::ResultPage
                        recommendation={finding.recommendation.clone()}
                        endorsed={!state.drafts.not_endorsed && !state.drafts.endorsed_in.is_empty()}
                        {on_check}
                        on_review={dispatch(CategoryAction::ReviewAnswers)}
                        on_restart={dispatch(CategoryAction::Restart)}
                    />
                </>
            }
        }
        None => {
            let on_answer = {
                let state = state.clone();
                Callback::from(move |answer| state.dispatch(CategoryAction::Answer(answer)))
            };
            let on_change = {
                let state = state.clone();
                Callback::from(move |step| state.dispatch(CategoryAction::Change(step)))
            };
            step_view::step_view(
                t,
                &step_view::StepViewProps {
                    state: &state,
                    style,
                    on_answer: &on_answer,
                    on_back: &dispatch(CategoryAction::Back),
                    on_continue: &dispatch(CategoryAction::Continue(style)),
                    on_change: &on_change,
                },
            )
        }
    };
    let entries = finding.as_ref().as_ref().map(|f| f.entries.clone());
    let today = env.as_ref().map_or_else(crate::api::today, |e| e.today);

    html! {
        <section class="tool category-tool" ref={root} aria-labelledby="category-tool-title">
            <h2 class="category-tool__title" id="category-tool-title">{ t.text(Msg::CategoryToolTitle) }</h2>
            if let Some(text) = &persisted.notice {
                { notice(NoticeKind::Warning, "", text.clone().into()) }
            }
            <ArrivalNotice arrival={arrivals.current} has_entries={state.has_answers()}
                {on_restore} on_done={arrivals.on_done} />
            if state.step == Step::Ages {
                { para("category-tool__intro", t.text(Msg::CategoryToolIntro)) }
            }
            { body }
            // With the result, where the answers are whole: pass them on or keep them in a file (a file
            // loaded here replaces the answers, after asking).
            if state.step == Step::Result {
                <PrintButton />
                <ShareLink tool={Tool::Category} entries={entries.clone()} />
                <EntriesFile tool={Tool::Category} {today} on_load={arrivals.on_file} {entries} />
            }
        </section>
    }
}

/// Each time a result is shown: the contract's event, and a polite announcement.
#[hook]
fn use_result_announcement(env: Option<Env>, finding: Rc<Option<Finding>>) {
    let answers = finding.as_ref().as_ref().map(|f| f.answers.clone());
    use_effect_with(answers, move |_| {
        if let (Some(env), Some(finding)) = (env, &*finding) {
            let t = env.locale();
            let rec = &finding.recommendation;
            env.announce(format!(
                "{} {}",
                result::caption(t, env.config.association.as_deref(), rec),
                t.result_title(rec)
            ));
            env.emit_result(
                Tool::Category,
                &finding.answers,
                &RecommendOutput::new((**rec).clone(), env.lang()),
            );
        }
    });
}
