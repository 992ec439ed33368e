//! The tool's right column: the report, and what to do with it (print, a calendar file, a share link, a
//! file of the entries).

use super::computed::Computed;
use super::report::ReportView;
use crate::config::Tool;
use crate::contract::export::Entries;
use crate::rules::Date;
use crate::ui::journey::calendar::CalendarFile;
use crate::ui::journey::share::ShareLink;
use crate::ui::journey::transfer::EntriesFile;
use crate::ui::widgets::PrintButton;
use yew::prelude::*;

pub struct ResultsProps<'a> {
    pub computed: &'a Computed,
    /// The report waits only for the answer to "Did you renew by …?".
    pub awaiting_lapsed: bool,
    /// The association asks something of RSC providers and the person has not said whether they are one.
    pub provides_rsc_unanswered: bool,
    pub today: Date,
    /// A file of entries loaded here: it replaces the log, after asking.
    pub on_file: &'a Callback<Entries>,
}

pub fn results(props: &ResultsProps) -> Html {
    let computed = props.computed;
    html! {
        <div class="renewal-tool__results">
            <ReportView report={computed.report.clone()} awaiting_lapsed={props.awaiting_lapsed}
                provides_rsc_unanswered={props.provides_rsc_unanswered} />
            if computed.report.is_some() {
                <PrintButton />
            }
            <CalendarFile calendar={computed.calendar.clone()} />
            <ShareLink tool={Tool::Renewal} entries={computed.entries.clone()} />
            <EntriesFile tool={Tool::Renewal} today={props.today} on_load={props.on_file.clone()} entries={computed.entries.clone()} />
        </div>
    }
}
