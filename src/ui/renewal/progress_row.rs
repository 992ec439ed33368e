//! Hours logged against hours needed: a bar, the numbers, and what is still missing.

use crate::fill;
use crate::i18n::{Locale, Msg};
use crate::rules::renewal::HoursProgress;
use crate::ui::widgets::ProgressBar;
use yew::prelude::*;

/// `id`: the `<progress>` element's id, unique in the widget. `missing`: what is still missing, in words
/// ("9 more training hours"), shown until the hours are met.
pub fn progress_row(
    t: Locale,
    id: AttrValue,
    label: &'static str,
    missing: String,
    p: HoursProgress,
) -> Html {
    let text = fill!(t, RenewalHaveOfNeed, have = p.have, need = p.need);
    let (status_class, status) = if p.met {
        (
            "rn-status rn-status--done",
            AttrValue::Static(t.text(Msg::RenewalRowDone)),
        )
    } else {
        ("rn-status rn-status--todo", AttrValue::from(missing))
    };
    html! {
        <div class={if p.met { "rn-progress rn-progress--met" } else { "rn-progress" }}>
            <ProgressBar
                id={id}
                label={label}
                value={p.have}
                max={p.need}
                text={AttrValue::from(text)}
                done={p.met}
            />
            <p class="rn-progress__status">
                <span class={status_class}>{ status }</span>
            </p>
        </div>
    }
}
