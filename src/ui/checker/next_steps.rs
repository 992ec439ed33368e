//! "What to do next": one sentence per outstanding requirement, in the report's order, then applying.

use crate::fill;
use crate::i18n::{Locale, Msg};
use crate::rules::check::{CheckReport, Detail};
use crate::ui::category::next_steps as category_next;
use crate::ui::env::Env;
use yew::prelude::*;

/// The steps as sentences, in the order of the report's requirements.
pub fn steps(t: Locale, report: &CheckReport) -> Vec<String> {
    let mut out = Vec::new();
    for (r, alternative) in report.requirements.outstanding() {
        if let Some(alternative) = alternative {
            let step = |r: &crate::rules::Requirement| {
                t.next_step(r.id, r.shortfall().unwrap_or_default())
            };
            out.push(fill!(
                t,
                CheckerNextEither,
                first = &step(r),
                second = &step(alternative)
            ));
            continue;
        }
        match &r.detail {
            Detail::Core(domains) => {
                for d in domains.iter().filter(|d| !d.met) {
                    out.push(fill!(
                        t,
                        CheckerNextCore,
                        domain = t.domain(d.domain),
                        more = d.need.saturating_sub(d.have),
                    ));
                }
            }
            _ => out.push(t.next_step(r.id, r.shortfall().unwrap_or_default())),
        }
    }
    out
}

pub fn next_steps(env: &Env, report: &CheckReport) -> Html {
    let t = env.locale();
    let config = &*env.config;
    let association = config
        .association
        .clone()
        .unwrap_or_else(|| t.text(Msg::CategoryToolYourAssociation).to_owned());
    let apply = match &env.config.association {
        Some(association) => fill!(t, CheckerNextApplyAt, association = association),
        None => t.text(Msg::CheckerNextApply).to_owned(),
    };
    html! {
        <section class="chk-next" aria-labelledby="chk-next-heading">
            <h4 id="chk-next-heading">{ t.text(Msg::CheckerNextHeading) }</h4>
            <ol class="chk-next__steps">
                { for steps(t, report).into_iter().map(|s| html! { <li>{ s }</li> }) }
                { category_next::association_steps(Some(config)) }
                <li>
                    { apply }
                    { category_next::membership(t, Some(config), &association) }
                    { category_next::fees(t, Some(config), report.category, &association) }
                    if let Some(url) = &env.config.apply_url {
                        { " " }<a href={url.clone()} target="_blank" rel="noopener">{ t.text(Msg::CheckerApplyLink) }</a>
                    }
                </li>
            </ol>
            { category_next::rsc_directory(t, Some(config)) }
        </section>
    }
}
