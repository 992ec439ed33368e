//! On one column the report is far below the form: a link at the top gives the report's status and
//! goes there.

use crate::fill;
use crate::i18n::Locale;
use crate::ui::widgets::focus_by_id;
use yew::prelude::*;

/// The link, or nothing while there is no status to give (the entries cannot be checked).
pub fn jump_link(t: Locale, status: &str, root: &NodeRef) -> Html {
    if status.is_empty() {
        return Html::default();
    }
    let onclick = {
        let root = root.clone();
        Callback::from(move |e: MouseEvent| {
            // A fragment link cannot reach into the shadow root; focus the heading directly.
            e.prevent_default();
            if let Some(node) = root.get() {
                focus_by_id(&node, "chk-report-heading");
            }
        })
    };
    html! {
        <p class="chk-jump">
            <a href="#chk-report-heading" {onclick}>{ fill!(t, CheckerJumpToReport, status = status) }</a>
        </p>
    }
}
