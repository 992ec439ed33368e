//! One kind of entry on screen: heading, hint, the list, the "Undo" offer after a removal, and either the
//! "Add" button or the open editor. [`section`] is written once for the four kinds; each kind says how
//! its entries read and which editor it has through [`EntryView`].

use super::editor_frame::EntryFormProps;
use super::entry_list::{EntryItem, EntryListProps, entry_list};
use super::state::{click, entry_notices};
use crate::forms::checker::{
    CheckerAction, Entries, Entry, EntryId, EntryList, Reading, Section, notices_for,
};
use crate::i18n::checker;
use crate::i18n::{Locale, Msg};
use crate::rules::asks::Relevance;
use crate::rules::{Category, Notice};
use crate::ui::env::Env;
use yew::prelude::*;

/// An entry kind's editor: its fields in the editor's frame.
pub type Form<D> = fn(&Env, &EntryFormProps<'_, D>) -> Html;

/// How one kind of entry is shown: its line in the list and its editor.
pub trait EntryView: Entry + 'static {
    /// The title and details of the entry at 0-based `index`.
    fn item(&self, index: usize, view: &ItemView) -> (String, Vec<String>);
    /// The editor's fields, in its frame.
    const FORM: Form<Self::Draft>;
    /// The action that carries a changed draft of this kind.
    const EDITED: fn(Self::Draft) -> CheckerAction;
    /// A hint that replaces the section's usual one, for a category to which part of it does not apply.
    fn hint(_t: Locale, _relevance: Relevance) -> Option<&'static str> {
        None
    }
    /// A note of the entry's own, shown before the engine's notices about it.
    fn note(&self, _t: Locale) -> Option<&'static str> {
        None
    }
}

/// What an entry's line depends on besides the entry: the words, and what the category looks at.
pub struct ItemView {
    pub t: Locale,
    pub relevance: Relevance,
}

/// What every section is given besides its own entries.
pub struct SectionContext<'a> {
    pub category: Category,
    pub relevance: Relevance,
    pub notices: &'a [Notice],
    pub on_action: &'a Callback<CheckerAction>,
}

/// The section of entries of kind `E`.
pub fn section<E: EntryView>(env: &Env, list: &EntryList<E>, context: &SectionContext<'_>) -> Html {
    let t = env.locale();
    let notices = notices_for(context.notices, E::SECTION);
    let view = ItemView {
        t,
        relevance: context.relevance,
    };
    let items = list
        .iter()
        .enumerate()
        .map(|(i, (id, entry))| {
            let (title, details) = entry.item(i, &view);
            EntryItem {
                id,
                title,
                details,
                notices: entry
                    .note(t)
                    .map(str::to_owned)
                    .into_iter()
                    .chain(entry_notices(t, &notices, i))
                    .collect(),
            }
        })
        .collect();
    let form = match &list.editor {
        Some(editor) => (E::FORM)(
            env,
            &EntryFormProps {
                // "Edit training 2": the entry's place in the list, whatever its id.
                position: editor.entry.and_then(|id| list.position(id)),
                ..EntryFormProps::new(
                    E::SECTION,
                    context.category,
                    context.relevance,
                    editor,
                    context.on_action,
                    E::EDITED,
                    Reading {
                        style: env.number_style(),
                        dates: env.locale().date_style(),
                        today: env.today,
                    },
                )
            },
        ),
        None => Html::default(),
    };
    entry_section(
        env,
        EntrySectionProps {
            section: E::SECTION,
            items,
            editing: list.editing(),
            removed: list.removed_index(),
            on_action: context.on_action,
            hint: E::hint(t, context.relevance),
            children: form,
        },
    )
}

pub struct EntrySectionProps<'a> {
    pub section: Section,
    pub items: Vec<EntryItem>,
    /// `Some(entry)` while the editor is open: `Some(None)` for a new entry.
    pub editing: Option<Option<EntryId>>,
    /// The 0-based position of an entry of this section that was just removed (offers "Undo").
    pub removed: Option<usize>,
    pub on_action: &'a Callback<CheckerAction>,
    /// Replaces the section's usual hint (a category for which part of it does not apply).
    pub hint: Option<&'static str>,
    /// The editor, rendered while `editing` is `Some`.
    pub children: Html,
}

pub fn entry_section(env: &Env, props: EntrySectionProps<'_>) -> Html {
    let t = env.locale();
    let words = checker::section_texts(props.section);
    let section = props.section;
    let dates = t.date_style();
    let heading_id = section.heading_id();
    let hint_id = format!("chk-{}-hint", section.id());
    let removed_id = format!("chk-{}-removed", section.id());
    let on_add = click(props.on_action, CheckerAction::Add(section));
    let on_undo = click(props.on_action, CheckerAction::Undo);
    html! {
        <section class={classes!("chk-section", format!("chk-section--{}", section.id()))} aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id} tabindex="-1">{ t.text(words.heading) }</h3>
            <p class="en-hint chk-section__hint" id={hint_id}>{ props.hint.unwrap_or(t.text(words.hint)) }</p>
            if let Some(index) = props.removed {
                <div class="chk-removed">
                    <p id={removed_id.clone()}>{ t.fill(words.removed, &[("n", (index + 1).into())]) }</p>
                    <button type="button" class="en-button en-button--secondary en-button--small"
                        id={section.undo_id()} aria-describedby={removed_id} onclick={on_undo}>{ t.text(Msg::CheckerUndo) }</button>
                </div>
            }
            if props.items.is_empty() {
                <p class="chk-empty">{ t.text(words.empty) }</p>
            } else {
                { entry_list(env, &EntryListProps {
                    section,
                    items: &props.items,
                    editing: props.editing.is_some(),
                    editing_entry: props.editing.flatten(),
                    dates,
                    on_action: props.on_action,
                }) }
            }
            if props.editing.is_some() {
                { props.children }
            } else {
                <button type="button" class="en-button chk-add" id={format!("chk-{}-add", section.id())} onclick={on_add}>{ t.text(words.add) }</button>
            }
        </section>
    }
}
