//! Competencies an entry shows, from the default list of the chosen category, grouped by domain. Each
//! domain is a collapsible group so the picker stays short at 320 px. Once `limit` competencies are
//! chosen the other boxes are disabled; picks beyond the limit (after lowering the hours) are kept and
//! flagged, never dropped, because only the person can say which ones to let go. Picks the category does
//! not list (made before a change of category) are named under the boxes with a button to untick them;
//! they take no places.

use crate::fill;
use crate::i18n::Msg;
use crate::rules::Category;
use crate::rules::competency::{self, Domain};
use crate::rules::ruleset::Assumption;
use crate::ui::env::Env;
use web_sys::HtmlInputElement;
use yew::prelude::*;

pub struct CompetencyPickerProps<'a> {
    /// Prefix of the checkbox ids (`chk-training-comp`).
    pub id: &'a str,
    pub category: Category,
    pub chosen: &'a [String],
    /// How many may be chosen; `None` while the limit is unknown (no hours yet), which disables picking.
    pub limit: Option<u32>,
    /// The status line for this many counted picks: "3 of 3 competencies chosen: 3 training hours allow 3",
    /// or why nothing can be chosen yet.
    pub status: &'a dyn Fn(usize) -> String,
    pub on_change: Callback<Vec<String>>,
}

pub fn competency_picker(env: &Env, props: &CompetencyPickerProps<'_>) -> Html {
    let t = env.locale();
    let id = props.id;
    let status_id = format!("{id}-status");
    let hint_id = format!("{id}-hint");
    let over_id = format!("{id}-over");
    let (listed, not_listed) = competency::split_claims(props.category, props.chosen);
    let full = props
        .limit
        .is_none_or(|limit| listed.len() >= limit as usize);
    let reached = props
        .limit
        .is_some_and(|limit| limit > 0 && listed.len() >= limit as usize);
    // More picks than the limit (hours lowered after picking) are kept and flagged.
    let over = props
        .limit
        .filter(|&limit| listed.len() > limit as usize)
        .map(|limit| fill!(t, CheckerPickerOver, chosen = listed.len(), allowed = limit));
    let not_listed = (!not_listed.is_empty()).then(|| {
        let names: Vec<&str> = not_listed.iter().map(|id| t.competency(id)).collect();
        let keep: Vec<String> = listed.iter().map(|id| (*id).to_owned()).collect();
        let onclick = props.on_change.reform(move |_: MouseEvent| keep.clone());
        html! {
            <div class="chk-picker__not-listed">
                <p id={format!("{id}-not-listed")}>{ fill!(t, CheckerPickerNotListed, names = &names.join("; ")) }</p>
                <button type="button" class="en-button en-button--secondary" {onclick}>
                    { t.text(Msg::CheckerPickerRemoveNotListed) }
                </button>
            </div>
        }
    });
    let mut describedby = format!("{hint_id} {status_id}");
    if over.is_some() {
        describedby.push(' ');
        describedby.push_str(&over_id);
    }
    let domains = Domain::ALL.into_iter().map(|domain| {
        let list: Vec<&'static str> = competency::for_category(props.category, domain)
            .map(|c| c.id)
            .collect();
        let chosen_here = list
            .iter()
            .filter(|c| props.chosen.iter().any(|x| x == *c))
            .count();
        let boxes = list.iter().map(|&cid| {
            let checked = props.chosen.iter().any(|x| x == cid);
            let box_id = format!("{id}-{cid}");
            let onchange = {
                let chosen = props.chosen.to_vec();
                let on_change = props.on_change.clone();
                Callback::from(move |e: Event| {
                    let input: HtmlInputElement = e.target_unchecked_into();
                    let mut next = chosen.clone();
                    if input.checked() {
                        if !next.iter().any(|x| x == cid) {
                            next.push(cid.to_owned());
                        }
                    } else {
                        next.retain(|x| x != cid);
                    }
                    on_change.emit(next);
                })
            };
            html! {
                <div class="en-choice en-choice--checkbox" key={cid}>
                    <input class="en-choice__input" type="checkbox" id={box_id.clone()} name={box_id.clone()}
                        {checked} disabled={!checked && full} {onchange} />
                    <div class="en-choice__text">
                        <label class="en-choice__label" for={box_id}>{ t.competency(cid) }</label>
                    </div>
                </div>
            }
        });
        let name = t.domain(domain);
        html! {
            <details class={classes!("chk-domain", domain.is_core().then_some("chk-domain--core"))} key={domain.id()}>
                <summary>{ t.picker_domain(name, chosen_here, domain.is_core()) }</summary>
                <fieldset class="chk-domain__choices">
                    <legend class="en-visually-hidden">{ name }</legend>
                    { for boxes }
                </fieldset>
            </details>
        }
    });
    html! {
        <fieldset class="en-fieldset chk-picker" id={format!("{id}-group")} aria-describedby={describedby}>
            <legend class="en-legend">{ t.text(Msg::CheckerPickerLegend) }</legend>
            <p class="en-hint" id={hint_id}>{ t.assumption(Assumption::DefaultCompetencyList) }</p>
            <p class={classes!("chk-picker__status", reached.then_some("chk-picker__status--full"))} id={status_id} aria-live="polite">
                { (props.status)(listed.len()) }
            </p>
            if let Some(over) = over {
                <p class="chk-picker__over" id={over_id}>{ over.clone() }</p>
            }
            { for domains }
            { for not_listed }
        </fieldset>
    }
}
