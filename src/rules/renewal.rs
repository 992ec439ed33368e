//! `renewal`: the next deadline of the fixed 3-year cycle, the prorated hours, and reinstatement after a lapse.

use super::association::Association;
use super::check::Notice;
use super::date::Date;
use super::input_path::{EntryField, InputList, InputPath};
use super::model::{Category, RenewalInput};
use super::ruleset::{Assumption, Ruleset};
use super::{ErrorKind, RulesError, resolve_today, total};
use serde::Serialize;

/// Hours needed against hours logged inside the cycle.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct HoursProgress {
    pub need: f64,
    pub have: f64,
    pub remaining: f64,
    pub met: bool,
}

impl HoursProgress {
    pub(crate) fn new(need: f64, have: f64) -> HoursProgress {
        HoursProgress {
            need,
            have,
            remaining: (need - have).max(0.0),
            met: have >= need,
        }
    }
}

/// RSC at renewal: required only for the categories that require RSC.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct RscProgress {
    pub required: bool,
    /// Flattened: the JSON shape is `{required, need, have, remaining, met}`.
    #[serde(flatten)]
    pub hours: HoursProgress,
}

/// Hours logged but dated outside the cycle, so not counted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct OutsideCycle {
    pub training: f64,
    pub rsc: f64,
}

/// The way back after a missed or unmet renewal. [packet]
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Reinstatement {
    /// Training completed in the past `reinstatement_months` calendar months (12: from the same day a year
    /// ago to today).
    pub training: HoursProgress,
    pub period_starts: Date,
    /// Attest to a current RSC provider, planning about `rsc_hours_per_year` a year (where RSC applies).
    pub rsc_attestation: bool,
    pub rsc_hours_per_year: f64,
    /// Agree to be audited in the next renewal cycle.
    pub audit_next_cycle: bool,
    /// Review and agree to the ethics statement.
    pub ethics_statement: bool,
    /// Active association membership today; `None` when no expiry date was given.
    pub membership_active: Option<bool>,
    /// Some associations charge a reinstatement fee.
    pub fee_may_apply: bool,
}

/// What it takes to be ready by the deadline at an even pace (CONTRACT §2, the pace planner).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct RenewalPace {
    /// The smallest n ≥ 1 with today + n calendar months on or after the deadline.
    pub months_left: i32,
    /// The hours still missing, spread evenly over `months_left`.
    pub training_per_month: f64,
    pub rsc_per_month: f64,
}

/// The answer of `renewal`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RenewalReport {
    pub category: Category,
    pub edition: u16,
    pub endorsed_on: Date,
    pub today: Date,
    pub deadline: Date,
    pub window_opens: Date,
    /// The first day whose hours count toward this deadline.
    pub cycle_starts: Date,
    /// Today falls between the window's opening and the deadline.
    pub window_open: bool,
    pub days_to_deadline: i32,
    pub years_endorsed: i32,
    /// A nearer deadline that this person skips because they were endorsed less than a year before it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skipped_deadline: Option<Date>,
    /// The latest renewal deadline that has passed since the endorsement date and that this person was due
    /// at; `None` when there has been none yet (then there is no deadline to have missed, and `lapsed`
    /// gives no reinstatement).
    pub previous_deadline_passed: Option<Date>,
    pub training: HoursProgress,
    pub rsc: RscProgress,
    pub outside_cycle: OutsideCycle,
    /// `None` when no membership expiry date was given.
    pub membership_active_at_deadline: Option<bool>,
    pub membership_active_today: Option<bool>,
    /// Hours and membership are all in order for this deadline.
    pub ready: bool,
    pub pace: RenewalPace,
    /// Entries not counted because they are dated after today (planned, not done). [inferred]
    /// (`Assumption::TrainingsCountWhenCompleted`)
    pub notices: Vec<Notice>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reinstatement: Option<Reinstatement>,
    pub assumptions: Vec<Assumption>,
    /// The association's rules that shaped this answer (its deadline day, its window).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub association: Vec<super::association::AssociationRule>,
    /// The association's sub-requirements that apply to this person (e.g. 9 of the hours on providing RSC).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sub_requirements: Vec<super::association::SubProgress>,
}

/// Whether hours dated `date` count toward the cycle from `cycle_starts` to `deadline`, both included.
/// [inferred] (`Assumption::HoursInsideCycle`)
pub fn counts_in_cycle(cycle_starts: Date, deadline: Date, date: Date) -> bool {
    cycle_starts <= date && date <= deadline
}

/// Every renewal deadline that has passed since `endorsed_on` and at which the person had been endorsed a
/// year, oldest first: the deadlines they could have missed (none in the year of endorsement). [packet]
pub fn passed_deadlines(
    ruleset: &Ruleset,
    association: &Association,
    endorsed_on: Date,
    today: Date,
) -> Vec<Date> {
    let rules = &ruleset.renewal;
    (endorsed_on.year() + 1..=today.year())
        .filter(|year| (year - rules.anchor_year).rem_euclid(rules.cycle_years) == 0)
        .map(|year| association.deadline(year))
        .filter(|deadline| *deadline < today)
        .collect()
}

/// Whether one logged entry of `hours` is far above any real one (a typing slip such as 100,000 hours):
/// it counts as given, and the person is asked to check it, as in `check`. [inferred]
/// (`Assumption::LargeFiguresCounted`)
pub fn is_large_entry(ruleset: &Ruleset, hours: f64) -> bool {
    hours > ruleset.large_figures.entry_hours
}

/// Works out the next renewal for `input` under `ruleset`.
pub fn renewal(ruleset: &Ruleset, input: &RenewalInput) -> Result<RenewalReport, RulesError> {
    let rules = &ruleset.renewal;
    let today = resolve_today(input.today)?;
    if !ruleset.category(input.category).renewed {
        return Err(RulesError::new(
            ErrorKind::NotRenewed,
            "category",
            "ERS – Emerging status is not renewed: it lasts two years, in which the full Endorsed Reflective Supervisor requirements are met",
        ));
    }
    // The check every date after today gets (`entry_checks`), with the renewal's own kind.
    super::entry_checks::not_after_today(input.endorsed_on, today).map_err(|_| {
        RulesError::new(
            ErrorKind::EndorsedAfterToday,
            "endorsed_on",
            format!("{} is after today ({today})", input.endorsed_on),
        )
    })?;
    let endorsed_year = input.endorsed_on.year();
    let is_renewal_year = |year: i32| (year - rules.anchor_year).rem_euclid(rules.cycle_years) == 0;
    let next_renewal_year = |from: i32| {
        (from..from + rules.cycle_years)
            .find(|y| is_renewal_year(*y))
            .unwrap_or(from)
    };
    // You do not renew in the year the endorsement was earned: the first deadline needs one year endorsed.
    // An association's deadline day before December 31 can be behind us in a renewal year.
    let assoc = &input.association;
    let upcoming = |from: i32| {
        let year = next_renewal_year(from);
        if assoc.deadline(year) < today {
            next_renewal_year(year + 1)
        } else {
            year
        }
    };
    let nearest = upcoming(today.year());
    let year = upcoming(today.year().max(endorsed_year + 1));
    if year > LAST_YEAR {
        return Err(RulesError::new(
            ErrorKind::Malformed,
            "today",
            format!(
                "no renewal deadline falls by the end of {LAST_YEAR}, the last year dates can be written in"
            ),
        ));
    }
    validate_hours(ruleset, input)?;
    let skipped_deadline = (nearest != year).then(|| assoc.deadline(nearest));
    let deadline = assoc.deadline(year);
    let window_opens = association_window(rules, assoc, year).min(deadline);
    let previous_deadline = assoc.deadline(year - rules.cycle_years);
    let cycle_starts = previous_deadline.add_days(1).max(input.endorsed_on);
    let years_endorsed = (year - endorsed_year).min(rules.max_years);
    // The last renewal year before this one whose December 31 is behind us and at which the person had
    // been endorsed a year: a deadline they could have missed. [packet]
    let previous_deadline_passed = passed_deadlines(ruleset, assoc, input.endorsed_on, today).pop();

    // Hours dated after today are planned, not done: they count neither inside nor outside the cycle.
    let in_cycle = |date: Date| counts_in_cycle(cycle_starts, deadline, date);
    let done = |date: Date| date <= today;
    let hours_in = |inside: bool, entries: &mut dyn Iterator<Item = (Date, f64)>| {
        total(
            entries
                .filter(|(date, _)| done(*date) && in_cycle(*date) == inside)
                .map(|(_, hours)| hours),
        )
    };
    let trainings = || input.trainings.iter().map(|t| (t.date, t.hours.get()));
    let rsc_entries = || input.rsc.iter().map(|r| (r.date, r.hours.get()));
    let training_have = hours_in(true, &mut trainings());
    let training_outside = hours_in(false, &mut trainings());
    let rsc_have = hours_in(true, &mut rsc_entries());
    let rsc_outside = hours_in(false, &mut rsc_entries());

    let rsc_required = ruleset.category(input.category).rsc_at_renewal;
    let training = HoursProgress::new(
        years_endorsed as f64 * rules.training_per_year,
        training_have,
    );
    let rsc_need = if rsc_required {
        years_endorsed as f64 * rules.rsc_per_year
    } else {
        0.0
    };
    let rsc = RscProgress {
        required: rsc_required,
        hours: HoursProgress::new(rsc_need, rsc_have),
    };
    let counted: Vec<_> = input
        .trainings
        .iter()
        .filter(|t| done(t.date) && in_cycle(t.date))
        .map(|t| (t.kind, t.hours.get()))
        .collect();
    let sub_requirements = assoc.sub_progress(input.provides_rsc, training.need, &counted);
    // The sub-requirements' hours are part of the training hours: what is left of the training is at
    // least what is left of them, even once the total is reached with other training. [assoc]
    let sub_left = total(sub_requirements.iter().map(|s| s.remaining));
    let training_left = training.remaining.max(sub_left);
    let membership_active_at_deadline = input.membership_expires.map(|e| e >= deadline);
    let membership_active_today = input.membership_expires.map(|e| e >= today);

    let lapsed = input.lapsed && previous_deadline_passed.is_some();
    let reinstatement = lapsed.then(|| {
        let period_starts = today.add_months(-rules.reinstatement_months);
        let recent = total(
            input
                .trainings
                .iter()
                .filter(|t| period_starts <= t.date && t.date <= today)
                .map(|t| t.hours.get()),
        );
        Reinstatement {
            training: HoursProgress::new(rules.reinstatement_training, recent),
            period_starts,
            rsc_attestation: rsc_required,
            rsc_hours_per_year: if rsc_required {
                rules.reinstatement_rsc_per_year
            } else {
                0.0
            },
            audit_next_cycle: rules.reinstatement_audit_next_cycle,
            ethics_statement: rules.reinstatement_ethics_statement,
            membership_active: membership_active_today,
            fee_may_apply: rules.reinstatement_fee_may_apply,
        }
    });

    let mut assumptions = vec![
        Assumption::YearsEndorsedByCalendarYear,
        Assumption::HoursInsideCycle,
        Assumption::EndorsedMeansGranted,
    ];
    if lapsed {
        assumptions.push(Assumption::ReinstatementTwelveMonths);
    }
    let notices = not_yet_done(input, today);
    if !notices.is_empty() {
        assumptions.push(Assumption::TrainingsCountWhenCompleted);
    }
    Ok(RenewalReport {
        category: input.category,
        edition: ruleset.edition,
        endorsed_on: input.endorsed_on,
        today,
        deadline,
        window_opens,
        cycle_starts,
        window_open: window_opens <= today && today <= deadline,
        days_to_deadline: today.days_until(deadline),
        years_endorsed,
        skipped_deadline,
        previous_deadline_passed,
        training,
        rsc,
        outside_cycle: OutsideCycle {
            training: training_outside,
            rsc: rsc_outside,
        },
        membership_active_at_deadline,
        membership_active_today,
        ready: training.met
            && rsc.hours.met
            && sub_requirements.iter().all(|s| s.met)
            && membership_active_at_deadline == Some(true),
        pace: pace(today, deadline, training_left, rsc.hours.remaining),
        notices,
        reinstatement,
        assumptions,
        association: assoc.renewal_rules_used(!sub_requirements.is_empty()),
        sub_requirements,
    })
}

/// The last year a date can be written in (`YYYY`): no answer names a later day.
const LAST_YEAR: i32 = 9999;

/// The logged entries as (list, position, date, hours), trainings first.
fn entries(input: &RenewalInput) -> impl Iterator<Item = (InputList, usize, Date, f64)> + '_ {
    let trainings = input.trainings.iter().enumerate();
    let rsc = input.rsc.iter().enumerate();
    trainings
        .map(|(i, t)| (InputList::Trainings, i, t.date, t.hours.get()))
        .chain(rsc.map(|(i, r)| (InputList::Rsc, i, r.date, r.hours.get())))
}

/// Refuses hours too large to count (they could not be real, and totals could overflow).
fn validate_hours(ruleset: &Ruleset, input: &RenewalInput) -> Result<(), RulesError> {
    let limit = ruleset.large_figures.countable_hours;
    match entries(input).find(|e| e.3 > limit) {
        Some((list, i, ..)) => Err(too_many_hours(
            InputPath::entry_field(list, i, EntryField::Hours).to_string(),
            limit,
        )
        .in_entry(list, i)),
        None => Ok(()),
    }
}

/// The error for an entry above the countable limit.
pub(crate) fn too_many_hours(field: String, limit: f64) -> RulesError {
    RulesError::new(
        ErrorKind::Malformed,
        field,
        format!("too large to count: one entry holds at most {limit} hours"),
    )
}

/// The entries dated after today, which count nothing yet.
fn not_yet_done(input: &RenewalInput, today: Date) -> Vec<Notice> {
    entries(input)
        .filter(|e| e.2 > today)
        .map(|(list, i, date, _)| {
            let field = InputPath::entry(list, i);
            if list == InputList::Rsc {
                Notice::RscNotYetReceived { field, date }
            } else {
                Notice::TrainingNotYetCompleted { field, date }
            }
        })
        .collect()
}

/// Hours a month from `today` to `deadline` that cover what is still missing.
fn pace(today: Date, deadline: Date, training_left: f64, rsc_left: f64) -> RenewalPace {
    let mut months =
        (deadline.year() - today.year()) * 12 + deadline.month() as i32 - today.month() as i32;
    if today.add_months(months) < deadline {
        months += 1;
    }
    let months_left = months.max(1);
    let per_month = |left: f64| super::total([left / f64::from(months_left)]);
    RenewalPace {
        months_left,
        training_per_month: per_month(training_left),
        rsc_per_month: per_month(rsc_left),
    }
}

/// The window's first day in `year`: the association's, else the ruleset's (October 1). [packet][assoc]
fn association_window(
    rules: &super::ruleset::RenewalRules,
    assoc: &super::association::Association,
    year: i32,
) -> Date {
    let (month, day) = rules.window_opens;
    let default = super::association::MonthDay { month, day };
    assoc.window_opens.unwrap_or(default).in_year(year)
}
