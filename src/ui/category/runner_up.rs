//! One category that was not suggested, with its fit and the reasons — an unmet gate reads as what would
//! change the answer, never as an error.

use crate::i18n::Locale;
use crate::rules::model::Credential;
use crate::rules::recommend::{Fit, Ranked};
use crate::ui::widgets::{para, sentences};
use yew::prelude::*;

/// `credential`: the one the titles are shown for. Keyed by the category.
pub fn runner_up(t: Locale, ranked: &Ranked, credential: Credential) -> Html {
    let fit_class = match ranked.fit {
        Fit::Best => "category-fit category-fit--best",
        Fit::NotYet => "category-fit category-fit--not-yet",
        Fit::Possible => "category-fit category-fit--possible",
        Fit::OtherScope => "category-fit category-fit--other",
    };
    let reasons = ranked
        .reasons
        .iter()
        .map(|r| t.reason(ranked.category, credential, r))
        .collect();
    html! {
        <li class="category-runner-up" key={ranked.category.id()}>
            <h5 class="category-runner-up__title">
                { t.category_title(ranked.category, credential) }
            </h5>
            { para(fit_class, t.fit(ranked.fit)) }
            { sentences("category-reasons", reasons) }
        </li>
    }
}
