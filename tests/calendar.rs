//! The calendar files read back by a real iCalendar parser: ical.js (an npm devDependency, installed by
//! `make setup`), through tests/e2e/lib/ics.mjs. Our own unit tests check what the writer means to write;
//! these check what a calendar program reads.

use endorsement_navigator::contract::calendar::{self, AllDayEvent, RenewalEvent, Timestamp};
use endorsement_navigator::rules::model::{Hours, LoggedTraining, TrainingKind};
use endorsement_navigator::rules::{self, Category, Date, RenewalInput};
use serde_json::Value;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

fn date(text: &str) -> Date {
    Date::parse(text).expect("a test date")
}

/// What ical.js reads in `ics`.
fn parse_with_ical_js(ics: &str) -> Value {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert!(
        root.join("node_modules/ical.js").exists(),
        "node_modules/ical.js is missing: run `make setup` (npm ci)"
    );
    let mut child = Command::new("node")
        .arg(root.join("tests/e2e/lib/ics.mjs"))
        .current_dir(root)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("node runs (make setup installs it)");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(ics.as_bytes())
        .expect("node reads the calendar");
    let output = child.wait_with_output().expect("node finishes");
    assert!(
        output.status.success(),
        "ical.js could not read the file: {}\n{ics}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("ics.mjs prints JSON")
}

fn renewal(input: RenewalInput) -> rules::RenewalReport {
    rules::renewal(&input).expect("a valid renewal input")
}

fn input(endorsed_on: &str, today: &str) -> RenewalInput {
    RenewalInput {
        category: Category::FamilySpecialist,
        endorsed_on: date(endorsed_on),
        today: Some(date(today)),
        trainings: Vec::new(),
        rsc: Vec::new(),
        membership_expires: None,
        lapsed: false,
        provides_rsc: false,
        association: Default::default(),
    }
}

/// Sentences as the message tables would render them; commas, semicolons, a line break and accents test
/// the escaping and the folding.
fn words(event: RenewalEvent) -> (String, String) {
    match event {
        RenewalEvent::WindowOpens(d) => (
            format!("Renewal window opens ({d})"),
            "Renew online between October 1 and December 31; log your hours first.".into(),
        ),
        RenewalEvent::Deadline(d) => (
            format!("Fecha límite de renovación, {d}"),
            "Necesita 30 h de formación y 24 h de supervisión reflexiva, con la membresía activa.\nRenueve a tiempo.".into(),
        ),
        RenewalEvent::ReinstatementHoursExpire {
            earliest_training, ..
        } => (
            "Apply for reinstatement".into(),
            format!("After this day your training from {earliest_training} no longer counts."),
        ),
        RenewalEvent::ReinstatementCheckIn(_) => (
            "Reinstatement: 15 hours still to do".into(),
            "Log your trainings, then see the plan again.".into(),
        ),
        RenewalEvent::MembershipExpires(d) => (
            format!("Membership expires {d}"),
            "Renew it; renewal needs an active membership.".into(),
        ),
    }
}

fn calendar_for(input: &RenewalInput) -> (rules::RenewalReport, String, Vec<RenewalEvent>) {
    let report = renewal(input.clone());
    let events = calendar::renewal_events(&report, input);
    let all_day: Vec<AllDayEvent> = events
        .iter()
        .map(|e| {
            let (summary, description) = words(*e);
            AllDayEvent {
                uid: e.uid(report.category),
                date: e.date(),
                summary,
                description,
            }
        })
        .collect();
    let made = Timestamp::new(date("2026-12-01"), 8, 30, 0).expect("a time of day");
    (report, calendar::ics(&all_day, made), events)
}

#[test]
fn the_window_and_the_deadline_read_as_all_day_events_with_reminders() {
    let (_, ics, _) = calendar_for(&input("2025-03-01", "2026-12-01"));
    let read = parse_with_ical_js(&ics);
    assert_eq!(read["version"], "2.0");
    let events = read["events"].as_array().expect("events");
    assert_eq!(events.len(), 2);

    let window = &events[0];
    assert_eq!(window["start"], "2027-10-01");
    assert_eq!(window["end"], "2027-10-02");
    assert_eq!(window["allDay"], true);
    assert_eq!(window["transparent"], true);
    assert_eq!(window["stamp"], "2026-12-01T08:30:00Z");
    assert_eq!(
        window["description"],
        "Renew online between October 1 and December 31; log your hours first."
    );
    let at: Vec<&Value> = window["alarms"]
        .as_array()
        .expect("alarms")
        .iter()
        .map(|a| &a["at"])
        .collect();
    assert_eq!(at, ["2027-09-01T09:00:00", "2027-09-24T09:00:00"]);

    let deadline = &events[1];
    assert_eq!(deadline["start"], "2027-12-31");
    assert_eq!(
        deadline["summary"],
        "Fecha límite de renovación, 2027-12-31"
    );
    assert_eq!(
        deadline["description"],
        "Necesita 30 h de formación y 24 h de supervisión reflexiva, con la membresía activa.\nRenueve a tiempo."
    );
    assert_eq!(
        deadline["uid"],
        "renewal-deadline-2027-12-31-family_specialist@endorsement-navigator"
    );
    let alarms = deadline["alarms"].as_array().expect("alarms");
    assert_eq!(alarms[0]["at"], "2027-12-01T09:00:00");
    assert_eq!(alarms[1]["at"], "2027-12-24T09:00:00");
    assert!(alarms.iter().all(|a| a["action"] == "DISPLAY"));
    assert_eq!(alarms[0]["description"], deadline["summary"]);
}

#[test]
fn a_lapsed_endorsement_gets_the_reinstatement_date_instead() {
    let mut lapsed = input("2019-05-01", "2026-12-01");
    lapsed.lapsed = true;
    lapsed.trainings = ["2026-02-15", "2026-09-01"]
        .into_iter()
        .map(|d| LoggedTraining {
            hours: Hours::new(6.0).expect("hours"),
            date: date(d),
            kind: TrainingKind::General,
        })
        .collect();
    let (report, ics, events) = calendar_for(&lapsed);
    assert_eq!(
        calendar::file_name(&report),
        "endorsement-reinstatement-2026-12-01.ics"
    );
    assert!(matches!(
        events.as_slice(),
        [RenewalEvent::ReinstatementHoursExpire { .. }]
    ));
    let read = parse_with_ical_js(&ics);
    let events = read["events"].as_array().expect("events");
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["start"], "2027-02-15");
    assert_eq!(events[0]["summary"], "Apply for reinstatement");
    assert_eq!(events[0]["alarms"][0]["at"], "2027-01-16T09:00:00");
    assert_eq!(events[0]["alarms"][1]["at"], "2027-02-08T09:00:00");
}

#[test]
fn a_lapsed_endorsement_with_no_training_yet_still_gets_a_file_with_the_membership_expiry() {
    let mut lapsed = input("2019-05-01", "2026-12-01");
    lapsed.lapsed = true;
    lapsed.membership_expires = Some(date("2027-03-31"));
    let (_, ics, _) = calendar_for(&lapsed);
    let read = parse_with_ical_js(&ics);
    let events = read["events"].as_array().expect("events");
    let starts: Vec<&Value> = events.iter().map(|e| &e["start"]).collect();
    assert_eq!(starts, ["2027-01-01", "2027-03-31"]);
    assert_eq!(events[0]["summary"], "Reinstatement: 15 hours still to do");
    assert_eq!(
        events[1]["uid"],
        "membership-expires-2027-03-31-family_specialist@endorsement-navigator"
    );
    assert!(events.iter().all(|e| e["allDay"] == true));
}

/// The checker's file, worded by the Spanish table (accents, commas and long lines), as ical.js reads it.
#[test]
fn the_checkers_file_reads_as_all_day_events_on_the_planned_days() {
    use endorsement_navigator::config::Lang;
    use endorsement_navigator::i18n::Locale;
    let mut profile: rules::Profile = endorsement_navigator::contract::parse(serde_json::json!({
        "category": "family_specialist", "today": "2026-11-30",
        "work": [{ "scope": "prevention", "start": "2025-06-01", "families_served": 12 }],
        "trainings": [{ "hours": 20 }], "rsc": [{ "hours": 10, "qualified_provider": true }],
        "references": 3
    }))
    .expect("a profile");
    let pace = rules::model::Pace {
        training_hours_per_month: Hours::new(5.0).expect("hours"),
        rsc_hours_per_month: Hours::new(2.0).expect("hours"),
        ..Default::default()
    };
    profile.pace = Some(pace);
    let report = rules::check(&profile).expect("a valid profile");
    let t = Locale::new(Lang::Es);
    let file = calendar::checker_calendar(t, &report, &t.pace_lines(&report, &pace))
        .expect("a day to apply");
    let made = Timestamp::new(date("2026-11-30"), 9, 0, 0).expect("a time of day");
    let read = parse_with_ical_js(&calendar::ics(&file.events, made));
    let events = read["events"].as_array().expect("events");
    let starts: Vec<&Value> = events.iter().map(|e| &e["start"]).collect();
    assert_eq!(starts, ["2027-06-30", "2027-05-31", "2027-02-28"]);
    assert_eq!(
        events[0]["summary"],
        "Desde hoy podría solicitar el aval de Especialista Familiar"
    );
    assert_eq!(
        events[0]["description"],
        file.events[0].description.as_str()
    );
    assert!(events.iter().all(|e| e["allDay"] == true));
}
