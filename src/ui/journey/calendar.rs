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

/// The summary and description of one event, in the visitor's language.
fn words(t: Locale, report: &RenewalReport, event: RenewalEvent) -> (String, String) {
    let category = t.category(report.category);
    let training = t.hours(report.training.need);
    let rsc = t.hours(report.rsc.hours.need);
    let with_rsc = report.rsc.required && report.rsc.hours.need > 0.0;
    let deadline = report.deadline;
    match event {
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
            let need = report.reinstatement.map_or(0.0, |r| r.training.need);
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
    }
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
    let training_dates: Vec<Date> = input.trainings.iter().map(|t| t.date).collect();
    let events = calendar::renewal_events(report, &training_dates);
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
            let name = format!("endorsement-renewal-{}.ics", report.deadline);
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
