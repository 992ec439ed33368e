//! `check`: does a profile meet a category, and exactly what is missing?

use super::association::{Association, AssociationRule};
use super::competency::{self, Domain};
use super::date::Date;
use super::input_path::{EntryField, InputList, InputPath};
use super::model::{
    Category, Credential, DegreeLevel, Pace, Profile, RscEntry, Training, TrainingKind, WorkEntry,
};
pub use super::ruleset::RequirementId;
use super::ruleset::{
    Assumption, CategoryRules, EducationRule, Payee, ReferenceSource, Ruleset, WorkKind,
};
use super::{ErrorKind, RulesError, resolve_today, total};
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

/// How far one core domain is covered.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DomainStatus {
    pub domain: Domain,
    pub met: bool,
    pub have: u32,
    pub need: u32,
    /// Competencies of this domain not yet shown, in list order.
    pub missing: Vec<&'static str>,
}

/// What a requirement measures, beyond met/unmet.
#[derive(Clone, Debug, PartialEq)]
pub enum Detail {
    /// A number to reach: hours, years, families, references.
    Quantity { have: f64, need: f64 },
    /// The highest degree held against the rule.
    Education {
        highest: DegreeLevel,
        required: EducationRule,
    },
    /// A yes/no condition (prior endorsement).
    Condition,
    /// The core-domain competency rule, per domain.
    Core(Vec<DomainStatus>),
}

/// One requirement of the chosen category and where the profile stands.
#[derive(Clone, Debug, PartialEq)]
pub struct Requirement {
    pub id: RequirementId,
    pub met: bool,
    /// Not needed because an alternative is met (Family Associate: education **or** work).
    pub waived: bool,
    /// The requirement that can stand in for this one (Family Associate: education ↔ work years).
    pub alternative: Option<RequirementId>,
    pub detail: Detail,
    /// References: whom the category names as sources (empty for every other requirement).
    pub from: &'static [ReferenceSource],
    /// With a pace, for a time-based requirement still outstanding: the day it would be met, `Some(None)`
    /// when it never would. `None` without a pace and for every other requirement.
    pub met_by: Option<Option<Date>>,
}

impl Requirement {
    /// How much is still missing, for quantities.
    pub fn shortfall(&self) -> Option<f64> {
        match self.detail {
            Detail::Quantity { have, need } => Some((need - have).max(0.0)),
            _ => None,
        }
    }

    /// Whether this requirement still needs work (unmet and not covered by an alternative).
    pub fn outstanding(&self) -> bool {
        !self.met && !self.waived
    }
}

/// The category's requirements in working order; serialized as the contract's map keyed by id.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Requirements(pub Vec<Requirement>);

impl Requirements {
    pub fn get(&self, id: RequirementId) -> Option<&Requirement> {
        self.0.iter().find(|r| r.id == id)
    }

    /// The requirements that still need work, in order. Two alternatives that are both outstanding come
    /// once, as the first with its alternative beside it: either one will do.
    pub fn outstanding(&self) -> impl Iterator<Item = (&Requirement, Option<&Requirement>)> {
        self.0.iter().enumerate().filter_map(|(i, r)| {
            if !r.outstanding() {
                return None;
            }
            let other = r
                .alternative
                .and_then(|id| self.get(id))
                .filter(|a| a.outstanding());
            let shown_earlier = other.is_some_and(|a| self.0[..i].iter().any(|e| e.id == a.id));
            (!shown_earlier).then_some((r, other))
        })
    }

    /// How many steps remain, counting a pair of alternatives once.
    pub fn to_go(&self) -> usize {
        self.outstanding().count()
    }
}

impl Serialize for Requirements {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Entry<'a> {
            met: bool,
            #[serde(skip_serializing_if = "std::ops::Not::not")]
            waived: bool,
            #[serde(skip_serializing_if = "Option::is_none")]
            alternative: Option<RequirementId>,
            #[serde(skip_serializing_if = "Option::is_none")]
            have: Option<f64>,
            #[serde(skip_serializing_if = "Option::is_none")]
            need: Option<f64>,
            #[serde(skip_serializing_if = "Option::is_none")]
            highest: Option<DegreeLevel>,
            #[serde(skip_serializing_if = "Option::is_none")]
            required: Option<EducationRule>,
            #[serde(skip_serializing_if = "Option::is_none")]
            domains: Option<&'a [DomainStatus]>,
            #[serde(skip_serializing_if = "<[ReferenceSource]>::is_empty")]
            from: &'a [ReferenceSource],
            #[serde(skip_serializing_if = "Option::is_none")]
            met_by: Option<Option<Date>>,
        }
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for r in &self.0 {
            let mut entry = Entry {
                met: r.met,
                waived: r.waived,
                alternative: r.alternative,
                have: None,
                need: None,
                highest: None,
                required: None,
                domains: None,
                from: r.from,
                met_by: r.met_by,
            };
            match &r.detail {
                Detail::Quantity { have, need } => {
                    entry.have = Some(*have);
                    entry.need = Some(*need);
                }
                Detail::Education { highest, required } => {
                    entry.highest = Some(*highest);
                    entry.required = Some(*required);
                }
                Detail::Condition => {}
                Detail::Core(domains) => entry.domains = Some(domains),
            }
            map.serialize_entry(r.id.id(), &entry)?;
        }
        map.end()
    }
}

/// Something the person entered that the rules did not count in full.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Notice {
    /// An entry claims more competencies than its hours (or the degree limit) allow; the first
    /// `allowed` distinct claims count.
    TooManyCompetencies {
        field: InputPath,
        claimed: u32,
        allowed: u32,
    },
    /// Self-study hours on providing RSC beyond the 2-hour cap were not counted.
    SelfStudyCapped { counted: f64, logged: f64 },
    /// Volunteer positions without supervision and specialized training were not counted.
    VolunteerWorkNotCounted { field: InputPath },
    /// An entry claims competencies the chosen category does not list (picked under another category);
    /// they count nothing and use up none of the entry's slots.
    CompetenciesNotListed {
        field: InputPath,
        competencies: Vec<String>,
    },
    /// A training dated after today is planned, not completed: it counts toward no hours and no
    /// competencies yet. [inferred] (`Assumption::TrainingsCountWhenCompleted`)
    TrainingNotYetCompleted { field: InputPath, date: Date },
    /// renewal: RSC dated after today is planned, not received: it counts nothing yet (in `check` such
    /// RSC is an input error). [inferred] (`Assumption::TrainingsCountWhenCompleted`)
    RscNotYetReceived { field: InputPath, date: Date },
    /// A figure far above any one real entry (9,999 hours): counted as given, but worth checking.
    /// [inferred] (`Assumption::LargeFiguresCounted`)
    CheckFigure { field: InputPath, value: f64 },
    /// ERS: a dated RSC entry about one's own provision that does not fall in a period of providing RSC
    /// (work entries marked `provides_rsc`), so it does not count toward those hours. [packet]
    RscOutsideProvision { field: InputPath },
    /// ECMH-E: competence is shown for children 3 to 6 as well as 0 to 3, screening and assessment trainings
    /// are specific to the age group, and (mentors) leadership is specific to the age group. [packet]
    EcmhAgeGroups { mentor: bool },
    /// RSC hours whose provider the person has not confirmed as qualified ("Not sure"): they count once
    /// the entry says the provider is qualified. Only for categories that count RSC. [packet]
    RscProviderUnconfirmed { field: InputPath, hours: f64 },
}

impl Notice {
    /// The input field (`trainings[2].competencies`) a notice is about, if it is about one entry or figure.
    pub fn field(&self) -> Option<InputPath> {
        match self {
            Notice::TooManyCompetencies { field, .. }
            | Notice::VolunteerWorkNotCounted { field }
            | Notice::CompetenciesNotListed { field, .. }
            | Notice::TrainingNotYetCompleted { field, .. }
            | Notice::RscNotYetReceived { field, .. }
            | Notice::CheckFigure { field, .. }
            | Notice::RscOutsideProvision { field }
            | Notice::RscProviderUnconfirmed { field, .. } => Some(*field),
            Notice::SelfStudyCapped { .. } | Notice::EcmhAgeGroups { .. } => None,
        }
    }
}

/// Something the packet asks for that is not a requirement with a count: shown beside the report.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Guidance {
    /// The category asks for training of this type without stating hours (Mentor – Clinical: provision of
    /// RSC; Mental Health Specialist: psychotherapy); `hours` are the completed hours of that type logged.
    TrainingType { training: TrainingKind, hours: f64 },
}

/// The written exam as the next steps describe it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct ExamFacts {
    pub fee_usd: u32,
    /// The fee applies to registrations from this day.
    pub fee_from: Date,
    pub paid_to: Payee,
    /// Offered the last full week of each month from `first_month` to `last_month` (1 = January).
    pub first_month: u32,
    pub last_month: u32,
    pub results_weeks_min: u32,
    pub results_weeks_max: u32,
}

/// Facts for the steps after the checklist.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct NextSteps {
    /// The exam, for the categories that take it; `None` otherwise.
    pub exam: Option<ExamFacts>,
}

/// The answer of `check`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CheckReport {
    pub category: Category,
    pub credential: Credential,
    pub edition: u16,
    pub ready: bool,
    pub exam_required: bool,
    pub requirements: Requirements,
    /// Inferred rules that shaped this answer.
    pub assumptions: Vec<Assumption>,
    pub notices: Vec<Notice>,
    /// What the packet asks for without a count.
    pub guidance: Vec<Guidance>,
    pub next_steps: NextSteps,
    /// With a pace: the latest `met_by`, `Some(None)` when one is never met, today when none is needed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ready_by: Option<Option<Date>>,
    /// With a pace: the outstanding requirements that no pace moves (education, families, references…).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub also_needed: Option<Vec<RequirementId>>,
    /// The association's rules that changed this answer: `ers_add_on_for` where its list leaves out every
    /// category the person holds, which the default rule would accept (CONTRACT §2).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub association: Vec<AssociationRule>,
}

/// Rejects what deserializing cannot see: dates out of order or after today, entries of 0 hours, unknown
/// competency ids. `today` is `None` only where there is no clock and none was given; then dates after
/// today cannot be told apart and are let through.
pub fn validate(
    ruleset: &Ruleset,
    profile: &Profile,
    today: Option<Date>,
) -> Result<(), RulesError> {
    use super::entry_checks::{
        RscDatesFault, ends_after_start, not_after_today, rsc_dates, some_hours,
    };
    let limit = ruleset.large_figures.countable_hours;
    // The field names are built only for an error: a profile may hold a thousand entries. Each check is
    // the one the forms make too (`entry_checks`); the message here is for developers.
    let after_today = |field: &dyn Fn() -> String, date: Date| -> Result<(), RulesError> {
        match today {
            Some(today) => not_after_today(date, today).map_err(|kind| {
                RulesError::new(kind, field(), format!("{date} is after today ({today})"))
            }),
            None => Ok(()),
        }
    };
    let hours_in_range = |field: &dyn Fn() -> String, hours: f64| -> Result<(), RulesError> {
        if hours > limit {
            return Err(super::renewal::too_many_hours(field(), limit));
        }
        some_hours(hours).map_err(|kind| {
            RulesError::new(
                kind,
                field(),
                "0 hours: an entry needs more than 0 hours (remove it instead)",
            )
        })
    };
    for (i, work) in profile.work.iter().enumerate() {
        let in_entry = |e: RulesError| e.in_entry(InputList::Work, i);
        after_today(&|| format!("work[{i}].start"), work.start).map_err(in_entry)?;
        if let Some(end) = work.end {
            ends_after_start(work.start, end).map_err(|kind| {
                in_entry(RulesError::new(
                    kind,
                    format!("work[{i}].end"),
                    format!("{end} is before the start date {}", work.start),
                ))
            })?;
        }
    }
    for (i, training) in profile.trainings.iter().enumerate() {
        hours_in_range(&|| format!("trainings[{i}].hours"), training.hours.get())
            .map_err(|e| e.in_entry(InputList::Trainings, i))?;
    }
    for (i, rsc) in profile.rsc.iter().enumerate() {
        let in_entry = |e: RulesError| e.in_entry(InputList::Rsc, i);
        hours_in_range(&|| format!("rsc[{i}].hours"), rsc.hours.get()).map_err(in_entry)?;
        rsc_dates(rsc.date, rsc.start, rsc.end).map_err(|fault| {
            let (field, message) = match fault {
                RscDatesFault::EndBeforeStart { start, end } => {
                    ("end", format!("{end} is before the start date {start}"))
                }
                RscDatesFault::EndWithoutStart => (
                    "start",
                    "missing: an end date needs a start date".to_owned(),
                ),
                RscDatesFault::DayAndPeriod => (
                    "start",
                    "give either a date or a start (and end), not both".to_owned(),
                ),
            };
            in_entry(RulesError::new(
                fault.kind(),
                format!("rsc[{i}].{field}"),
                message,
            ))
        })?;
        for (name, date) in [("date", rsc.date), ("start", rsc.start), ("end", rsc.end)] {
            if let Some(date) = date {
                after_today(&|| format!("rsc[{i}].{name}"), date).map_err(in_entry)?;
            }
        }
    }
    let known = |field: String, ids: &[String]| -> Result<(), RulesError> {
        for (j, id) in ids.iter().enumerate() {
            if competency::find(id).is_none() {
                return Err(RulesError::new(
                    ErrorKind::UnknownCompetency,
                    format!("{field}[{j}]"),
                    format!("\"{id}\" is not a competency of the list in use"),
                ));
            }
        }
        Ok(())
    };
    for (i, degree) in profile.degrees.iter().enumerate() {
        known(format!("degrees[{i}].competencies"), &degree.competencies)
            .map_err(|e| e.in_entry(InputList::Degrees, i))?;
    }
    for (i, training) in profile.trainings.iter().enumerate() {
        known(
            format!("trainings[{i}].competencies"),
            &training.competencies,
        )
        .map_err(|e| e.in_entry(InputList::Trainings, i))?;
    }
    Ok(())
}

/// Checks `profile` against its category under `ruleset`.
pub fn check(ruleset: &Ruleset, profile: &Profile) -> Result<CheckReport, RulesError> {
    let rules = ruleset.category(profile.category);
    let needs_today = profile.pace.is_some()
        || profile.work.iter().any(|w| w.end.is_none())
        || profile
            .rsc
            .iter()
            .any(|r| r.start.is_some() && r.end.is_none());
    let today = if needs_today {
        Some(resolve_today(profile.today)?)
    } else {
        // Not required, but where there is a clock it still keeps future dates from counting.
        resolve_today(profile.today).ok()
    };
    validate(ruleset, profile, today)?;
    let mut notices = Vec::new();

    // Trainings dated after today are planned, not done: they count toward nothing yet. [inferred]
    let completed: Vec<(usize, &Training)> = profile
        .trainings
        .iter()
        .enumerate()
        .filter(|(i, t)| match (t.date, today) {
            (Some(date), Some(today)) if date > today => {
                notices.push(Notice::TrainingNotYetCompleted {
                    field: InputPath::entry(InputList::Trainings, *i),
                    date,
                });
                false
            }
            _ => true,
        })
        .collect();
    large_figure_notices(ruleset, profile, &mut notices);
    // Hours waiting for their provider to be confirmed are named where the category counts RSC at all.
    if rules.counts_rsc_received() {
        for (i, r) in profile.rsc.iter().enumerate() {
            if r.provider_unconfirmed {
                notices.push(Notice::RscProviderUnconfirmed {
                    field: InputPath::entry(InputList::Rsc, i),
                    hours: r.hours.get(),
                });
            }
        }
    }

    // The work entries that count toward the category's kind of work; the volunteer positions that do not
    // are reported once, whichever requirements use the entries.
    let counted_work: Vec<&WorkEntry> = match rules.work {
        Some((kind, _)) => profile
            .work
            .iter()
            .enumerate()
            .filter(|(i, w)| {
                let counts = work_counts(kind, w);
                if !counts && matches_kind(kind, w) {
                    notices.push(Notice::VolunteerWorkNotCounted {
                        field: InputPath::entry(InputList::Work, *i),
                    });
                }
                counts
            })
            .map(|(_, w)| w)
            .collect(),
        None => Vec::new(),
    };
    let qualified = || profile.rsc.iter().filter(|r| r.from_qualified_provider());

    let mut list = Vec::new();
    for id in rules.requirements() {
        let quantity = |have: f64| rules.need(id).map(|need| Detail::Quantity { have, need });
        let detail = match id {
            RequirementId::PriorEndorsement => Some(Detail::Condition),
            RequirementId::Education => rules.education.map(|required| Detail::Education {
                highest: profile
                    .degrees
                    .iter()
                    .map(|d| d.level)
                    .max()
                    .unwrap_or_default(),
                required,
            }),
            RequirementId::WorkYears => quantity(work_years(ruleset, &counted_work, today)),
            // Summed as u64: two entries near u32::MAX must not overflow.
            RequirementId::FamiliesServed => quantity(
                counted_work
                    .iter()
                    .map(|w| u64::from(w.families_served.0))
                    .sum::<u64>() as f64,
            ),
            RequirementId::RscProviderYears => {
                let providing: Vec<&WorkEntry> =
                    profile.work.iter().filter(|w| w.provides_rsc).collect();
                quantity(work_years(ruleset, &providing, today))
            }
            RequirementId::TrainingHours => {
                quantity(total(completed.iter().map(|(_, t)| t.hours.get())))
            }
            RequirementId::RscProvisionTrainingHours => {
                quantity(rsc_provision_training(ruleset, &completed, &mut notices))
            }
            RequirementId::RscHours => quantity(total(qualified().map(|r| r.hours.get()))),
            RequirementId::RscProvisionHours => {
                quantity(rsc_provision_hours(rules, profile, today, &mut notices))
            }
            // Where the category counts RSC about one's own provision on its own (ERS), those hours are
            // not counted again here; ERS – Emerging has no such requirement, so all qualified RSC
            // counts toward its prerequisite. [packet]
            RequirementId::RscPrerequisiteHours => quantity(total(
                qualified()
                    .filter(|r| !(rules.rsc_provision_hours.is_some() && r.about_provision))
                    .map(|r| r.hours.get()),
            )),
            RequirementId::References => quantity(f64::from(profile.references.0)),
            RequirementId::CoreCompetencies => Some(Detail::Core(core_domains(
                ruleset,
                profile,
                &completed,
                &mut notices,
            ))),
        };
        // `requirements()` yields only what the category has, so every arm above has its rule.
        let Some(detail) = detail else {
            continue;
        };
        let met = match &detail {
            Detail::Quantity { have, need } => have >= need,
            Detail::Education { highest, required } => match required {
                EducationRule::AnyDegree => highest.is_degree(),
                EducationRule::PostGraduate => highest.is_post_graduate(),
            },
            Detail::Condition => profile.association.allows_add_on(&profile.endorsed_in),
            Detail::Core(domains) => domains.iter().all(|d| d.met),
        };
        list.push(Requirement {
            id,
            met,
            waived: false,
            alternative: None,
            detail,
            from: if id == RequirementId::References {
                rules.reference_sources
            } else {
                &[]
            },
            met_by: None,
        });
    }

    if rules.education_or_work {
        waive_alternatives(&mut list);
    }
    if profile.credential == Credential::Ecmh {
        notices.push(Notice::EcmhAgeGroups {
            mentor: profile.category.is_mentor(),
        });
    }
    let guidance = rules
        .training_type_asked
        .map(|kind| Guidance::TrainingType {
            training: kind,
            hours: total(
                completed
                    .iter()
                    .filter(|(_, t)| t.kind == kind)
                    .map(|(_, t)| t.hours.get()),
            ),
        })
        .into_iter()
        .collect();
    let next_steps = NextSteps {
        exam: rules.exam.then(|| exam_facts(ruleset)).flatten(),
    };
    let ready = list.iter().all(|r| r.met || r.waived);
    let (ready_by, also_needed) = match (profile.pace, today) {
        (Some(pace), Some(today)) => {
            let providing: Vec<&WorkEntry> =
                profile.work.iter().filter(|w| w.provides_rsc).collect();
            let (ready_by, also) = plan(
                ruleset,
                rules,
                &pace,
                today,
                &mut list,
                &counted_work,
                &providing,
            );
            (Some(ready_by), Some(also))
        }
        _ => (None, None),
    };
    let mut assumptions = assumptions(rules, profile, &notices);
    if ready_by.is_some() {
        assumptions.push(Assumption::PaceSteady);
    }
    // The association's list changed the answer where the default rule would have accepted what is held.
    let association = if rules.prior_endorsement
        && Association::default().allows_add_on(&profile.endorsed_in)
        && !profile.association.allows_add_on(&profile.endorsed_in)
    {
        vec![AssociationRule::ErsAddOnFor]
    } else {
        Vec::new()
    };
    Ok(CheckReport {
        category: profile.category,
        credential: profile.credential,
        edition: ruleset.edition,
        ready,
        exam_required: rules.exam,
        requirements: Requirements(list),
        assumptions,
        notices,
        guidance,
        next_steps,
        ready_by,
        also_needed,
        association,
    })
}

/// The pace planner (CONTRACT §2): gives each outstanding time-based requirement its `met_by` and returns
/// the day the profile would be ready (`None`: never, at this pace) and the outstanding requirements no
/// pace moves. [inferred] (`Assumption::PaceSteady`)
fn plan(
    ruleset: &Ruleset,
    rules: &CategoryRules,
    pace: &Pace,
    today: Date,
    list: &mut [Requirement],
    counted_work: &[&WorkEntry],
    providing: &[&WorkEntry],
) -> (Option<Date>, Vec<RequirementId>) {
    let mut ready_by = Some(today);
    let mut also_needed = Vec::new();
    for r in list.iter_mut().filter(|r| r.outstanding()) {
        let missing = r.shortfall().unwrap_or_default();
        let met_by = match r.id {
            RequirementId::WorkYears => years_met_by(ruleset, counted_work, today, r),
            RequirementId::RscProviderYears => years_met_by(ruleset, providing, today, r),
            id => match monthly_hours(rules, pace, id) {
                Some(rate) => hours_met_by(today, missing, rate),
                None => {
                    also_needed.push(id);
                    continue;
                }
            },
        };
        ready_by = ready_by.zip(met_by).map(|(a, b)| a.max(b));
        r.met_by = Some(met_by);
    }
    // Family Associate: work years on their way stand in for the education they can replace.
    let work_on_its_way = list
        .iter()
        .any(|r| r.id == RequirementId::WorkYears && matches!(r.met_by, Some(Some(_))));
    if rules.education_or_work && work_on_its_way {
        also_needed.retain(|id| *id != RequirementId::Education);
    }
    (ready_by, also_needed)
}

/// The hours a month that move requirement `id`; `None` for a requirement that hours do not move.
/// RSC about one's own provision counts toward the RSC hours as well, and toward the add-on's
/// prerequisite where the category does not count it apart (ERS – Emerging).
pub fn monthly_hours(rules: &CategoryRules, pace: &Pace, id: RequirementId) -> Option<f64> {
    let training = pace.training_hours_per_month.get();
    let rsc = pace.rsc_hours_per_month.get();
    let provision = pace.rsc_provision_hours_per_month.get();
    match id {
        RequirementId::TrainingHours | RequirementId::RscProvisionTrainingHours => Some(training),
        RequirementId::RscHours => Some(rsc + provision),
        RequirementId::RscProvisionHours => Some(provision),
        RequirementId::RscPrerequisiteHours if rules.rsc_provision_hours.is_some() => Some(rsc),
        RequirementId::RscPrerequisiteHours => Some(rsc + provision),
        _ => None,
    }
}

/// `today` plus the fewest whole calendar months whose hours at `rate` cover `missing`; `None` without a
/// rate or past the last writable year.
fn hours_met_by(today: Date, missing: f64, rate: f64) -> Option<Date> {
    // A millionth below: the engine's totals are exact to a millionth of an hour, so 0.3 / 0.1 is 3.
    let months = (missing / rate - 1e-6).ceil().max(1.0);
    if !(rate > 0.0 && months <= 12.0 * 10_000.0) {
        return None;
    }
    Some(today.add_months(months as i32)).filter(|d| d.year() <= 9999)
}

/// The day positions still held (or ending after today) bring `entries` to the requirement's years;
/// `None` when no position goes on long enough.
fn years_met_by(
    ruleset: &Ruleset,
    entries: &[&WorkEntry],
    today: Date,
    r: &Requirement,
) -> Option<Date> {
    let Detail::Quantity { need, .. } = r.detail else {
        return None;
    };
    let days: i64 = merged_spans(entries, Some(today))
        .into_iter()
        .map(|(s, e)| i64::from(s.days_until(e)) + 1)
        .sum();
    let missing = (need * ruleset.training.days_per_work_year).ceil() as i64 - days;
    let met = today.add_days(i32::try_from(missing.max(1)).ok()?);
    // Every position that goes on past today covers each day from tomorrow to its end (none: still held).
    let reaches = entries.iter().any(|w| w.end.is_none_or(|end| end >= met));
    (reaches && met.year() <= 9999).then_some(met)
}

/// The exam's facts under `ruleset`, for the next steps of the categories that take it (`None` only if
/// the edition's fee date is not a real day).
pub fn exam_facts(ruleset: &Ruleset) -> Option<ExamFacts> {
    let exam = &ruleset.exam;
    let (year, month, day) = exam.fee_from;
    Date::from_ymd(year, month, day).map(|fee_from| ExamFacts {
        fee_usd: exam.fee_usd,
        fee_from,
        paid_to: exam.paid_to,
        first_month: exam.first_month,
        last_month: exam.last_month,
        results_weeks_min: exam.results_weeks_min,
        results_weeks_max: exam.results_weeks_max,
    })
}

/// A "check this" notice for every figure above the edition's large-figure limits. [inferred]
fn large_figure_notices(ruleset: &Ruleset, profile: &Profile, notices: &mut Vec<Notice>) {
    let limits = &ruleset.large_figures;
    let mut flag = |field: InputPath, value: f64, limit: f64| {
        if value > limit {
            notices.push(Notice::CheckFigure { field, value });
        }
    };
    for (i, t) in profile.trainings.iter().enumerate() {
        flag(
            InputPath::entry_field(InputList::Trainings, i, EntryField::Hours),
            t.hours.get(),
            limits.entry_hours,
        );
    }
    for (i, r) in profile.rsc.iter().enumerate() {
        flag(
            InputPath::entry_field(InputList::Rsc, i, EntryField::Hours),
            r.hours.get(),
            limits.entry_hours,
        );
    }
    for (i, w) in profile.work.iter().enumerate() {
        flag(
            InputPath::entry_field(InputList::Work, i, EntryField::FamiliesServed),
            f64::from(w.families_served.0),
            f64::from(limits.families_served),
        );
    }
    flag(
        InputPath::References,
        f64::from(profile.references.0),
        f64::from(limits.references),
    );
}

/// Qualified RSC hours about the person's own provision of RSC. Where the category asks for them to be
/// received while providing RSC (ERS), a dated entry counts only when its date, or its whole period, falls
/// in a period of providing RSC; undated entries count, and the report says the overlap was not checked.
fn rsc_provision_hours(
    rules: &CategoryRules,
    profile: &Profile,
    today: Option<Date>,
    notices: &mut Vec<Notice>,
) -> f64 {
    let about: Vec<(usize, &RscEntry)> = profile
        .rsc
        .iter()
        .enumerate()
        .filter(|(_, r)| r.from_qualified_provider() && r.about_provision)
        .collect();
    if !rules.rsc_provision_while_providing {
        return total(about.iter().map(|(_, r)| r.hours.get()));
    }
    let providing: Vec<&WorkEntry> = profile.work.iter().filter(|w| w.provides_rsc).collect();
    let periods = merged_spans(&providing, today);
    let inside = |from: Date, to: Date| periods.iter().any(|(s, e)| *s <= from && to <= *e);
    total(about.into_iter().filter_map(|(i, r)| {
        let received = match (r.date, r.start) {
            (Some(date), _) => Some((date, date)),
            (None, Some(start)) => Some((start, r.end.or(today).unwrap_or(start))),
            (None, None) => None,
        };
        match received {
            Some((from, to)) if !inside(from, to) => {
                notices.push(Notice::RscOutsideProvision {
                    field: InputPath::entry(InputList::Rsc, i),
                });
                None
            }
            _ => Some(r.hours.get()),
        }
    }))
}

/// Hours of training on providing RSC, with self-study counted up to the cap (and a notice when it is
/// capped).
fn rsc_provision_training(
    ruleset: &Ruleset,
    completed: &[(usize, &Training)],
    notices: &mut Vec<Notice>,
) -> f64 {
    let provision = completed
        .iter()
        .map(|(_, t)| *t)
        .filter(|t| t.kind == TrainingKind::RscProvision);
    let (study, taught): (Vec<_>, Vec<_>) = provision.partition(|t| t.self_study);
    let logged = total(study.iter().map(|t| t.hours.get()));
    let counted = logged.min(ruleset.training.self_study_cap);
    if logged > counted {
        notices.push(Notice::SelfStudyCapped { counted, logged });
    }
    total(taught.iter().map(|t| t.hours.get()).chain([counted]))
}

/// Family Associate: education and work years stand in for each other; when one is met, the other is
/// waived.
fn waive_alternatives(list: &mut [Requirement]) {
    let met = |id| list.iter().any(|r| r.id == id && r.met);
    let either = met(RequirementId::Education) || met(RequirementId::WorkYears);
    for r in list.iter_mut() {
        r.alternative = match r.id {
            RequirementId::Education => Some(RequirementId::WorkYears),
            RequirementId::WorkYears => Some(RequirementId::Education),
            _ => continue,
        };
        r.waived = either && !r.met;
    }
}

fn matches_kind(kind: WorkKind, w: &WorkEntry) -> bool {
    use super::model::WorkScope;
    match kind {
        WorkKind::AnyInfantFamily => true,
        WorkKind::Prevention => w.scope == WorkScope::Prevention,
        WorkKind::PostGraduatePsychotherapy => w.post_graduate && w.psychotherapy,
        WorkKind::Leadership => w.leadership,
    }
}

/// Whether a work entry counts toward `kind`. Volunteer direct work counts only when it was supervised
/// and included specialized training ([assoc] for Family Associate, [inferred] for FS and MHS); leadership
/// may be paid or unpaid [packet].
fn work_counts(kind: WorkKind, w: &WorkEntry) -> bool {
    let volunteer_ok =
        !kind.volunteer_rule_applies() || !w.volunteer || (w.supervised && w.specialized_training);
    matches_kind(kind, w) && volunteer_ok
}

/// Years covered by `entries` after merging overlaps, floored to hundredths so that `have ≥ need` stays
/// exact. Positions still held run to `today`; nothing after `today` counts.
fn work_years(ruleset: &Ruleset, entries: &[&WorkEntry], today: Option<Date>) -> f64 {
    let days: i64 = merged_spans(entries, today)
        .into_iter()
        .map(|(s, e)| i64::from(s.days_until(e)) + 1)
        .sum();
    (days as f64 * 100.0 / ruleset.training.days_per_work_year).floor() / 100.0
}

/// The periods covered by `entries`, first and last day included, with overlapping and adjacent ones
/// merged, in date order. Positions still held run to `today`; nothing after `today` counts.
fn merged_spans(entries: &[&WorkEntry], today: Option<Date>) -> Vec<(Date, Date)> {
    let mut spans: Vec<(Date, Date)> = entries
        .iter()
        .filter_map(|w| {
            let end = match (w.end, today) {
                (Some(end), Some(today)) => end.min(today),
                (Some(end), None) => end,
                (None, Some(today)) => today,
                (None, None) => return None,
            };
            (w.start <= end).then_some((w.start, end))
        })
        .collect();
    super::sort_small_by_key(&mut spans, |s| *s);
    let mut merged: Vec<(Date, Date)> = Vec::with_capacity(spans.len());
    for (start, end) in spans {
        match merged.last_mut() {
            Some((_, e)) if start <= e.add_days(1) => *e = (*e).max(end),
            _ => merged.push((start, end)),
        }
    }
    merged
}

/// Counts each core domain's competencies shown by degrees and trainings, within the per-entry limits.
fn core_domains<'a>(
    ruleset: &Ruleset,
    profile: &'a Profile,
    completed: &[(usize, &'a Training)],
    notices: &mut Vec<Notice>,
) -> Vec<DomainStatus> {
    let mut shown: Vec<&str> = Vec::new();
    for (i, degree) in profile.degrees.iter().enumerate() {
        // A certificate shows competencies like a degree, up to its own limit. [packet][inferred]
        let allowed = ruleset.training.competencies_per(degree.level).unwrap_or(0);
        claim(
            profile.category,
            &mut shown,
            notices,
            InputPath::entry_field(InputList::Degrees, i, EntryField::Competencies),
            &degree.competencies,
            allowed,
        );
    }
    for &(i, training) in completed {
        let allowed = ruleset
            .training
            .competencies_for_hours(training.hours.get());
        claim(
            profile.category,
            &mut shown,
            notices,
            InputPath::entry_field(InputList::Trainings, i, EntryField::Competencies),
            &training.competencies,
            allowed,
        );
    }
    Domain::CORE
        .into_iter()
        .map(|domain| {
            let list: Vec<&'static str> = competency::for_category(profile.category, domain)
                .map(|c| c.id)
                .collect();
            let need = ruleset.training.core_domain_need(list.len() as u32);
            let missing: Vec<&'static str> = list
                .iter()
                .copied()
                .filter(|id| !shown.contains(id))
                .collect();
            let have = (list.len() - missing.len()) as u32;
            DomainStatus {
                domain,
                met: have >= need,
                have,
                need,
                missing,
            }
        })
        .collect()
}

/// Adds the first `allowed` distinct competencies of one entry that the category lists to `shown`, and
/// reports any excess and any claims the category does not list.
fn claim<'a>(
    category: Category,
    shown: &mut Vec<&'a str>,
    notices: &mut Vec<Notice>,
    field: InputPath,
    ids: &'a [String],
    allowed: u32,
) {
    let (listed, other) = competency::split_claims(category, ids);
    if !other.is_empty() {
        notices.push(Notice::CompetenciesNotListed {
            field,
            competencies: other.into_iter().map(str::to_owned).collect(),
        });
    }
    let claimed = listed.len() as u32;
    if claimed > allowed {
        notices.push(Notice::TooManyCompetencies {
            field,
            claimed,
            allowed,
        });
    }
    shown.extend(listed.into_iter().take(allowed as usize));
}

fn assumptions(rules: &CategoryRules, profile: &Profile, notices: &[Notice]) -> Vec<Assumption> {
    let mut out = Vec::new();
    if rules.work.is_some() || rules.rsc_provider_years.is_some() {
        out.push(Assumption::WorkYearsByDays);
    }
    if rules
        .work
        .is_some_and(|(kind, _)| kind.volunteer_rule_applies())
        && profile.work.iter().any(|w| w.volunteer)
    {
        out.push(Assumption::VolunteerWorkSupervised);
    }
    if rules.rsc_prerequisite_hours.is_some() && rules.rsc_provision_hours.is_some() {
        out.push(Assumption::RscNotDoubleCounted);
    }
    if rules.core_competencies {
        out.push(Assumption::DefaultCompetencyList);
        out.push(Assumption::PartialHoursRoundDown);
        if profile
            .degrees
            .iter()
            .any(|d| d.level == DegreeLevel::Certificate)
        {
            out.push(Assumption::CertificateLikeDegree);
        }
    }
    let any = |f: fn(&Notice) -> bool| notices.iter().any(f);
    if any(|n| matches!(n, Notice::TrainingNotYetCompleted { .. })) {
        out.push(Assumption::TrainingsCountWhenCompleted);
    }
    if any(|n| matches!(n, Notice::CheckFigure { .. })) {
        out.push(Assumption::LargeFiguresCounted);
    }
    if rules.rsc_provision_while_providing {
        let about = || {
            profile
                .rsc
                .iter()
                .filter(|r| r.from_qualified_provider() && r.about_provision)
        };
        if about().any(|r| r.is_dated()) {
            out.push(Assumption::RscInsideProvisionPeriod);
        }
        if about().any(|r| !r.is_dated()) {
            out.push(Assumption::RscOverlapNotChecked);
        }
    }
    out
}
