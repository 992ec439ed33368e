//! The result: the suggested category and credential(s), why, what it asks for, the add-on, the other
//! categories, and how to apply. Everything shown comes from the `Recommendation` and the ruleset; each
//! part is its own view, this component puts them in order.

use crate::config::Tool;
use crate::fill;
use crate::i18n::{Locale, Msg};
use crate::rules::association::AssociationRule;
use crate::rules::model::{Category, Credential};
use crate::rules::recommend::Recommendation;
use crate::ui::category::add_on::{AddOnProps, add_on_section};
use crate::ui::category::next_steps::{NextStepsProps, next_steps};
use crate::ui::category::offer_note::{OfferNoteProps, offer_note};
use crate::ui::category::other_categories::{OtherCategoriesProps, other_categories};
use crate::ui::category::requirements_list::requirements_list;
use crate::ui::category::result_actions::{ResultActionsProps, result_actions};
use crate::ui::category::result_panel::{ResultPanelProps, result_panel};
use crate::ui::env::Env;
use crate::ui::widgets::use_locale;
use crate::ui::widgets::{para, section, sentences};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties)]
pub struct ResultProps {
    pub recommendation: Rc<Recommendation>,
    /// The person said they already hold an endorsement (the add-on's prerequisite).
    pub endorsed: bool,
    pub on_check: Callback<(Category, Credential)>,
    pub on_review: Callback<()>,
    pub on_restart: Callback<()>,
}

/// The recommendation is compared by identity: the finder makes a new one only when the answers change,
/// so comparing its contents would only add code.
impl PartialEq for ResultProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.recommendation, &other.recommendation)
            && self.endorsed == other.endorsed
            && self.on_check == other.on_check
            && self.on_review == other.on_review
            && self.on_restart == other.on_restart
    }
}

/// The credential the checker is preset with: the first that fits and is offered, else IMH-E.
pub fn check_credential(rec: &Recommendation) -> Credential {
    rec.credentials.first().copied().unwrap_or(Credential::Imh)
}

/// The line above the result's heading: "the category that fits you", or, when the association offers
/// no credential that fits, that it fits with a credential this association does not offer.
pub fn caption(t: Locale, association: Option<&str>, rec: &Recommendation) -> String {
    if rec.credentials.is_empty() && !rec.not_offered.is_empty() {
        let association = association.unwrap_or(t.text(Msg::CategoryToolYourAssociation));
        fill!(t, CategoryToolNotOfferedCaption, association = association)
    } else {
        t.text(Msg::CategoryToolResultCaption).to_owned()
    }
}

#[function_component]
pub fn ResultPage(props: &ResultProps) -> Html {
    let t = use_locale();
    let env = use_context::<Env>();
    let config = env.as_ref().map(|e| &*e.config);
    let rec = &*props.recommendation;
    let best = rec.best;
    // The title follows the ages named; a credential the association does not offer is explained below.
    let title_credential = rec.named_credential();
    let title = t.result_title(rec);
    // The credential that fits when the association offers none that does: the answer then says so
    // plainly and leads to the Alliance, never to an application here.
    let unavailable = rec
        .credentials
        .is_empty()
        .then(|| rec.not_offered.first().copied())
        .flatten();
    let association = config
        .and_then(|c| c.association.as_deref())
        .unwrap_or(t.text(Msg::CategoryToolYourAssociation));
    let offered = config.map_or(&Credential::ALL[..], |c| &c.credentials);

    let reasons = rec
        .ranked
        .iter()
        .find(|r| r.category == best)
        .map(|r| {
            r.reasons
                .iter()
                .map(|r| t.reason(best, title_credential, r))
                .collect()
        })
        .unwrap_or_default();
    let assumptions: Vec<String> = rec
        .assumptions
        .iter()
        .map(|a| t.assumption(*a).to_owned())
        .collect();

    // Where the association lets only some categories add ERS, say which: beside the add-on, or in its
    // place when the list kept it from this person (`ers_add_on_for`).
    let limited = config
        .and_then(|c| c.profile.rules.ers_add_on_for.as_ref())
        .map(|list| {
            // Named as the result names categories, with the credential ("Infant Family Specialist").
            let names: Vec<String> = list
                .iter()
                .map(|c| t.category_title(*c, title_credential))
                .collect();
            para(
                "category-note category-add-on-limited",
                fill!(
                    t,
                    CategoryToolAddOnLimited,
                    association = association,
                    categories = &names.join(" / ")
                ),
            )
        })
        .unwrap_or_default();
    let withheld = rec.association.contains(&AssociationRule::ErsAddOnFor);

    // The hand-over needs the checker; a host page may embed this tool alone.
    // Nor is it offered for a credential this association does not give (the checker offers only its own).
    let has_checker =
        unavailable.is_none() && config.is_none_or(|c| c.tools.contains(&Tool::Checker));
    let pair = (best, check_credential(rec));

    html! {
        <div class="category-result">
            { result_panel(t, &ResultPanelProps { rec, caption: caption(t, config.and_then(|c| c.association.as_deref()), rec), title: &title }) }
            { offer_note(t, &OfferNoteProps { rec, unavailable, association, offered }) }
            { section("category-section", "category-why-heading", None, t.text(Msg::CategoryToolWhyHeading), html! { <>
                { sentences("category-reasons", reasons) }
                { para("category-note", t.text(Msg::CategoryToolNotAHierarchy)) }
            </> }) }
            if !assumptions.is_empty() {
                { section("category-section", "category-assumptions-heading", None, t.text(Msg::CheckerAssumptionsHeading), sentences("category-assumptions", assumptions)) }
            }
            { section("category-section", "category-requires-heading", None, fill!(t, CategoryToolRequiresHeading, category = &title), html! { <>
                { para("", t.text(Msg::CategoryToolRequiresIntro)) }
                { requirements_list(t, best) }
            </> }) }
            if let Some(add_on) = rec.add_on {
                { add_on_section(t, &AddOnProps { add_on, emerging: rec.add_on_emerging, endorsed: props.endorsed, limited: limited.clone() }) }
            }
            if withheld {
                { limited }
            }
            { other_categories(t, &OtherCategoriesProps { rec, credential: title_credential }) }
            { next_steps(t, &NextStepsProps { config, category: best, not_offered: unavailable }) }
            { result_actions(t, &ResultActionsProps {
                check: has_checker.then_some(title.as_str()),
                on_check: props.on_check.reform(move |()| pair),
                on_review: props.on_review.clone(),
                on_restart: props.on_restart.clone(),
            }) }
        </div>
    }
}
