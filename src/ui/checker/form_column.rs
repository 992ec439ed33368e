//! The checker's form column: the category and credential, the endorsements held (where the category
//! builds on one), the kinds of entry the category looks at, and the references.

use super::chooser::{ChooserProps, chooser};
use super::endorsements::endorsements;
use super::entry_section::{SectionContext, section};
use super::references::references;
use crate::forms::NumberStyle;
use crate::forms::checker::{CheckerAction, CheckerState};
use crate::rules::asks::Relevance;
use crate::rules::{Credential, Notice};
use crate::ui::env::Env;
use yew::prelude::*;

pub struct FormColumnProps<'a> {
    pub state: &'a CheckerState,
    /// The credentials this association offers (never empty).
    pub offered: &'a [Credential],
    /// Which parts of the form the chosen category looks at.
    pub relevance: Relevance,
    /// The engine's notices, shown beside the entries they are about.
    pub notices: &'a [Notice],
    pub style: NumberStyle,
    pub on_action: &'a Callback<CheckerAction>,
}

/// A function of its own in the wasm too (rustc would inline a view called once into the root, making
/// one large body): it compresses as well and keeps the root small.
#[inline(never)]
pub fn form_column(env: &Env, props: &FormColumnProps<'_>) -> Html {
    let state = props.state;
    let relevance = props.relevance;
    let on_action = props.on_action;
    let context = SectionContext {
        category: state.category,
        relevance,
        notices: props.notices,
        on_action,
    };
    html! {
        <div class="chk-form">
            { chooser(env, &ChooserProps {
                category: state.category,
                credential: state.effective_credential(props.offered),
                offered: props.offered,
                on_category: on_action.reform(CheckerAction::SetCategory),
                on_credential: on_action.reform(CheckerAction::SetCredential),
            }) }
            if relevance.endorsements {
                { endorsements(env, &state.endorsed_in,
                    &on_action.reform(|(c, held)| CheckerAction::SetEndorsed(c, held))) }
            }
            if relevance.degrees {
                { section(env, &state.degrees, &context) }
            }
            if relevance.work {
                { section(env, &state.work, &context) }
            }
            if relevance.trainings {
                { section(env, &state.trainings, &context) }
            }
            if relevance.rsc {
                { section(env, &state.rsc, &context) }
            }
            { references(env, &state.references_text, state.references(props.style).err(),
                &on_action.reform(CheckerAction::SetReferences)) }
        </div>
    }
}
