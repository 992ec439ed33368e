//! Hours logged against hours needed: a bar, the numbers, and what is still missing.

use crate::rules::RequirementId;
use crate::rules::renewal::HoursProgress;
use crate::ui::env::Env;
use crate::ui::widgets::ProgressBar;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct ProgressRowProps {
    /// The `<progress>` element's id, unique in the widget.
    pub id: AttrValue,
    pub label: AttrValue,
    /// Which requirement, for the "N more … hours" sentence.
    pub requirement: RequirementId,
    pub progress: HoursProgress,
}

#[function_component]
pub fn ProgressRow(props: &ProgressRowProps) -> Html {
    let texts = use_context::<Env>().map_or(&crate::i18n::EN, |e| e.texts());
    let t = texts.renewal;
    let p = props.progress;
    let text = (t.have_of_need)(p.have, p.need);
    html! {
        <div class={classes!("rn-progress", p.met.then_some("rn-progress--met"))}>
            <ProgressBar
                id={props.id.clone()}
                label={props.label.clone()}
                value={p.have}
                max={p.need}
                text={AttrValue::from(text)}
                done={p.met}
            />
            <p class="rn-progress__status">
                if p.met {
                    <span class="rn-status rn-status--done">{ t.row_done }</span>
                } else {
                    <span class="rn-status rn-status--todo">{ (texts.missing)(props.requirement, p.remaining) }</span>
                }
            </p>
        </div>
    }
}
