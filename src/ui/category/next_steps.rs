//! How to apply, in order, with the association's own link and email where the host page gives them.

use crate::config::Config;
use crate::fill;
use crate::i18n::{Locale, Msg};
use crate::rules::EDITION_2025;
use crate::rules::check::exam_facts;
use crate::rules::model::Category;
use yew::prelude::*;

/// `config`: the widget's configuration (`None` outside a widget).
pub fn next_steps(t: Locale, config: Option<&Config>, category: Category) -> Html {
    let association = config
        .and_then(|c| c.association.clone())
        .unwrap_or_else(|| t.text(Msg::CategoryToolYourAssociation).to_owned());
    let apply_url = config.and_then(|c| c.apply_url.clone());
    let email = config.and_then(|c| c.contact_email.clone());
    let exam = EDITION_2025.category(category).exam;
    html! {
        <section class="category-section" aria-labelledby="category-next-heading">
            <h4 id="category-next-heading">{ t.text(Msg::CategoryToolNextHeading) }</h4>
            <ol class="category-steps">
                <li>{ fill!(t, CategoryToolNextJoin, association = association.as_str()) }</li>
                <li>{ fill!(t, CategoryToolNextRegister, association = association.as_str()) }</li>
                <li>{ t.text(Msg::CategoryToolNextReferences) }</li>
                <li>{ t.text(Msg::CategoryToolNextSubmit) }</li>
                if exam {
                    <li>
                        { t.text(Msg::CategoryToolNextExam) }
                        if let Some(facts) = exam_facts(&EDITION_2025) {
                            { " " }{ t.exam_facts(&facts) }
                        }
                    </li>
                }
            </ol>
            if let Some(url) = apply_url {
                <p><a class="category-apply" href={url}>{ fill!(t, CategoryToolApplyLink, association = association.as_str()) }</a></p>
            }
            if let Some(email) = email {
                <p>
                    { fill!(t, CategoryToolContact, association = association.as_str()) }{ ": " }
                    <a href={format!("mailto:{email}")}>{ email.clone() }</a>
                </p>
            } else if config.is_none_or(|c| c.apply_url.is_none()) {
                <p>{ t.text(Msg::CategoryToolContactGeneric) }</p>
            }
        </section>
    }
}
