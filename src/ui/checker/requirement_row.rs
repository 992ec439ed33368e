//! One requirement of the report: its name, met / not met yet / not needed, exactly what is missing, and
//! a progress bar for quantities.

use crate::fill;
use crate::i18n::checker;
use crate::i18n::{Locale, Msg};
use crate::rules::check::{Detail, Requirement};
use crate::ui::widgets;
use yew::prelude::*;

/// A plain view function (not a component): keyed by the requirement's id in the report's list.
pub fn requirement_row(t: Locale, r: &Requirement) -> Html {
    let stem = format!("chk-req-{}", r.id.id());
    let name_id = format!("{stem}-name");
    let text_id = format!("{stem}-text");
    let (state_class, status) = if r.met {
        ("chk-req--met", t.text(Msg::CheckerStatusMet))
    } else if r.waived {
        ("chk-req--waived", t.text(Msg::CheckerStatusWaived))
    } else {
        ("chk-req--missing", t.text(Msg::CheckerStatusMissing))
    };
    let body = match &r.detail {
        _ if r.waived => {
            html! { <p class="chk-req__line">{ t.text(checker::waived_because(r.id)) }</p> }
        }
        Detail::Quantity { have, need } => {
            let progress = t.progress(r.id, *have, *need);
            html! {
                <>
                    if !r.met {
                        <p class="chk-req__missing">{ t.missing(r.id, r.shortfall().unwrap_or_default()) }</p>
                    }
                    { widgets::bar(widgets::Bar {
                        class: "chk-req__bar",
                        id: Some(format!("{stem}-bar")),
                        labelled_by: Some(name_id.clone()),
                        text_id: text_id.clone(),
                        have: *have,
                        need: *need,
                        text: &progress,
                    }) }
                    <p class="chk-req__progress" id={text_id}>{ progress }</p>
                </>
            }
        }
        Detail::Education { highest, required } => html! {
            <>
                if !r.met {
                    <p class="chk-req__missing">{ t.missing(r.id, 0.0) }</p>
                }
                <p class="chk-req__line">{ t.education_status(t.degree(*highest), *required) }</p>
            </>
        },
        Detail::Condition => html! {
            <p class={if r.met { "chk-req__line" } else { "chk-req__missing" }}>
                { if r.met { t.text(Msg::CheckerPriorMet).to_owned() } else { t.missing(r.id, 0.0) } }
            </p>
        },
        Detail::Core(_) => html! {
            if !r.met {
                <p class="chk-req__missing">{ t.missing(r.id, 0.0) }</p>
            }
        },
    };
    html! {
        <li class={classes!("chk-req", state_class)} key={r.id.id()} id={stem.clone()}>
            <div class="chk-req__head">
                <span class="chk-req__name" id={name_id}>{ t.requirement(r.id) }</span>
                <span class="chk-req__status">{ status }</span>
            </div>
            { body }
            if let Some(from) = t.reference_sources(r.from) {
                <p class="chk-req__line chk-req__from">{ from }</p>
            }
            if let Some(alternative) = r.alternative.filter(|_| r.outstanding()) {
                <p class="chk-req__line">{ fill!(t, CheckerOrInstead, alternative = t.requirement(alternative)) }</p>
            }
        </li>
    }
}
