//! The calendar files: iCalendar (RFC 5545) files the browser makes from a tool's answer.
//!
//! Two halves. The first picks the dates that matter and words them in the visitor's language:
//! [`renewal_calendar`] from the renewal report and its input (the window's opening and the deadline, or for
//! a lapsed endorsement the day the reinstatement hours start to run out, or a check-in a month on while
//! none are logged, and the day the membership expires), [`checker_calendar`] from a check with a pace (the
//! day the person could apply, and the day each time-based requirement met earlier is reached). [`ics`]
//! writes any list of all-day events with their reminders.

use crate::fill;
use crate::i18n::{Locale, Msg};
use crate::rules::{Category, CheckReport, Date, RenewalInput, RenewalReport};

/// A calendar file ready to offer: its name and its events, already worded.
#[derive(Debug, PartialEq)]
pub struct Calendar {
    pub file_name: String,
    pub events: Vec<AllDayEvent>,
}

/// A date the renewal plan puts in the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RenewalEvent {
    /// The renewal window opens (October 1 of the renewal year).
    WindowOpens(Date),
    /// The renewal deadline (December 31 of the renewal year).
    Deadline(Date),
    /// Lapsed: the last day on which the earliest training counted toward reinstatement still lies inside
    /// the past twelve months. Applying by then counts every hour counted today; after it, some drop out.
    ReinstatementHoursExpire {
        /// The last day all of today's reinstatement hours still count.
        last_day: Date,
        /// The date of the earliest training that counts today.
        earliest_training: Date,
    },
    /// Lapsed, with no training counted yet: a reminder a month from today to come back to the plan, so
    /// that the file holds the way back even before anything is logged.
    ReinstatementCheckIn(Date),
    /// The association membership expires (renewing and reinstating both need an active membership).
    MembershipExpires(Date),
}

impl RenewalEvent {
    pub fn date(self) -> Date {
        match self {
            RenewalEvent::WindowOpens(date)
            | RenewalEvent::Deadline(date)
            | RenewalEvent::ReinstatementCheckIn(date)
            | RenewalEvent::MembershipExpires(date) => date,
            RenewalEvent::ReinstatementHoursExpire { last_day, .. } => last_day,
        }
    }

    /// A UID that stays the same for the same date and category, so that a calendar importing the file
    /// again updates the event instead of adding a second one.
    pub fn uid(self, category: Category) -> String {
        let kind = match self {
            RenewalEvent::WindowOpens(_) => "renewal-window-opens",
            RenewalEvent::Deadline(_) => "renewal-deadline",
            RenewalEvent::ReinstatementHoursExpire { .. } => "reinstatement-hours",
            RenewalEvent::ReinstatementCheckIn(_) => "reinstatement-check-in",
            RenewalEvent::MembershipExpires(_) => "membership-expires",
        };
        format!(
            "{kind}-{}-{}@endorsement-navigator",
            self.date(),
            category.id()
        )
    }
}

/// The dates of `report` (worked out from `input`) that belong in a calendar, in date order.
///
/// Without a lapse: the window's opening, unless it is already past, and the deadline. With a lapse the
/// renewal dates do not apply; what does is the twelve months that reinstatement hours are counted over, so
/// the event is the day the earliest counted training leaves them, or, with no training counted yet, a
/// check-in a month from today. Either way, the day the membership expires when it is still ahead.
pub fn renewal_events(report: &RenewalReport, input: &RenewalInput) -> Vec<RenewalEvent> {
    let mut events = Vec::new();
    match &report.reinstatement {
        None => {
            if report.window_opens > report.today {
                events.push(RenewalEvent::WindowOpens(report.window_opens));
            }
            events.push(RenewalEvent::Deadline(report.deadline));
        }
        Some(reinstatement) => events.push(
            input
                .trainings
                .iter()
                .map(|t| t.date)
                .filter(|d| reinstatement.period_starts <= *d && *d <= report.today)
                .min()
                .map_or(
                    RenewalEvent::ReinstatementCheckIn(report.today.add_months(1)),
                    |earliest| RenewalEvent::ReinstatementHoursExpire {
                        last_day: a_year_later(earliest),
                        earliest_training: earliest,
                    },
                ),
        ),
    }
    if let Some(expires) = input.membership_expires.filter(|d| *d >= report.today) {
        events.push(RenewalEvent::MembershipExpires(expires));
    }
    events.sort_by_key(|e| e.date());
    events
}

/// The name offered for the file, after what it holds: the renewal for its deadline
/// (`endorsement-renewal-2027-12-31.ics`), or the way back after a lapse for the day it was made
/// (`endorsement-reinstatement-2026-12-02.ics`).
pub fn file_name(report: &RenewalReport) -> String {
    match report.reinstatement {
        None => format!("endorsement-renewal-{}.ics", report.deadline),
        Some(_) => format!("endorsement-reinstatement-{}.ics", report.today),
    }
}

/// The same day twelve calendar months later (February 29 becomes February 28): the reinstatement period
/// is counted back from today by the same step, so a training dated `d` still counts on exactly this day
/// and not after.
fn a_year_later(date: Date) -> Date {
    date.add_months(12)
}

/// The renewal plan's file in the visitor's language; `None` when the plan has no date to put in a
/// calendar.
pub fn renewal_calendar(
    t: Locale,
    report: &RenewalReport,
    input: &RenewalInput,
) -> Option<Calendar> {
    let events: Vec<AllDayEvent> = renewal_events(report, input)
        .into_iter()
        .map(|event| {
            let (summary, description) = renewal_words(t, report, event);
            AllDayEvent {
                uid: event.uid(report.category),
                date: event.date(),
                summary,
                description,
            }
        })
        .collect();
    (!events.is_empty()).then(|| Calendar {
        file_name: file_name(report),
        events,
    })
}

/// The summary and description of one renewal event. Each description ends with what is still to do on
/// the day the file is made.
fn renewal_words(t: Locale, report: &RenewalReport, event: RenewalEvent) -> (String, String) {
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

/// The pace planner's file for `report` (a check with a pace), in the visitor's language: an event on the
/// day the person could apply, and one on the day each time-based requirement met before then is reached.
/// `None` when there is no such day: no pace, nothing time-based missing (`ready_by` is today), or a
/// requirement never met at this pace.
///
/// `plan` is the planner's sentences for `report` ([`Locale::pace_lines`]): each description is what was
/// already met when the file was made, then the plan (which ends with what no pace moves), so the reminder
/// stands on its own. The UIDs follow [`RenewalEvent::uid`]: the same day and category give the same
/// event, so importing the same plan again updates it.
pub fn checker_calendar(t: Locale, report: &CheckReport, plan: &[String]) -> Option<Calendar> {
    let ready_by = report.ready_by.flatten()?;
    let category = t.category(report.category);
    let uid = |kind: &str, date: Date| {
        format!(
            "{kind}-{date}-{}@endorsement-navigator",
            report.category.id()
        )
    };
    let met: Vec<&str> = report
        .requirements
        .0
        .iter()
        .filter(|r| r.met)
        .map(|r| t.requirement(r.id))
        .collect();
    // Every event carries the whole plan, so each reminder stands on its own.
    let mut description = String::new();
    if !met.is_empty() {
        description = fill!(t, JourneyCalendarAlreadyMet, list = met.join(", ").as_str());
        description.push(' ');
    }
    description.push_str(&plan.join(" "));
    description.push(' ');
    description.push_str(t.text(Msg::JourneyCalendarBeforeApplying));

    // The day to apply first; the order of events does not matter to a calendar.
    let mut events = vec![AllDayEvent {
        uid: uid("ready-to-apply", ready_by),
        date: ready_by,
        summary: fill!(t, JourneyCalendarReadySummary, category = category),
        description: description.clone(),
    }];
    for r in &report.requirements.0 {
        let Some(Some(date)) = r.met_by else { continue };
        if date != ready_by {
            events.push(AllDayEvent {
                uid: uid(&format!("{}-met", r.id.id()), date),
                date,
                summary: fill!(
                    t,
                    JourneyCalendarMetSummary,
                    requirement = t.requirement(r.id),
                    category = category
                ),
                description: description.clone(),
            });
        }
    }
    // Nothing time-based was missing: `ready_by` is today, with nothing to be reminded of.
    let planned = report
        .requirements
        .0
        .iter()
        .any(|r| matches!(r.met_by, Some(Some(_))));
    planned.then(|| Calendar {
        file_name: format!("endorsement-ready-{ready_by}.ics"),
        events,
    })
}

/// A moment in UTC, for `DTSTAMP` (when the file was made).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timestamp {
    date: Date,
    hour: u32,
    minute: u32,
    second: u32,
}

impl Timestamp {
    /// `None` for a time of day that does not exist. A leap second (60) is read as 59.
    pub fn new(date: Date, hour: u32, minute: u32, second: u32) -> Option<Timestamp> {
        (hour < 24 && minute < 60 && second <= 60).then_some(Timestamp {
            date,
            hour,
            minute,
            second: second.min(59),
        })
    }

    fn ical(self) -> String {
        format!(
            "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
            self.date.year(),
            self.date.month(),
            self.date.day(),
            self.hour,
            self.minute,
            self.second
        )
    }
}

/// One all-day event of the file.
#[derive(Clone, Debug, PartialEq)]
pub struct AllDayEvent {
    pub uid: String,
    pub date: Date,
    /// The event's title; the reminders show it too.
    pub summary: String,
    pub description: String,
}

/// Days before the event that each reminder comes: a month (30 days, which from October 1 and from
/// December 31 is exactly one calendar month: September 1 and December 1) and a week.
const REMINDER_DAYS: [u32; 2] = [30, 7];

/// The iCalendar text of `events`: CRLF line ends, lines folded at 75 octets, text escaped. Each event is a
/// whole day in the person's own time zone (`VALUE=DATE`, so no time zone is written), free rather than busy,
/// with a reminder a month and a week before.
pub fn ics(events: &[AllDayEvent], made: Timestamp) -> String {
    let mut out = String::new();
    let mut line = |text: &str| push_folded(&mut out, text);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Endorsement Navigator//Calendar//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    for event in events {
        line("BEGIN:VEVENT");
        line(&format!("UID:{}", escape_text(&event.uid)));
        line(&format!("DTSTAMP:{}", made.ical()));
        line(&format!("DTSTART;VALUE=DATE:{}", ical_date(event.date)));
        // DTEND is exclusive: the day after makes it one whole day.
        line(&format!(
            "DTEND;VALUE=DATE:{}",
            ical_date(event.date.add_days(1))
        ));
        line(&format!("SUMMARY:{}", escape_text(&event.summary)));
        line(&format!("DESCRIPTION:{}", escape_text(&event.description)));
        line("TRANSP:TRANSPARENT");
        for days in REMINDER_DAYS {
            line("BEGIN:VALARM");
            line("ACTION:DISPLAY");
            // The start of an all-day event is midnight; 15 hours short of whole days puts the reminder at
            // 09:00 local time on the day, rather than in the night.
            line(&format!("TRIGGER:-P{}DT15H", days - 1));
            line(&format!("DESCRIPTION:{}", escape_text(&event.summary)));
            line("END:VALARM");
        }
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

fn ical_date(date: Date) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// RFC 5545 §3.3.11 TEXT: backslash, semicolon and comma escaped, line breaks as `\n`. Other control
/// characters are not allowed in TEXT and are left out.
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded (RFC 5545 §3.1): no line longer than 75 octets before its CRLF, each
/// continuation starting with a space, never splitting a UTF-8 character.
fn push_folded(out: &mut String, line: &str) {
    const LIMIT: usize = 75;
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > LIMIT {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RenewalInput;
    use crate::rules::model::{Hours, LoggedTraining, TrainingKind};

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn input(endorsed_on: &str, today: &str, lapsed: bool, trainings: &[&str]) -> RenewalInput {
        RenewalInput {
            category: Category::FamilySpecialist,
            endorsed_on: date(endorsed_on),
            today: Some(date(today)),
            trainings: trainings
                .iter()
                .map(|d| LoggedTraining {
                    hours: Hours::new(5.0).unwrap(),
                    date: date(d),
                    kind: TrainingKind::General,
                })
                .collect(),
            rsc: Vec::new(),
            membership_expires: None,
            lapsed,
            provides_rsc: false,
            association: Default::default(),
        }
    }

    fn events(input: &RenewalInput) -> (RenewalReport, Vec<RenewalEvent>) {
        let report = crate::rules::renewal(input).unwrap();
        let events = renewal_events(&report, input);
        (report, events)
    }

    fn stamp() -> Timestamp {
        Timestamp::new(date("2026-12-01"), 8, 5, 9).unwrap()
    }

    #[test]
    fn the_window_and_the_deadline_before_the_window_opens() {
        let (report, events) = events(&input("2025-03-01", "2026-12-01", false, &[]));
        assert_eq!(
            events,
            [
                RenewalEvent::WindowOpens(date("2027-10-01")),
                RenewalEvent::Deadline(date("2027-12-31"))
            ]
        );
        assert_eq!(file_name(&report), "endorsement-renewal-2027-12-31.ics");
    }

    #[test]
    fn only_the_deadline_once_the_window_is_open() {
        let (_, events) = events(&input("2025-03-01", "2027-11-15", false, &[]));
        assert_eq!(events, [RenewalEvent::Deadline(date("2027-12-31"))]);
    }

    #[test]
    fn the_membership_expiry_in_date_order_while_it_is_ahead() {
        let mut log = input("2025-03-01", "2026-12-01", false, &[]);
        log.membership_expires = Date::parse("2027-06-30");
        assert_eq!(
            events(&log).1,
            [
                RenewalEvent::MembershipExpires(date("2027-06-30")),
                RenewalEvent::WindowOpens(date("2027-10-01")),
                RenewalEvent::Deadline(date("2027-12-31"))
            ]
        );
        // Already expired: nothing to be reminded of (the plan says so on screen).
        log.membership_expires = Date::parse("2026-11-30");
        assert_eq!(events(&log).1.len(), 2);
        let membership = RenewalEvent::MembershipExpires(date("2027-06-30"));
        assert_eq!(
            membership.uid(Category::FamilySpecialist),
            "membership-expires-2027-06-30-family_specialist@endorsement-navigator"
        );
    }

    #[test]
    fn lapsed_the_day_the_earliest_counted_training_drops_out() {
        let trainings = ["2025-06-01", "2026-03-10", "2026-08-01"];
        let (report, lapsed) = events(&input("2020-03-01", "2026-12-01", true, &trainings));
        // 2025-06-01 is more than twelve months before today and counts no more.
        assert_eq!(
            lapsed,
            [RenewalEvent::ReinstatementHoursExpire {
                last_day: date("2027-03-10"),
                earliest_training: date("2026-03-10")
            }]
        );
        // Named for what it holds, not for a renewal deadline that does not apply.
        assert_eq!(
            file_name(&report),
            "endorsement-reinstatement-2026-12-01.ics"
        );
    }

    #[test]
    fn lapsed_with_no_training_counted_a_check_in_a_month_on() {
        for trainings in [&[][..], &["2025-06-01"][..]] {
            let mut log = input("2020-03-01", "2026-12-01", true, trainings);
            log.membership_expires = Date::parse("2026-12-20");
            assert_eq!(
                events(&log).1,
                [
                    RenewalEvent::MembershipExpires(date("2026-12-20")),
                    RenewalEvent::ReinstatementCheckIn(date("2027-01-01")),
                ],
                "{trainings:?}"
            );
        }
    }

    #[test]
    fn a_year_after_february_29_is_february_28() {
        assert_eq!(a_year_later(date("2024-02-29")), date("2025-02-28"));
        assert_eq!(a_year_later(date("2026-12-31")), date("2027-12-31"));
    }

    #[test]
    fn uids_are_stable_and_distinct() {
        let deadline = RenewalEvent::Deadline(date("2027-12-31"));
        let opens = RenewalEvent::WindowOpens(date("2027-10-01"));
        let category = Category::FamilySpecialist;
        assert_eq!(
            deadline.uid(category),
            "renewal-deadline-2027-12-31-family_specialist@endorsement-navigator"
        );
        assert_eq!(deadline.uid(category), deadline.uid(category));
        assert_ne!(deadline.uid(category), opens.uid(category));
        assert_ne!(
            deadline.uid(category),
            deadline.uid(Category::FamilyAssociate)
        );
    }

    fn planned_profile(pace: Option<(f64, f64)>) -> crate::rules::Profile {
        let mut profile: crate::rules::Profile = crate::contract::parse(serde_json::json!({
            "category": "family_specialist", "today": "2026-11-30",
            "work": [{ "scope": "prevention", "start": "2025-06-01", "families_served": 12 }],
            "trainings": [{ "hours": 20 }], "rsc": [{ "hours": 10, "qualified_provider": true }],
            "references": 3
        }))
        .unwrap();
        profile.pace = pace.map(|(training, rsc)| crate::rules::model::Pace {
            training_hours_per_month: Hours::new(training).unwrap(),
            rsc_hours_per_month: Hours::new(rsc).unwrap(),
            ..Default::default()
        });
        profile
    }

    /// The file as the planner offers it: with the planner's sentences for the same report.
    fn checker_file(
        lang: crate::config::Lang,
        profile: &crate::rules::Profile,
    ) -> Option<Calendar> {
        let t = Locale::new(lang);
        let report = crate::rules::check(profile).unwrap();
        let plan = profile
            .pace
            .map(|pace| t.pace_lines(&report, &pace))
            .unwrap_or_default();
        checker_calendar(t, &report, &plan)
    }

    #[test]
    fn the_checker_file_holds_the_day_to_apply_and_each_requirement_met_before_it() {
        let file =
            checker_file(crate::config::Lang::En, &planned_profile(Some((5.0, 2.0)))).unwrap();
        assert_eq!(file.file_name, "endorsement-ready-2027-06-30.ics");
        let dates: Vec<Date> = file.events.iter().map(|e| e.date).collect();
        // The day to apply first, then the requirements in working order. RSC is the last to be met: its
        // day is the day to apply, so it has no event of its own.
        assert_eq!(
            dates,
            [date("2027-06-30"), date("2027-05-31"), date("2027-02-28")]
        );
        let uids: Vec<&str> = file.events.iter().map(|e| e.uid.as_str()).collect();
        assert_eq!(
            uids,
            [
                "ready-to-apply-2027-06-30-family_specialist@endorsement-navigator",
                "work_years-met-2027-05-31-family_specialist@endorsement-navigator",
                "training_hours-met-2027-02-28-family_specialist@endorsement-navigator",
            ]
        );
        let [ready, work, training] = &file.events[..] else {
            panic!("three events: {file:?}");
        };
        assert_eq!(
            training.summary,
            "Requirement met: Training hours (Family Specialist)"
        );
        assert_eq!(
            work.summary,
            "Requirement met: Work experience (Family Specialist)"
        );
        assert_eq!(
            ready.summary,
            "You could apply for Family Specialist from today"
        );
        let description = "Already met when you made this file: Families served, References. \
             Work experience: the jobs you still hold would get you there on 31 May 2027. \
             Training hours: at 5 training hours a month you would have them by February 2027. \
             RSC received: at 2 RSC hours a month you would have them by June 2027. \
             You could apply from June 2027 (last to be met: RSC received). \
             Also needed, whatever the pace: Core competencies. \
             Before you apply, check that your entries are up to date.";
        for event in [ready, work, training] {
            assert_eq!(event.description, description);
        }
        // The same plan gives the same file, so a calendar importing it again updates the events.
        assert_eq!(
            checker_file(crate::config::Lang::En, &planned_profile(Some((5.0, 2.0)))),
            Some(file)
        );
    }

    #[test]
    fn the_checker_file_in_spanish() {
        let file =
            checker_file(crate::config::Lang::Es, &planned_profile(Some((1.5, 1.0)))).unwrap();
        // 14 RSC hours at 1 a month: 14 months from 30 November 2026.
        assert_eq!(file.file_name, "endorsement-ready-2028-01-30.ics");
        let ready = &file.events[0];
        assert_eq!(ready.date, date("2028-01-30"));
        assert_eq!(
            ready.summary,
            "Desde hoy podría solicitar el aval de Especialista Familiar"
        );
        assert_eq!(
            file.events[1].summary,
            "Requisito cumplido: Experiencia laboral (Especialista Familiar)"
        );
        assert!(
            ready.description.starts_with(
                "Requisitos ya cumplidos cuando creó este archivo: Familias atendidas, Referencias. \
                 Experiencia laboral: con los empleos que tiene hoy lo alcanzaría el 31 de mayo de 2027."
            ),
            "{}",
            ready.description
        );
        assert!(
            ready.description.ends_with(
                "Podría presentar la solicitud a partir de enero de 2028 (lo último que se cumpliría: \
                 RSC recibida). También se necesita, sea cual sea el ritmo: Competencias centrales. \
                 Antes de presentar la solicitud, compruebe que sus entradas estén al día."
            ),
            "{}",
            ready.description
        );
    }

    #[test]
    fn no_checker_file_without_a_day_to_apply() {
        let en = crate::config::Lang::En;
        // No pace entered.
        assert_eq!(checker_file(en, &planned_profile(None)), None);
        // No RSC a month: RSC is never met, so there is no day to apply.
        assert_eq!(checker_file(en, &planned_profile(Some((5.0, 0.0)))), None);
        // Nothing time-based missing (`ready_by` is today): only references and competencies are.
        let mut done = planned_profile(Some((5.0, 2.0)));
        done.references = crate::rules::model::Count(0);
        done.trainings[0].hours = Hours::new(40.0).unwrap();
        done.rsc[0].hours = Hours::new(24.0).unwrap();
        done.work[0].start = date("2022-01-01");
        let report = crate::rules::check(&done).unwrap();
        assert!(
            report.requirements.0.iter().all(|r| r.met_by.is_none()),
            "{report:?}"
        );
        assert_eq!(report.ready_by, Some(Some(date("2026-11-30"))));
        assert_eq!(checker_file(en, &done), None);
    }

    #[test]
    fn the_renewal_file_worded_in_each_language() {
        let log = input("2025-03-01", "2026-12-01", false, &["2026-06-01"]);
        let report = crate::rules::renewal(&log).unwrap();
        let en = renewal_calendar(Locale::new(crate::config::Lang::En), &report, &log).unwrap();
        assert_eq!(en.file_name, "endorsement-renewal-2027-12-31.ics");
        let uids: Vec<&str> = en.events.iter().map(|e| e.uid.as_str()).collect();
        assert_eq!(
            uids,
            [
                "renewal-window-opens-2027-10-01-family_specialist@endorsement-navigator",
                "renewal-deadline-2027-12-31-family_specialist@endorsement-navigator",
            ]
        );
        assert_eq!(en.events[1].summary, "Renewal deadline: Family Specialist");
        assert!(
            en.events[1].description.ends_with(
                "Still to do when you made this file: 25 hours of training and 24 hours of RSC."
            ),
            "{}",
            en.events[1].description
        );
        let es = renewal_calendar(Locale::new(crate::config::Lang::Es), &report, &log).unwrap();
        assert_eq!(es.events[1].uid, en.events[1].uid);
        assert_eq!(
            es.events[1].summary,
            "Fecha límite de renovación: Especialista Familiar"
        );
    }

    fn event(summary: &str, description: &str) -> AllDayEvent {
        AllDayEvent {
            uid: "renewal-deadline-2027-12-31-family_specialist@endorsement-navigator".into(),
            date: date("2027-12-31"),
            summary: summary.into(),
            description: description.into(),
        }
    }

    #[test]
    fn writes_an_all_day_event_with_two_reminders() {
        let text = ics(&[event("Renewal deadline", "Log 30 h")], stamp());
        let lines: Vec<&str> = text.split("\r\n").collect();
        assert_eq!(lines.first(), Some(&"BEGIN:VCALENDAR"));
        assert_eq!(lines[lines.len() - 2], "END:VCALENDAR");
        assert_eq!(lines.last(), Some(&""), "the file ends with CRLF");
        for expected in [
            "DTSTAMP:20261201T080509Z",
            "DTSTART;VALUE=DATE:20271231",
            "DTEND;VALUE=DATE:20280101",
            "SUMMARY:Renewal deadline",
            "TRIGGER:-P29DT15H",
            "TRIGGER:-P6DT15H",
        ] {
            assert!(lines.contains(&expected), "{expected} in\n{text}");
        }
        assert_eq!(lines.iter().filter(|l| **l == "BEGIN:VALARM").count(), 2);
        assert!(!text.replace("\r\n", "").contains('\n'), "no bare LF");
    }

    #[test]
    fn escapes_text() {
        assert_eq!(
            escape_text("a, b; c\\d\ne\r\nf\u{7}g"),
            "a\\, b\\; c\\\\d\\ne\\nfg"
        );
    }

    #[test]
    fn folds_long_lines_at_75_octets_without_splitting_characters() {
        let long = "Fecha límite de renovación: registre 30 h de formación y 24 h de supervisión reflexiva (año 2027), según la asociación.";
        let text = ics(&[event(long, long)], stamp());
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        // Unfolding (removing CRLF + space) gives back the escaped text whole.
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("SUMMARY:{}", escape_text(long))));
    }

    #[test]
    fn a_timestamp_needs_a_real_time_of_day() {
        assert!(Timestamp::new(date("2026-12-01"), 24, 0, 0).is_none());
        assert!(Timestamp::new(date("2026-12-01"), 23, 60, 0).is_none());
        let leap = Timestamp::new(date("2016-12-31"), 23, 59, 60).unwrap();
        assert_eq!(leap.ical(), "20161231T235959Z");
    }
}
