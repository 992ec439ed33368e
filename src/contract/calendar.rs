//! The renewal calendar: an iCalendar file (RFC 5545) the browser makes from the renewal report.
//!
//! Two halves. [`renewal_events`] picks the dates that matter from the report and its input: the window's
//! opening and the deadline, or for a lapsed endorsement the day the reinstatement hours start to run out
//! (a check-in a month on while none are logged), and the day the membership expires. [`ics`]
//! writes any list of all-day events with their reminders. The sentences come in already rendered, because
//! they belong to the message tables of the visitor's language, not to this module.

use crate::rules::{Category, Date, RenewalInput, RenewalReport};

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
    line("PRODID:-//Endorsement Navigator//Renewal plan//EN");
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
