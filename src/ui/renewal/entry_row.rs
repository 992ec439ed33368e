//! One logged entry: hours, date, type and title, with "Edit" and "Remove".

use super::state::{LogEntry, LogKind, RenewalAction, edit_button_id};
use crate::ui::env::Env;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct EntryRowProps {
    pub log: LogKind,
    pub entry: LogEntry,
    /// Dated outside the current cycle, so the engine does not count it.
    #[prop_or_default]
    pub outside: bool,
    /// This entry is in the entry form right now.
    #[prop_or_default]
    pub editing: bool,
    pub dispatch: Callback<RenewalAction>,
}

#[function_component]
pub fn EntryRow(props: &EntryRowProps) -> Html {
    let t = use_context::<Env>().map_or(crate::i18n::EN.renewal, |e| e.texts().renewal);
    let entry = &props.entry;
    let description = (t.entry)(entry.hours.get(), entry.date);
    let (log, id) = (props.log, entry.id);
    let on_edit = props
        .dispatch
        .reform(move |_: MouseEvent| RenewalAction::StartEdit(log, id));
    let on_remove = props
        .dispatch
        .reform(move |_: MouseEvent| RenewalAction::Remove(log, id));
    let detail = match props.log {
        LogKind::Training if entry.title.is_empty() => {
            Some((t.training_kind)(entry.kind).to_owned())
        }
        LogKind::Training => Some(format!(
            "{} · {}",
            entry.title,
            (t.training_kind)(entry.kind)
        )),
        LogKind::Rsc => None,
    };
    html! {
        <li class={classes!("rn-entry", props.outside.then_some("rn-entry--outside"), props.editing.then_some("rn-entry--editing"))}>
            <div class="rn-entry__main">
                <span class="rn-entry__hours">{ (t.hours)(entry.hours.get()) }</span>
                <span class="rn-entry__date">{ (t.date)(entry.date) }</span>
                if let Some(detail) = detail {
                    <span class="rn-entry__detail">{ detail }</span>
                }
                if props.outside {
                    <span class="rn-entry__badge">{ t.outside_badge }</span>
                }
            </div>
            <div class="rn-entry__actions">
                <button type="button" class="en-button en-button--secondary en-button--small" id={edit_button_id(id)} onclick={on_edit}>
                    { t.edit }{ " " }<span class="en-visually-hidden">{ description.clone() }</span>
                </button>
                <button type="button" class="en-button en-button--secondary en-button--small" onclick={on_remove}>
                    { t.remove }{ " " }<span class="en-visually-hidden">{ description }</span>
                </button>
            </div>
        </li>
    }
}
