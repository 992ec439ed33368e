//! The live report: `rules::check` of the saved entries, rendered. Nothing here decides a rule.

use super::assumptions::assumptions;
use super::core_grid::core_grid;
use super::next_steps::next_steps;
use super::notices::notices;
use super::requirement_row::requirement_row;
use crate::rules::RulesError;
use crate::rules::check::{CheckReport, Detail};
use crate::ui::env::Env;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReportProps {
    pub report: Rc<Result<CheckReport, RulesError>>,
    /// The trainings' titles, to name the entries notices are about.
    #[prop_or_default]
    pub titles: Vec<String>,
}

#[function_component]
pub fn Report(props: &ReportProps) -> Html {
    let Some(env) = use_context::<Env>() else {
        return Html::default();
    };
    let texts = env.texts();
    let t = texts.checker;
    let body = match &*props.report {
        Err(e) => html! { <p class="chk-report__error">{ (t.report_error)(&e.to_string()) }</p> },
        Ok(report) => {
            let outstanding = report.requirements.to_go();
            let mut title = (texts.category_title)(report.category, report.credential);
            if !report.category.is_add_on() {
                title = format!("{title} ({})", (texts.credential)(report.credential));
            }
            let core = report.requirements.0.iter().find_map(|r| match &r.detail {
                Detail::Core(domains) => Some(domains),
                _ => None,
            });
            html! {
                <>
                    <p class="chk-report__for">{ (t.report_for)(&title) }</p>
                    <p class={classes!("chk-report__status", if report.ready { "chk-report__status--ready" } else { "chk-report__status--todo" })}
                        id="chk-report-status">
                        { if report.ready { t.ready.to_owned() } else { (t.to_go)(outstanding) } }
                    </p>
                    if report.exam_required {
                        <p class="chk-report__exam">{ t.exam_note }</p>
                    }
                    <h4 id="chk-requirements-heading">{ t.requirements_heading }</h4>
                    <ul class="chk-requirements" aria-labelledby="chk-requirements-heading">
                        { for report.requirements.0.iter().map(|r| requirement_row(texts, r)) }
                    </ul>
                    if let Some(domains) = core {
                        { core_grid(texts, domains) }
                    }
                    { notices(texts, &report.notices, &props.titles) }
                    { next_steps(&env, report) }
                    { assumptions(texts, &report.assumptions) }
                </>
            }
        }
    };
    html! {
        <section class="chk-report" aria-labelledby="chk-report-heading">
            <h3 id="chk-report-heading" tabindex="-1">{ t.report_heading }</h3>
            { body }
        </section>
    }
}
