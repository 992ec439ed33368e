//! The result's panel: the caption, the suggested category's title, its credentials, and the sentence
//! that says both fit where both do.

use crate::fill;
use crate::forms::category::Step;
use crate::i18n::Locale;
use crate::rules::recommend::Recommendation;
use crate::ui::widgets::{para, sentences};
use yew::prelude::*;

pub struct ResultPanelProps<'a> {
    pub rec: &'a Recommendation,
    /// The line above the title (`result::caption`).
    pub caption: String,
    /// The category with the credential the result is named for.
    pub title: &'a str,
}

pub fn result_panel(t: Locale, props: &ResultPanelProps) -> Html {
    let rec = props.rec;
    let credentials = rec
        .credentials
        .iter()
        .map(|c| {
            fill!(
                t,
                CategoryToolCredentialLine,
                credential = t.credential(*c),
                ages = t.credential_ages(*c)
            )
        })
        .collect();
    let both = (rec.credentials.len() > 1).then(|| {
        fill!(
            t,
            CategoryToolBothCredentials,
            first = &t.category_title(rec.best, rec.credentials[0]),
            second = &t.category_title(rec.best, rec.credentials[1]),
        )
    });
    html! {
        <div class="category-panel">
            <p class="category-panel__caption" id="category-result-caption">{ props.caption.clone() }</p>
            <h3 class="category-heading category-panel__title" id={Step::Result.heading_id()} tabindex="-1" aria-describedby="category-result-caption">{ props.title.to_owned() }</h3>
            { sentences("category-credentials", credentials) }
            if let Some(both) = both { { para("", both) } }
        </div>
    }
}
