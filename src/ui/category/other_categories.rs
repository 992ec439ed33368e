//! The categories not suggested: those near the person's scope first, the others folded away.

use crate::i18n::{Locale, Msg};
use crate::rules::model::Credential;
use crate::rules::recommend::{Fit, Ranked, Recommendation};
use crate::ui::category::runner_up::runner_up;
use crate::ui::widgets::{para, section};
use yew::prelude::*;

pub struct OtherCategoriesProps<'a> {
    pub rec: &'a Recommendation,
    /// The credential the titles are shown for.
    pub credential: Credential,
}

pub fn other_categories(t: Locale, props: &OtherCategoriesProps) -> Html {
    let rec = props.rec;
    let (near, far): (Vec<&Ranked>, Vec<&Ranked>) = rec
        .ranked
        .iter()
        .filter(|r| r.category != rec.best)
        .partition(|r| r.fit != Fit::OtherScope);
    let list = |ranked: Vec<&Ranked>| -> Html {
        html! {
            <ul class="category-runners-up">{ for ranked.into_iter().map(|r| runner_up(t, r, props.credential)) }</ul>
        }
    };
    section(
        "category-section",
        "category-others-heading",
        None,
        t.text(Msg::CategoryToolOthersHeading),
        html! { <>
            { para("", t.text(Msg::CategoryToolOthersIntro)) }
            if !near.is_empty() { { list(near) } }
            if !far.is_empty() {
                <details class="category-details">
                    <summary>{ t.text(Msg::CategoryToolOtherScopesSummary) }</summary>
                    { list(far) }
                </details>
            }
        </> },
    )
}
