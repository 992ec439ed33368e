//! The core-domain competency rule, per domain: how many are shown, how many are needed, and which ones
//! are not shown yet.

use crate::fill;
use crate::i18n::{Locale, Msg};
use crate::rules::check::DomainStatus;
use crate::ui::widgets;
use yew::prelude::*;

pub fn core_grid(t: Locale, domains: &[DomainStatus]) -> Html {
    html! {
        <section class="chk-core" aria-labelledby="chk-core-heading">
            <h4 id="chk-core-heading">{ t.text(Msg::CheckerCoreHeading) }</h4>
            <p class="en-hint">{ t.text(Msg::CheckerCoreHint) }</p>
            <ul class="chk-core__domains">
                { for domains.iter().map(|d| {
                    let id = format!("chk-core-{}", d.domain.id());
                    let total = d.have as usize + d.missing.len();
                    let progress = fill!(t, CheckerCoreProgress, have = d.have, need = d.need, total = total);
                    html! {
                        <li class={classes!("chk-core__domain", if d.met { "chk-req--met" } else { "chk-req--missing" })} key={id.clone()} id={id.clone()}>
                            <div class="chk-req__head">
                                <span class="chk-req__name" id={format!("{id}-name")}>{ t.domain(d.domain) }</span>
                                <span class="chk-req__status">{ if d.met { t.text(Msg::CheckerStatusMet) } else { t.text(Msg::CheckerStatusMissing) } }</span>
                            </div>
                            { widgets::bar(widgets::Bar {
                                class: "chk-req__bar",
                                id: None,
                                labelled_by: Some(format!("{id}-name")),
                                text_id: format!("{id}-text"),
                                have: f64::from(d.have),
                                need: f64::from(d.need),
                                text: &progress,
                            }) }
                            <p class="chk-req__progress" id={format!("{id}-text")}>{ progress }</p>
                            if !d.missing.is_empty() {
                                <details class="chk-core__missing">
                                    <summary>{ fill!(t, CheckerCoreMissing, n = d.missing.len()) }</summary>
                                    <ul>
                                        { for d.missing.iter().map(|c| html! { <li key={*c}>{ t.competency(c) }</li> }) }
                                    </ul>
                                </details>
                            }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
