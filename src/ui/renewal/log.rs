//! One log (training or RSC): its entries with edit and remove, the total, and the entry form.

use super::entry_form::{EntryFormProps, entry_form};
use super::entry_row::{EntryMarks, EntryRowProps, entry_row};
use crate::fill;
use crate::forms::NumberStyle;
use crate::forms::renewal::{Editor, LogEntry, LogKind, RenewalAction, log_heading_id};
use crate::i18n::{Locale, Msg};
use crate::rules::Date;
use crate::rules::EDITION_2025;
use crate::rules::renewal::{counts_in_cycle, is_large_entry};
use crate::ui::widgets::para;
use yew::prelude::*;

pub struct LogSectionProps<'a> {
    pub log: LogKind,
    pub entries: &'a [LogEntry],
    pub editor: &'a Editor,
    /// The first and last day of the cycle when there is a report, to mark entries that do not count.
    pub cycle: Option<(Date, Date)>,
    /// The hours the report counts from this log toward the deadline, when there is a report.
    pub counted: Option<f64>,
    pub today: Date,
    /// How the visitor's language writes numbers, for reading the hours typed.
    pub style: NumberStyle,
    pub dispatch: Callback<RenewalAction>,
}

pub fn log_section(t: Locale, props: &LogSectionProps) -> Html {
    let (heading, intro, empty) = match props.log {
        LogKind::Training => (
            t.text(Msg::RenewalTrainingLogHeading),
            t.text(Msg::RenewalTrainingLogIntro),
            t.text(Msg::RenewalTrainingLogEmpty),
        ),
        LogKind::Rsc => (
            t.text(Msg::RenewalRscLogHeading),
            t.text(Msg::RenewalRscLogIntro),
            t.text(Msg::RenewalRscLogEmpty),
        ),
    };
    let heading_id = log_heading_id(props.log);
    let editing_entry = props
        .editor
        .editing
        .and_then(|id| props.entries.iter().find(|e| e.id == id));
    let class = match props.log {
        LogKind::Training => "rn-log rn-log--training",
        LogKind::Rsc => "rn-log rn-log--rsc",
    };
    html! {
        <section class={class} aria-labelledby={heading_id}>
            <h3 id={heading_id} class="rn-section-heading" tabindex="-1">{ heading }</h3>
            { para("rn-log__intro", intro) }
            if props.entries.is_empty() {
                { para("rn-log__empty", empty) }
            } else {
                <ul class="rn-log__list">
                    { for props.entries.iter().map(|entry| {
                        // The engine decides which dates count and which figures to check.
                        let marks = EntryMarks {
                            outside: props.cycle.is_some_and(|(start, deadline)| {
                                !counts_in_cycle(start, deadline, entry.date)
                            }),
                            check_figure: is_large_entry(&EDITION_2025, entry.hours.get()),
                            editing: props.editor.editing == Some(entry.id),
                        };
                        entry_row(t, &EntryRowProps { log: props.log, entry, marks, dispatch: &props.dispatch })
                    }) }
                </ul>
                // The total is the report's: only hours that count toward the deadline.
                if let Some(counted) = props.counted {
                    { para("rn-log__total", fill!(t, RenewalLogTotal, hours = &t.hours(counted))) }
                }
            }
            { entry_form(t, &EntryFormProps {
                log: props.log,
                editor: props.editor,
                editing_entry,
                today: props.today,
                style: props.style,
                dispatch: props.dispatch.clone(),
            }) }
        </section>
    }
}
