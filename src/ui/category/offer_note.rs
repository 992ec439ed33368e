//! What the association offers, where that changes the answer: the credential that fits when it offers
//! none that does (the answer then leads to the Alliance), or the credentials it offers when only some.

use crate::fill;
use crate::i18n::Locale;
use crate::rules::model::Credential;
use crate::rules::recommend::Recommendation;
use crate::ui::widgets::para;
use yew::prelude::*;

pub struct OfferNoteProps<'a> {
    pub rec: &'a Recommendation,
    /// The credential that fits when the association offers none that does.
    pub unavailable: Option<Credential>,
    pub association: &'a str,
    /// The credentials the association offers.
    pub offered: &'a [Credential],
}

pub fn offer_note(t: Locale, props: &OfferNoteProps) -> Html {
    let rec = props.rec;
    let association = props.association;
    if let Some(credential) = props.unavailable {
        return html! {
            <div class="category-offer category-offer--none">
                { para("category-note", fill!(t, CategoryToolNotOfferedHere, association = association, credential = t.credential(credential), ages = t.credential_ages(credential))) }
            </div>
        };
    }
    // Where the association offers only some credentials, say which, even when the ages fit.
    if rec.not_offered.is_empty() && props.offered.len() >= Credential::ALL.len() {
        return Html::default();
    }
    let not_offered = rec.not_offered.iter().map(|c| {
        para(
            "category-note",
            fill!(
                t,
                CategoryToolNotOffered,
                credential = t.credential(*c),
                association = association
            ),
        )
    });
    let last = if rec.credentials.is_empty() {
        fill!(t, CategoryToolNothingOffered, association = association)
    } else {
        let names: Vec<&str> = props.offered.iter().map(|c| t.credential(*c)).collect();
        fill!(
            t,
            CategoryToolAssociationOffers,
            association = association,
            credentials = &names.join(" / ")
        )
    };
    html! {
        <div class="category-offer">
            { for not_offered }
            { para("category-note", last) }
        </div>
    }
}
