//! Hours logged against hours needed: a bar, the numbers, and what is still missing.

use crate::fill;
use crate::i18n::{Locale, Msg};
use crate::rules::renewal::HoursProgress;
use crate::ui::widgets::{ProgressBar, span};
use yew::prelude::*;

pub struct ProgressRowProps {
    /// The `<progress>` element's id, unique in the widget.
    pub id: AttrValue,
    pub label: &'static str,
    /// What is still missing, in words ("9 more training hours"), shown until the hours are met.
    pub missing: String,
    pub progress: HoursProgress,
}

pub fn progress_row(t: Locale, props: ProgressRowProps) -> Html {
    let ProgressRowProps {
        id,
        label,
        missing,
        progress: p,
    } = props;
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
                { span(status_class, status) }
            </p>
        </div>
    }
}
