//! One requirement of the report: its name, met / not met yet / not needed, exactly what is missing, and
//! a progress bar for quantities.

use crate::i18n::Texts;
use crate::rules::check::{Detail, Requirement};
use yew::prelude::*;

/// A plain view function (not a component): keyed by the requirement's id in the report's list.
pub fn requirement_row(texts: &Texts, r: &Requirement) -> Html {
    let t = texts.checker;
    let stem = format!("chk-req-{}", r.id.id());
    let name_id = format!("{stem}-name");
    let text_id = format!("{stem}-text");
    let (state_class, status) = if r.met {
        ("chk-req--met", t.status_met)
    } else if r.waived {
        ("chk-req--waived", t.status_waived)
    } else {
        ("chk-req--missing", t.status_missing)
    };
    let body = match &r.detail {
        _ if r.waived => html! { <p class="chk-req__line">{ (t.waived_because)(r.id) }</p> },
        Detail::Quantity { have, need } => {
            let progress = (texts.progress)(r.id, *have, *need);
            let max = if need.is_finite() && *need > 0.0 {
                *need
            } else {
                1.0
            };
            let value = if *need > 0.0 {
                have.clamp(0.0, max)
            } else {
                max
            };
            html! {
                <>
                    if !r.met {
                        <p class="chk-req__missing">{ (texts.missing)(r.id, r.shortfall().unwrap_or_default()) }</p>
                    }
                    <progress class="chk-req__bar" id={format!("{stem}-bar")} value={crate::i18n::number(value)} max={crate::i18n::number(max)}
                        aria-labelledby={name_id.clone()} aria-describedby={text_id.clone()}
                        aria-valuetext={progress.clone()}>{ progress.clone() }</progress>
                    <p class="chk-req__progress" id={text_id}>{ progress }</p>
                </>
            }
        }
        Detail::Education { highest, required } => html! {
            <>
                if !r.met {
                    <p class="chk-req__missing">{ (texts.missing)(r.id, 0.0) }</p>
                }
                <p class="chk-req__line">{ (t.education_status)((texts.degree)(*highest), *required) }</p>
            </>
        },
        Detail::Condition => html! {
            <p class={if r.met { "chk-req__line" } else { "chk-req__missing" }}>
                { if r.met { t.prior_met.to_owned() } else { (texts.missing)(r.id, 0.0) } }
            </p>
        },
        Detail::Core(_) => html! {
            if !r.met {
                <p class="chk-req__missing">{ (texts.missing)(r.id, 0.0) }</p>
            }
        },
    };
    html! {
        <li class={classes!("chk-req", state_class)} key={r.id.id()} id={stem.clone()}>
            <div class="chk-req__head">
                <span class="chk-req__name" id={name_id}>{ (texts.requirement)(r.id) }</span>
                <span class="chk-req__status">{ status }</span>
            </div>
            { body }
            if let Some(alternative) = r.alternative.filter(|_| r.outstanding()) {
                <p class="chk-req__line">{ (t.or_instead)((texts.requirement)(alternative)) }</p>
            }
        </li>
    }
}
