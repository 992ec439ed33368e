//! One category that was not suggested, with its fit and the reasons — an unmet gate reads as what would
//! change the answer, never as an error.

use crate::rules::model::Credential;
use crate::rules::recommend::{Fit, Ranked};
use crate::ui::category::use_texts;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RunnerUpProps {
    pub ranked: Ranked,
    /// The credential the titles are shown for.
    pub credential: Credential,
}

#[function_component]
pub fn RunnerUp(props: &RunnerUpProps) -> Html {
    let texts = use_texts();
    let ranked = &props.ranked;
    let fit_class = match ranked.fit {
        Fit::Best => "category-fit--best",
        Fit::NotYet => "category-fit--not-yet",
        Fit::Possible => "category-fit--possible",
        Fit::OtherScope => "category-fit--other",
    };
    let reasons = ranked
        .reasons
        .iter()
        .map(|r| html! { <li>{ texts.reason(ranked.category, r) }</li> });
    html! {
        <li class="category-runner-up">
            <h5 class="category-runner-up__title">
                { (texts.category_title)(ranked.category, props.credential) }
            </h5>
            <p class={classes!("category-fit", fit_class)}>{ (texts.fit)(ranked.fit) }</p>
            <ul class="category-reasons">{ for reasons }</ul>
        </li>
    }
}
