//! The live report: `rules::check` of the saved entries, rendered. Nothing here decides a rule.

use super::assumptions::assumptions;
use super::core_grid::core_grid;
use super::next_steps::next_steps;
use super::notices::notices;
use super::requirement_row::requirement_row;
use super::text_list::text_list;
use crate::fill;
use crate::forms::checker::Section;
use crate::i18n::Msg;
use crate::i18n::checker::section_texts;
use crate::rules::RulesError;
use crate::rules::check::{CheckReport, Detail};
use crate::ui::env::Env;
use yew::prelude::*;

pub struct ReportProps<'a> {
    pub report: &'a Result<CheckReport, RulesError>,
    /// The trainings' titles, to name the entries notices are about.
    pub titles: &'a [String],
}

/// A plain view function: the root asks the engine once per profile and hands the answer here.
pub fn report(env: &Env, props: &ReportProps<'_>) -> Html {
    let t = env.locale();
    let body = match props.report {
        // Named in the visitor's language from the error's kind and the entry it is about.
        Err(e) => {
            let entry = e
                .entry
                .map(|(list, i)| {
                    t.fill(
                        section_texts(Section::of(list)).entry,
                        &[("n", (i + 1).into())],
                    )
                })
                .unwrap_or_else(|| t.text(Msg::ErrorAnEntry).to_owned());
            html! { <p class="chk-report__error">{ t.rules_error(e.kind, &entry, Some(env.today)) }</p> }
        }
        Ok(report) => {
            let outstanding = report.requirements.to_go();
            let mut title = t.category_title(report.category, report.credential);
            if !report.category.is_add_on() {
                title = format!("{title} ({})", t.credential(report.credential));
            }
            let core = report.requirements.0.iter().find_map(|r| match &r.detail {
                Detail::Core(domains) => Some(domains),
                _ => None,
            });
            html! {
                <>
                    <p class="chk-report__for">{ fill!(t, CheckerReportFor, title = &title) }</p>
                    <p class={classes!("chk-report__status", if report.ready { "chk-report__status--ready" } else { "chk-report__status--todo" })}
                        id="chk-report-status">
                        { if report.ready { t.text(Msg::CheckerReady).to_owned() } else { t.to_go(outstanding) } }
                    </p>
                    if report.exam_required {
                        <p class="chk-report__exam">
                            { t.text(Msg::CheckerExamNote) }
                            if let Some(facts) = &report.next_steps.exam {
                                { " " }{ t.exam_facts(facts) }
                            }
                        </p>
                    }
                    <h4 id="chk-requirements-heading">{ t.text(Msg::CheckerRequirementsHeading) }</h4>
                    <ul class="chk-requirements" aria-labelledby="chk-requirements-heading">
                        { for report.requirements.0.iter().map(|r| requirement_row(t, r)) }
                    </ul>
                    if let Some(domains) = core {
                        { core_grid(t, domains) }
                    }
                    { text_list("chk-guidance", "chk-guidance-heading", t.text(Msg::CheckerGuidanceHeading),
                        report.guidance.iter().map(|g| t.guidance(g)).collect()) }
                    { notices(t, &report.notices, props.titles) }
                    { next_steps(env, report) }
                    { assumptions(t, &report.assumptions) }
                </>
            }
        }
    };
    html! {
        <section class="chk-report" aria-labelledby="chk-report-heading">
            <h3 id="chk-report-heading" tabindex="-1">{ t.text(Msg::CheckerReportHeading) }</h3>
            { body }
        </section>
    }
}
