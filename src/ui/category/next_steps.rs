//! How to apply, in order, with the association's own link and email where the host page gives them.

use crate::rules::EDITION_2025;
use crate::rules::model::Category;
use crate::ui::category::use_texts;
use crate::ui::env::Env;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NextStepsProps {
    pub category: Category,
}

#[function_component]
pub fn NextSteps(props: &NextStepsProps) -> Html {
    let t = use_texts().category_tool;
    let config = use_context::<Env>().map(|env| env.config.clone());
    let association = config
        .as_ref()
        .and_then(|c| c.association.clone())
        .unwrap_or_else(|| t.your_association.to_owned());
    let apply_url = config.as_ref().and_then(|c| c.apply_url.clone());
    let email = config.as_ref().and_then(|c| c.contact_email.clone());
    let exam = EDITION_2025.category(props.category).exam;
    html! {
        <section class="category-section" aria-labelledby="category-next-heading">
            <h4 id="category-next-heading">{ t.next_heading }</h4>
            <ol class="category-steps">
                <li>{ (t.next_join)(&association) }</li>
                <li>{ (t.next_register)(&association) }</li>
                <li>{ t.next_references }</li>
                <li>{ t.next_submit }</li>
                if exam { <li>{ t.next_exam }</li> }
            </ol>
            if let Some(url) = apply_url {
                <p><a class="category-apply" href={url}>{ (t.apply_link)(&association) }</a></p>
            }
            if let Some(email) = email {
                <p>
                    { (t.contact)(&association) }{ ": " }
                    <a href={format!("mailto:{email}")}>{ email.clone() }</a>
                </p>
            } else if config.as_ref().is_none_or(|c| c.apply_url.is_none()) {
                <p>{ t.contact_generic }</p>
            }
        </section>
    }
}
