//! The frame of an entry editor: heading, error summary, the fields (children), "Save" and "Cancel".
//! A `<form>`, so Enter in a text field saves the entry. Also the props every entry editor takes.

use super::competency_picker::{CompetencyPickerProps, competency_picker};
use super::state::click;
use crate::forms::NumberStyle;
use crate::forms::checker::{CheckerAction, Editor, Field, FieldError, Reading, Section};
use crate::i18n::checker::section_texts;
use crate::i18n::{Locale, Msg};
use crate::rules::Category;
use crate::rules::asks::Relevance;
use crate::ui::env::Env;
use crate::ui::widgets::{ErrorSummary, field_error};
use yew::prelude::*;

/// What each entry editor (degree, work, training, RSC) is given: its section, the category and what
/// the category looks at, the open editor, and where edits, "Save" and "Cancel" go.
pub struct EntryFormProps<'a, D> {
    pub section: Section,
    pub category: Category,
    pub relevance: Relevance,
    pub editor: &'a Editor<D>,
    /// The position of the entry the editor is on (`None` for a new one), for its heading.
    pub position: Option<usize>,
    pub on_change: Callback<D>,
    /// Where "Save" and "Cancel" go.
    pub on_action: Callback<CheckerAction>,
    /// How "Save" reads the draft.
    pub reading: Reading,
    /// How the visitor's language writes numbers, for reading the draft's numbers as they are typed.
    pub style: NumberStyle,
}

impl<'a, D: Clone + 'static> EntryFormProps<'a, D> {
    /// The props of `section`'s editor, wired to the checker's actions; `edited` wraps a changed draft.
    pub fn new(
        section: Section,
        category: Category,
        relevance: Relevance,
        editor: &'a Editor<D>,
        on_action: &Callback<CheckerAction>,
        edited: fn(D) -> CheckerAction,
        reading: Reading,
    ) -> Self {
        EntryFormProps {
            section,
            category,
            relevance,
            editor,
            position: None,
            on_change: on_action.reform(edited),
            on_action: on_action.clone(),
            reading,
            style: reading.style,
        }
    }

    /// A callback that changes one field of the draft, as `set` says, and hands on the whole new draft,
    /// so the state only ever receives drafts.
    pub fn setter<V: 'static>(&self, set: fn(&mut D, V)) -> Callback<V> {
        let draft = self.editor.draft.clone();
        self.on_change.reform(move |value: V| {
            let mut next = draft.clone();
            set(&mut next, value);
            next
        })
    }

    /// The editor's competency picker, when the category asks which competencies an entry shows:
    /// `chosen` are the draft's picks, which `set` replaces; `limit` and `status` as the picker takes them.
    pub fn competencies(
        &self,
        env: &Env,
        chosen: &[String],
        set: fn(&mut D, Vec<String>),
        limit: Option<u32>,
        status: &dyn Fn(usize) -> String,
    ) -> Html {
        if !self.relevance.competencies {
            return Html::default();
        }
        competency_picker(
            env,
            &CompetencyPickerProps {
                id: &format!("chk-{}-comp", self.section.id()),
                category: self.category,
                chosen,
                limit,
                status,
                on_change: self.setter(set),
            },
        )
    }

    /// The message of `field`'s error, if it has one.
    pub fn error(&self, t: Locale, field: Field) -> Option<AttrValue> {
        field_error(t, &self.editor.errors, field)
    }

    /// `fields` in the editor's frame, headed "Add a training" or "Edit training 2".
    pub fn frame(&self, env: &Env, fields: Html) -> Html {
        let words = section_texts(self.section);
        let t = env.locale();
        let heading = match self.position {
            Some(i) => t.fill(words.edit_heading, &[("n", (i + 1).into())]),
            None => t.text(words.add).to_owned(),
        };
        editor_frame(
            env,
            EditorFrameProps {
                section: self.section,
                heading: &heading,
                errors: &self.editor.errors,
                on_action: &self.on_action,
                reading: self.reading,
                children: fields,
            },
        )
    }
}

pub struct EditorFrameProps<'a> {
    pub section: Section,
    pub heading: &'a str,
    pub errors: &'a [FieldError],
    pub on_action: &'a Callback<CheckerAction>,
    /// How "Save" reads the draft.
    pub reading: Reading,
    pub children: Html,
}

pub fn editor_frame(env: &Env, props: EditorFrameProps<'_>) -> Html {
    let t = env.locale();
    let heading_id = props.section.editor_heading_id();
    let section = props.section;
    let onsubmit = {
        let (on_action, reading) = (props.on_action.clone(), props.reading);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_action.emit(CheckerAction::Save(section, reading));
        })
    };
    let on_cancel = click(props.on_action, CheckerAction::Cancel(section));
    // Esc anywhere in the editor cancels it, as Cancel does (focus returns to the section's heading).
    let onkeydown = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                on_action.emit(CheckerAction::Cancel(section));
            }
        })
    };
    html! {
        <form class="chk-editor" novalidate=true aria-labelledby={heading_id.clone()} {onsubmit} {onkeydown}>
            <h4 id={heading_id} tabindex="-1">{ props.heading.to_owned() }</h4>
            <ErrorSummary errors={props.errors.to_vec()} id={props.section.error_summary_id()} />
            { props.children }
            <div class="en-button-row chk-editor__actions">
                <button type="submit" class="en-button" id={format!("chk-{}-save", props.section.id())}>{ t.text(Msg::CheckerSave) }</button>
                <button type="button" class="en-button en-button--secondary" id={format!("chk-{}-cancel", props.section.id())} onclick={on_cancel}>{ t.text(Msg::CheckerCancel) }</button>
            </div>
        </form>
    }
}
