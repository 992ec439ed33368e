//! The saved entries of one section, each with "Edit" and "Remove".

use super::state::click;
use crate::fill;
use crate::forms::DateStyle;
use crate::forms::checker::{CheckerAction, EntryId, Section};
use crate::i18n::Msg;
use crate::ui::env::Env;
use yew::prelude::*;

/// One saved entry as the list shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct EntryItem {
    pub id: EntryId,
    /// "Training 2: Attachment basics".
    pub title: String,
    /// Short facts joined on one line ("6 hours · General · 3 competencies").
    pub details: Vec<String>,
    /// Engine notices about this entry.
    pub notices: Vec<String>,
}

pub struct EntryListProps<'a> {
    pub section: Section,
    pub items: &'a [EntryItem],
    /// While the section's editor is open the buttons are hidden, so an open draft cannot be replaced.
    pub editing: bool,
    /// The entry being edited, marked in the list.
    pub editing_entry: Option<EntryId>,
    /// How "Edit" writes the entry's dates in its editor.
    pub dates: DateStyle,
    pub on_action: &'a Callback<CheckerAction>,
}

pub fn entry_list(env: &Env, props: &EntryListProps<'_>) -> Html {
    let t = env.locale();
    let words = crate::i18n::checker::section_texts(props.section);
    let stem = props.section.id();
    html! {
        <ul class="chk-entries" aria-label={fill!(t, CheckerEntriesLabel, heading = t.text(words.heading))}>
            { for props.items.iter().enumerate().map(|(i, item)| {
                let name = t.fill(words.entry, &[("n", (i + 1).into())]);
                let id = item.id;
                let on_edit = click(props.on_action, CheckerAction::Edit(props.section, id, props.dates));
                let on_remove = click(props.on_action, CheckerAction::Remove(props.section, id));
                let edited = props.editing_entry == Some(id);
                html! {
                    <li class={classes!("chk-entry", edited.then_some("chk-entry--editing"))} key={format!("{stem}-{}", id.0)}>
                        <p class="chk-entry__title">{ item.title.clone() }</p>
                        if !item.details.is_empty() {
                            <p class="chk-entry__details">{ item.details.join(" · ") }</p>
                        }
                        { for item.notices.iter().map(|n| html! { <p class="chk-entry__notice">{ n.clone() }</p> }) }
                        if !props.editing {
                            <div class="en-button-row chk-entry__actions">
                                <button type="button" class="en-button en-button--secondary en-button--small"
                                    id={format!("chk-{stem}-edit-{}", id.0)} onclick={on_edit}>
                                    { t.text(Msg::CheckerEdit) }<span class="en-visually-hidden">{ " " }{ name.clone() }</span>
                                </button>
                                <button type="button" class="en-button en-button--secondary en-button--small"
                                    id={format!("chk-{stem}-remove-{}", id.0)} onclick={on_remove}>
                                    { t.text(Msg::CheckerRemove) }<span class="en-visually-hidden">{ " " }{ name }</span>
                                </button>
                            </div>
                        }
                    </li>
                }
            }) }
        </ul>
    }
}
