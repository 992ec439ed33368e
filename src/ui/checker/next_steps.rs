//! "What to do next": one sentence per outstanding requirement, in the report's order, then applying.

use crate::rules::check::{CheckReport, Detail};
use crate::ui::env::Env;
use yew::prelude::*;

/// The steps as sentences, in the order of the report's requirements.
pub fn steps(texts: &crate::i18n::Texts, report: &CheckReport) -> Vec<String> {
    let t = texts.checker;
    let mut out = Vec::new();
    for (r, alternative) in report.requirements.outstanding() {
        if let Some(alternative) = alternative {
            let step = |r: &crate::rules::Requirement| {
                (t.next_step)(r.id, r.shortfall().unwrap_or_default())
            };
            out.push((t.next_either)(&step(r), &step(alternative)));
            continue;
        }
        match &r.detail {
            Detail::Core(domains) => {
                for d in domains.iter().filter(|d| !d.met) {
                    out.push((t.next_core)(
                        (texts.domain)(d.domain),
                        d.need.saturating_sub(d.have),
                    ));
                }
            }
            _ => out.push((t.next_step)(r.id, r.shortfall().unwrap_or_default())),
        }
    }
    out
}

pub fn next_steps(env: &Env, report: &CheckReport) -> Html {
    let texts = env.texts();
    let t = texts.checker;
    let apply = match &env.config.association {
        Some(association) => (t.next_apply_at)(association),
        None => t.next_apply.to_owned(),
    };
    html! {
        <section class="chk-next" aria-labelledby="chk-next-heading">
            <h4 id="chk-next-heading">{ t.next_heading }</h4>
            <ol class="chk-next__steps">
                { for steps(texts, report).into_iter().map(|s| html! { <li>{ s }</li> }) }
                <li>
                    { apply }
                    if let Some(url) = &env.config.apply_url {
                        { " " }<a href={url.clone()} target="_blank" rel="noopener">{ t.apply_link }</a>
                    }
                </li>
            </ol>
        </section>
    }
}
