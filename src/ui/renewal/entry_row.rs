//! One logged entry: hours, date, type and title, with "Edit" and "Remove".

use crate::fill;
use crate::forms::renewal::{LogEntry, LogKind, RenewalAction, edit_button_id};
use crate::i18n::renewal;
use crate::i18n::{Locale, Msg};
use crate::ui::widgets::span;
use yew::prelude::*;

/// How one entry stands, as the engine sees it.
#[derive(Clone, Copy)]
pub struct EntryMarks {
    /// Dated outside the current cycle, so the engine does not count it.
    pub outside: bool,
    /// Far more hours than one entry usually holds: counted, but worth checking for a typing slip.
    pub check_figure: bool,
    /// This entry is in the entry form right now.
    pub editing: bool,
}

pub struct EntryRowProps<'a> {
    pub log: LogKind,
    pub entry: &'a LogEntry,
    pub marks: EntryMarks,
    pub dispatch: &'a Callback<RenewalAction>,
}

/// One entry of a log, keyed by its id.
pub fn entry_row(t: Locale, props: &EntryRowProps) -> Html {
    let EntryRowProps {
        log,
        entry,
        marks,
        dispatch,
    } = *props;
    let EntryMarks {
        outside,
        check_figure,
        editing,
    } = marks;
    let description = super::entry_phrase(t, entry.hours.get(), entry.date);
    let id = entry.id;
    let dates = t.date_style();
    let on_edit = dispatch.reform(move |_: MouseEvent| RenewalAction::StartEdit(log, id, dates));
    let on_remove = dispatch.reform(move |_: MouseEvent| RenewalAction::Remove(log, id));
    let detail = match log {
        LogKind::Training if entry.title.is_empty() => {
            Some(t.text(renewal::training_kind(entry.kind)).to_owned())
        }
        LogKind::Training => Some(format!(
            "{} · {}",
            entry.title,
            t.text(renewal::training_kind(entry.kind))
        )),
        LogKind::Rsc => None,
    };
    html! {
        <li class={match (outside, editing) { (false, false) => "rn-entry", (true, false) => "rn-entry rn-entry--outside", (false, true) => "rn-entry rn-entry--editing", (true, true) => "rn-entry rn-entry--outside rn-entry--editing" }} key={id}>
            <div class="rn-entry__main">
                { span("rn-entry__hours", t.hours(entry.hours.get())) }
                { span("rn-entry__date", t.date(entry.date)) }
                if let Some(detail) = detail {
                    { span("rn-entry__detail", detail) }
                }
                if outside {
                    { span("rn-entry__badge", t.text(Msg::RenewalOutsideBadge)) }
                }
                if check_figure {
                    { span("rn-entry__check", fill!(t, RenewalCheckFigures, hours = &t.hours(entry.hours.get()))) }
                }
            </div>
            <div class="rn-entry__actions">
                <button type="button" class="en-button en-button--secondary en-button--small" id={edit_button_id(id)} onclick={on_edit}>
                    { t.text(Msg::RenewalEdit) }{ " " }{ span("en-visually-hidden", description.clone()) }
                </button>
                <button type="button" class="en-button en-button--secondary en-button--small" onclick={on_remove}>
                    { t.text(Msg::RenewalRemove) }{ " " }{ span("en-visually-hidden", description) }
                </button>
            </div>
        </li>
    }
}
