//! "Add to my calendar": a tool's dates as an iCalendar file made in the browser. One component for both
//! tools that have dates: the renewal plan and the checker's pace planner. Each passes its file already
//! worded (`contract::calendar`), so the component only writes and offers it.

use super::browser;
use crate::contract::calendar::{self, Calendar, Timestamp};
use crate::i18n::Msg;
use crate::rules::Date;
use crate::ui::widgets::use_locale;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct CalendarFileProps {
    /// The file to offer; nothing is offered without one.
    pub calendar: Option<Rc<Calendar>>,
}

/// Now, in UTC, for the file's `DTSTAMP`.
fn now() -> Option<Timestamp> {
    let now = js_sys::Date::new_0();
    let date = Date::from_ymd(
        now.get_utc_full_year() as i32,
        now.get_utc_month() + 1,
        now.get_utc_date(),
    )?;
    Timestamp::new(
        date,
        now.get_utc_hours(),
        now.get_utc_minutes(),
        now.get_utc_seconds(),
    )
}

/// The download button, its hint, and a message when the browser refuses the download.
#[function_component]
pub fn CalendarFile(props: &CalendarFileProps) -> Html {
    let t = use_locale();
    let root = use_node_ref();
    let refused = use_state(|| false);
    let Some(file) = props.calendar.clone() else {
        return Html::default();
    };
    let onclick = {
        let (root, refused) = (root.clone(), refused.clone());
        Callback::from(move |_: MouseEvent| {
            let (Some(made), Some(parent)) = (now(), root.cast::<web_sys::Element>()) else {
                refused.set(true);
                return;
            };
            let text = calendar::ics(&file.events, made);
            refused.set(!browser::download(
                &parent,
                &file.file_name,
                "text/calendar;charset=utf-8",
                &text,
            ));
        })
    };
    html! {
        <div class="en-calendar" ref={root}>
            <button type="button" class="en-button en-button--secondary" {onclick}>{ t.text(Msg::JourneyCalendarButton) }</button>
            <p class="en-hint">{ t.text(Msg::JourneyCalendarHint) }</p>
            if *refused {
                <p class="en-error" role="alert">{ t.text(Msg::JourneyCalendarNotSaved) }</p>
            }
        </div>
    }
}
