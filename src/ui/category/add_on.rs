//! The reflective-supervisor add-on: what it asks for, its emerging status first where that fits, and
//! that it follows a first endorsement.

use crate::fill;
use crate::i18n::{Locale, Msg};
use crate::rules::EDITION_2025;
use crate::rules::model::Category;
use crate::rules::ruleset::EMERGING_STATUS_YEARS;
use crate::ui::category::requirements_list::requirements_list;
use crate::ui::widgets::{para, section};
use yew::prelude::*;

pub struct AddOnProps {
    pub add_on: Category,
    /// Fewer years providing RSC than the add-on asks: its emerging status fits first.
    pub emerging: bool,
    /// The person said they already hold an endorsement (the add-on's prerequisite).
    pub endorsed: bool,
    /// The association's list of categories that may add it, where it has one.
    pub limited: Html,
}

pub fn add_on_section(t: Locale, props: &AddOnProps) -> Html {
    let ers = EDITION_2025.category(props.add_on);
    let (intro, list_of) = if props.emerging {
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
        (None, props.add_on)
    };
    section(
        "category-section",
        "category-add-on-heading",
        None,
        t.text(Msg::CategoryToolAddOnHeading),
        html! { <>
            { para("", t.text(Msg::CategoryToolAddOnIntro)) }
            if let Some(intro) = intro { { para("", intro) } }
            { requirements_list(t, list_of) }
            if !props.endorsed && ers.prior_endorsement {
                { para("category-note", t.text(Msg::CategoryToolAddOnAfterEndorsement)) }
            }
            { props.limited.clone() }
        </> },
    )
}
