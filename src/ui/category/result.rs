//! The result: the suggested category and credential(s), why, what it asks for, the add-on, the other
//! categories, and how to apply. Everything shown comes from the `Recommendation` and the ruleset.

use crate::fill;
use crate::i18n::{Locale, Msg};
use crate::rules::EDITION_2025;
use crate::rules::association::AssociationRule;
use crate::rules::model::{Category, Credential};
use crate::rules::recommend::{Fit, Recommendation};
use crate::rules::ruleset::EMERGING_STATUS_YEARS;
use crate::ui::category::next_steps::next_steps;
use crate::ui::category::requirements_list::requirements_list;
use crate::ui::category::runner_up::runner_up;
use crate::ui::category::state::Step;
use crate::ui::category::use_texts;
use crate::ui::env::Env;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub recommendation: Rc<Recommendation>,
    /// The person said they already hold an endorsement (the add-on's prerequisite).
    pub endorsed: bool,
    pub on_check: Callback<(Category, Credential)>,
    pub on_review: Callback<()>,
    pub on_restart: Callback<()>,
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
    let t = use_texts();
    let env = use_context::<Env>();
    let rec = &props.recommendation;
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
    let association = env
        .as_ref()
        .and_then(|e| e.config.association.clone())
        .unwrap_or_else(|| t.text(Msg::CategoryToolYourAssociation).to_owned());
    let offered_by_association: Vec<Credential> = env
        .as_ref()
        .map(|e| e.config.credentials.clone())
        .unwrap_or_else(|| Credential::ALL.to_vec());

    let credential_lines = rec.credentials.iter().map(|c| {
        html! { <li>{ fill!(t, CategoryToolCredentialLine, credential = t.credential(*c), ages = t.credential_ages(*c)) }</li> }
    });
    let both = (rec.credentials.len() > 1).then(|| {
        fill!(
            t,
            CategoryToolBothCredentials,
            first = &t.category_title(best, rec.credentials[0]),
            second = &t.category_title(best, rec.credentials[1]),
        )
    });
    let not_offered = rec.not_offered.iter().map(|c| {
        html! { <p class="category-note">{ fill!(t, CategoryToolNotOffered, credential = t.credential(*c), association = association.as_str()) }</p> }
    });
    let offers = {
        let names: Vec<&str> = offered_by_association
            .iter()
            .map(|c| t.credential(*c))
            .collect();
        fill!(
            t,
            CategoryToolAssociationOffers,
            association = association.as_str(),
            credentials = &names.join(" / ")
        )
    };

    let reasons = rec
        .ranked
        .iter()
        .find(|r| r.category == best)
        .map(|r| r.reasons.clone())
        .unwrap_or_default();
    let reasons = reasons
        .iter()
        .map(|r| html! { <li>{ t.reason(best, title_credential, r) }</li> });

    let (near, far): (Vec<_>, Vec<_>) = rec
        .ranked
        .iter()
        .filter(|r| r.category != best)
        .partition(|r| r.fit != Fit::OtherScope);
    let runner = |r: &&crate::rules::recommend::Ranked| runner_up(t, r, title_credential);

    // Where the association lets only some categories add ERS, say which: beside the add-on, or in its
    // place when the list kept it from this person (`ers_add_on_for`).
    let limited = env
        .as_ref()
        .and_then(|e| e.config.profile.rules.ers_add_on_for.as_ref())
        .map(|list| {
            // Named as the result names categories, with the credential ("Infant Family Specialist").
            let names: Vec<String> = list
                .iter()
                .map(|c| t.category_title(*c, title_credential))
                .collect();
            html! { <p class="category-note category-add-on-limited">{ fill!(t, CategoryToolAddOnLimited, association = association.as_str(), categories = &names.join(" / ")) }</p> }
        });
    let withheld = rec.association.contains(&AssociationRule::ErsAddOnFor);
    let add_on = rec.add_on.map(|add_on| {
        let ers = EDITION_2025.category(add_on);
        let (intro, list_of) = if rec.add_on_emerging {
            (
                Some(fill!(
                    t,
                    CategoryToolAddOnEmerging,
                    years = &t.years(ers.rsc_provider_years.unwrap_or_default()),
                    status_years = EMERGING_STATUS_YEARS,
                )),
                Category::ReflectiveSupervisorEmerging,
            )
        } else {
            (None, add_on)
        };
        html! {
            <section class="category-section" aria-labelledby="category-add-on-heading">
                <h4 id="category-add-on-heading">{ t.text(Msg::CategoryToolAddOnHeading) }</h4>
                <p>{ t.text(Msg::CategoryToolAddOnIntro) }</p>
                if let Some(intro) = intro { <p>{ intro }</p> }
                { requirements_list(t, list_of) }
                if !props.endorsed && ers.prior_endorsement {
                    <p class="category-note">{ t.text(Msg::CategoryToolAddOnAfterEndorsement) }</p>
                }
                { limited.clone().unwrap_or_default() }
            </section>
        }
    });

    let on_check = {
        let on_check = props.on_check.clone();
        let pair = (best, check_credential(rec));
        Callback::from(move |_: MouseEvent| on_check.emit(pair))
    };
    let on_review = props.on_review.reform(|_: MouseEvent| ());
    let on_restart = props.on_restart.reform(|_: MouseEvent| ());
    // The hand-over needs the checker; a host page may embed this tool alone.
    // Nor is it offered for a credential this association does not give (the checker offers only its own).
    let has_checker = unavailable.is_none()
        && env
            .as_ref()
            .is_none_or(|e| e.config.tools.contains(&crate::config::Tool::Checker));

    html! {
        <div class="category-result">
            <div class="category-panel">
                <p class="category-panel__caption" id="category-result-caption">{ caption(t, env.as_ref().and_then(|e| e.config.association.as_deref()), rec) }</p>
                <h3 class="category-heading category-panel__title" id={Step::Result.heading_id()} tabindex="-1" aria-describedby="category-result-caption">{ title.clone() }</h3>
                <ul class="category-credentials">{ for credential_lines }</ul>
                if let Some(both) = both { <p>{ both }</p> }
            </div>
            // Where the association offers only some credentials, say which, even when the ages fit.
            if let Some(credential) = unavailable {
                <div class="category-offer category-offer--none">
                    <p class="category-note">{ fill!(t, CategoryToolNotOfferedHere, association = association.as_str(), credential = t.credential(credential), ages = t.credential_ages(credential)) }</p>
                </div>
            } else if !rec.not_offered.is_empty() || offered_by_association.len() < Credential::ALL.len() {
                <div class="category-offer">
                    { for not_offered }
                    if rec.credentials.is_empty() {
                        <p class="category-note">{ fill!(t, CategoryToolNothingOffered, association = association.as_str()) }</p>
                    } else {
                        <p class="category-note">{ offers }</p>
                    }
                </div>
            }
            <section class="category-section" aria-labelledby="category-why-heading">
                <h4 id="category-why-heading">{ t.text(Msg::CategoryToolWhyHeading) }</h4>
                <ul class="category-reasons">{ for reasons }</ul>
                <p class="category-note">{ t.text(Msg::CategoryToolNotAHierarchy) }</p>
            </section>
            if !rec.assumptions.is_empty() {
                <section class="category-section" aria-labelledby="category-assumptions-heading">
                    <h4 id="category-assumptions-heading">{ t.text(Msg::CheckerAssumptionsHeading) }</h4>
                    <ul class="category-assumptions">
                        { for rec.assumptions.iter().map(|a| html! { <li>{ t.assumption(*a) }</li> }) }
                    </ul>
                </section>
            }
            <section class="category-section" aria-labelledby="category-requires-heading">
                <h4 id="category-requires-heading">{ fill!(t, CategoryToolRequiresHeading, category = &title) }</h4>
                <p>{ t.text(Msg::CategoryToolRequiresIntro) }</p>
                { requirements_list(t, best) }
            </section>
            { add_on.unwrap_or_default() }
            if withheld {
                { limited.unwrap_or_default() }
            }
            <section class="category-section" aria-labelledby="category-others-heading">
                <h4 id="category-others-heading">{ t.text(Msg::CategoryToolOthersHeading) }</h4>
                <p>{ t.text(Msg::CategoryToolOthersIntro) }</p>
                if !near.is_empty() {
                    <ul class="category-runners-up">{ for near.iter().map(runner) }</ul>
                }
                if !far.is_empty() {
                    <details class="category-details">
                        <summary>{ t.text(Msg::CategoryToolOtherScopesSummary) }</summary>
                        <ul class="category-runners-up">{ for far.iter().map(runner) }</ul>
                    </details>
                }
            </section>
            { next_steps(t, env.as_ref().map(|e| &*e.config), best, unavailable) }
            <div class="category-actions category-actions--result">
                if has_checker {
                    <button type="button" class="en-button category-check" onclick={on_check}>
                        { fill!(t, CategoryToolCheckButton, category = &title) }
                    </button>
                }
                <button type="button" class="en-button en-button--secondary" onclick={on_review}>
                    { t.text(Msg::CategoryToolChangeAnswers) }
                </button>
                <button type="button" class="en-button en-button--secondary" onclick={on_restart}>
                    { t.text(Msg::CategoryToolStartAgain) }
                </button>
            </div>
        </div>
    }
}
