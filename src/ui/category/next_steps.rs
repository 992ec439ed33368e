//! How to apply, in order, with the association's own link, email, fees, steps and pages where the host
//! page or its profile gives them.

use crate::config::Config;
use crate::fill;
use crate::i18n::{Locale, Msg};
use crate::rules::EDITION_2025;
use crate::rules::check::exam_facts;
use crate::rules::model::{Category, Credential};
use crate::ui::widgets::{item, para};
use yew::prelude::*;

pub struct NextStepsProps<'a> {
    /// The widget's configuration (`None` outside a widget).
    pub config: Option<&'a Config>,
    pub category: Category,
    /// The credential that fits, when the association does not offer it: the steps then lead to the
    /// Alliance, never to an application with the association.
    pub not_offered: Option<Credential>,
}

pub fn next_steps(t: Locale, props: &NextStepsProps) -> Html {
    let NextStepsProps {
        config,
        category,
        not_offered,
    } = *props;
    let association = config
        .and_then(|c| c.association.as_deref())
        .unwrap_or(t.text(Msg::CategoryToolYourAssociation));
    // Most steps name the association: one place fills them in.
    let named = |msg: Msg| t.fill(msg, &[("association", association.into())]);
    let steps = match not_offered {
        Some(credential) => html! { <>
            { item("", fill!(t, CategoryToolApplyAlliance, credential = t.credential(credential))) }
            { item("", t.text(Msg::CategoryToolNextReferences)) }
        </> },
        None => {
            let exam = EDITION_2025.category(category).exam;
            html! { <>
                <li>
                    { named(Msg::CategoryToolNextJoin) }
                    { membership(t, config, association) }
                </li>
                { item("", named(Msg::CategoryToolNextRegister)) }
                { item("", t.text(Msg::CategoryToolNextReferences)) }
                { association_steps(config) }
                <li>
                    { t.text(Msg::CategoryToolNextSubmit) }
                    { fees(t, config, category, association) }
                </li>
                if exam {
                    <li>
                        { t.text(Msg::CategoryToolNextExam) }
                        if let Some(facts) = exam_facts(&EDITION_2025) {
                            { " " }{ t.exam_facts(&facts) }
                        }
                        { link(config.and_then(|c| c.profile.links.exam_prep.as_deref()), t.text(Msg::CategoryToolExamPrep).into()) }
                    </li>
                }
            </> }
        }
    };
    let contact = match (not_offered, config.and_then(|c| c.contact_email.as_deref())) {
        (Some(_), _) => Html::default(),
        (None, Some(email)) => html! {
            <p>
                { named(Msg::CategoryToolContact) }{ ": " }
                <a href={format!("mailto:{email}")}>{ email.to_owned() }</a>
            </p>
        },
        (None, None) if config.is_none_or(|c| c.apply_url.is_none()) => {
            para("", t.text(Msg::CategoryToolContactGeneric))
        }
        (None, None) => Html::default(),
    };
    html! {
        <section class="category-section" aria-labelledby="category-next-heading">
            <h4 id="category-next-heading">{ t.text(Msg::CategoryToolNextHeading) }</h4>
            <ol class="category-steps">{ steps }</ol>
            if not_offered.is_none() {
                { rsc_directory(t, config) }
                if let Some(url) = config.and_then(|c| c.apply_url.clone()) {
                    <p><a class="category-apply" href={url}>{ named(Msg::CategoryToolApplyLink) }</a></p>
                }
            }
            { contact }
        </section>
    }
}

/// `" "` and a link to `url` reading `label`, where there is a `url`.
fn link(url: Option<&str>, label: AttrValue) -> Html {
    match url {
        Some(url) => html! { <>{ " " }<a href={url.to_owned()}>{ label }</a></> },
        None => Html::default(),
    }
}

/// The membership fee and where to join, from the profile.
pub fn membership(t: Locale, config: Option<&Config>, association: &str) -> Html {
    let Some(p) = config.map(|c| &c.profile) else {
        return Html::default();
    };
    html! { <>
        if let Some(fee) = &p.membership_fee { { " " }{ fill!(t, CategoryToolMembershipFee, fee = fee.as_str()) } }
        { link(p.membership_url.as_deref(), fill!(t, CategoryToolMembershipLink, association = association).into()) }
    </> }
}

/// The category's fees and the fees page, from the profile.
pub fn fees(t: Locale, config: Option<&Config>, category: Category, association: &str) -> Html {
    let Some(p) = config.map(|c| &c.profile) else {
        return Html::default();
    };
    let own = p.fees_for(category);
    html! { <>
        if let Some(fee) = own.and_then(|f| f.application.as_deref()) { { " " }{ fill!(t, CategoryToolFeeApplication, fee = fee) } }
        if let Some(fee) = own.and_then(|f| f.processing.as_deref()) { { " " }{ fill!(t, CategoryToolFeeProcessing, fee = fee) } }
        { link(p.fees_url.as_deref(), fill!(t, CategoryToolFeesLink, association = association).into()) }
    </> }
}

/// The association's own steps, as list items in the visitor's language.
pub fn association_steps(config: Option<&Config>) -> Html {
    let Some(config) = config else {
        return Html::default();
    };
    let lang = config.lang;
    html! { { for config.profile.steps.iter().map(|s| item("en-association-step", s.get(lang).to_owned())) } }
}

/// The association's directory of RSC providers, where it has one.
pub fn rsc_directory(t: Locale, config: Option<&Config>) -> Html {
    match config.and_then(|c| c.profile.links.rsc_directory.clone()) {
        Some(url) => html! { <p><a href={url}>{ t.text(Msg::CategoryToolRscDirectory) }</a></p> },
        None => Html::default(),
    }
}
