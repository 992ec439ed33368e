//! How to apply, in order, with the association's own link and email where the host page gives them.

use crate::config::Config;
use crate::i18n::Texts;
use crate::rules::EDITION_2025;
use crate::rules::model::Category;
use yew::prelude::*;

/// `config`: the widget's configuration (`None` outside a widget).
pub fn next_steps(texts: &Texts, config: Option<&Config>, category: Category) -> Html {
    let t = texts.category_tool;
    let association = config
        .and_then(|c| c.association.clone())
        .unwrap_or_else(|| t.your_association.to_owned());
    let apply_url = config.and_then(|c| c.apply_url.clone());
    let email = config.and_then(|c| c.contact_email.clone());
    let exam = EDITION_2025.category(category).exam;
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
            } else if config.is_none_or(|c| c.apply_url.is_none()) {
                <p>{ t.contact_generic }</p>
            }
        </section>
    }
}
