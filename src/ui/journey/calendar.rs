//! "Add these dates to my calendar": the renewal plan as an iCalendar file made in the browser.

use super::browser;
use crate::contract::calendar::{self, AllDayEvent, RenewalEvent, Timestamp};
use crate::fill;
use crate::i18n::{Locale, Msg};
use crate::rules::{Date, RenewalInput, RenewalReport};
use crate::ui::widgets::use_locale;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct CalendarFileProps {
    /// The renewal input and its report; nothing is offered without one.
    pub report: Option<Rc<(RenewalInput, RenewalReport)>>,
}

/// The summary and description of one event, in the visitor's language. Each description ends with what
/// is still to do on the day the file is made.
fn words(t: Locale, report: &RenewalReport, event: RenewalEvent) -> (String, String) {
    let category = t.category(report.category);
    let training = t.hours(report.training.need);
    let rsc = t.hours(report.rsc.hours.need);
    let with_rsc = report.rsc.required && report.rsc.hours.need > 0.0;
    let deadline = report.deadline;
    let reinstatement = report.reinstatement.map(|r| r.training);
    let (summary, description) = match event {
        RenewalEvent::WindowOpens(_) => (
            fill!(t, JourneyCalendarWindowSummary, category = category),
            if with_rsc {
                fill!(
                    t,
                    JourneyCalendarWindowDescriptionRsc,
                    category = category,
                    deadline = deadline,
                    training = &training,
                    rsc = &rsc
                )
            } else {
                fill!(
                    t,
                    JourneyCalendarWindowDescription,
                    category = category,
                    deadline = deadline,
                    training = &training
                )
            },
        ),
        RenewalEvent::Deadline(_) => (
            fill!(t, JourneyCalendarDeadlineSummary, category = category),
            if with_rsc {
                fill!(
                    t,
                    JourneyCalendarDeadlineDescriptionRsc,
                    category = category,
                    training = &training,
                    rsc = &rsc
                )
            } else {
                fill!(
                    t,
                    JourneyCalendarDeadlineDescription,
                    category = category,
                    training = &training
                )
            },
        ),
        RenewalEvent::ReinstatementHoursExpire {
            earliest_training, ..
        } => {
            let need = reinstatement.map_or(0.0, |r| r.need);
            (
                fill!(
                    t,
                    JourneyCalendarReinstatementSummary,
                    date = earliest_training
                ),
                fill!(
                    t,
                    JourneyCalendarReinstatementDescription,
                    date = earliest_training,
                    training = &t.hours(need)
                ),
            )
        }
        RenewalEvent::ReinstatementCheckIn(_) => {
            let left = t.hours(reinstatement.map_or(0.0, |r| r.remaining));
            let need = t.hours(reinstatement.map_or(0.0, |r| r.need));
            (
                fill!(t, JourneyCalendarCheckInSummary, training = &left),
                fill!(t, JourneyCalendarCheckInDescription, training = &need),
            )
        }
        RenewalEvent::MembershipExpires(_) => (
            t.text(Msg::JourneyCalendarMembershipSummary).to_owned(),
            fill!(t, JourneyCalendarMembershipDescription, category = category),
        ),
    };
    // Hours still to do: for reinstatement its training, otherwise the cycle's training and RSC.
    let (training_left, rsc_left) = match reinstatement {
        Some(r) => (r.remaining, 0.0),
        None => (
            report.training.remaining,
            if report.rsc.required {
                report.rsc.hours.remaining
            } else {
                0.0
            },
        ),
    };
    let due = match (training_left > 0.0, rsc_left > 0.0) {
        (_, true) => fill!(
            t,
            JourneyCalendarDueRsc,
            training = &t.hours(training_left),
            rsc = &t.hours(rsc_left)
        ),
        (true, false) => fill!(t, JourneyCalendarDue, training = &t.hours(training_left)),
        (false, false) => t.text(Msg::JourneyCalendarDueNone).to_owned(),
    };
    (summary, format!("{description} {due}"))
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

/// The download button and what the file holds; nothing when the plan has no date to put in a calendar.
#[function_component]
pub fn CalendarFile(props: &CalendarFileProps) -> Html {
    let t = use_locale();
    let root = use_node_ref();
    let refused = use_state(|| false);
    let Some(pair) = props.report.clone() else {
        return Html::default();
    };
    let (input, report) = (&pair.0, &pair.1);
    let events = calendar::renewal_events(report, input);
    if events.is_empty() {
        return Html::default();
    }
    let onclick = {
        let (root, refused, pair) = (root.clone(), refused.clone(), pair.clone());
        Callback::from(move |_: MouseEvent| {
            let report = &pair.1;
            let all_day: Vec<AllDayEvent> = events
                .iter()
                .map(|event| {
                    let (summary, description) = words(t, report, *event);
                    AllDayEvent {
                        uid: event.uid(report.category),
                        date: event.date(),
                        summary,
                        description,
                    }
                })
                .collect();
            let (Some(made), Some(parent)) = (now(), root.cast::<web_sys::Element>()) else {
                refused.set(true);
                return;
            };
            let text = calendar::ics(&all_day, made);
            let name = calendar::file_name(report);
            refused.set(!browser::download(
                &parent,
                &name,
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
