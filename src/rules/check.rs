//! `check`: does a profile meet a category, and exactly what is missing?

use super::competency::{self, Domain};
use super::date::Date;
use super::model::{Category, Credential, DegreeLevel, Profile, TrainingKind, WorkEntry};
pub use super::ruleset::RequirementId;
use super::ruleset::{Assumption, CategoryRules, EducationRule, Ruleset, WorkKind};
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
        field: String,
        claimed: u32,
        allowed: u32,
    },
    /// Self-study hours on providing RSC beyond the 2-hour cap were not counted.
    SelfStudyCapped { counted: f64, logged: f64 },
    /// Volunteer positions without supervision and specialized training were not counted.
    VolunteerWorkNotCounted { field: String },
    /// An entry claims competencies the chosen category does not list (picked under another category);
    /// they count nothing and use up none of the entry's slots.
    CompetenciesNotListed {
        field: String,
        competencies: Vec<String>,
    },
}

impl Notice {
    /// The input field (`trainings[2].competencies`) a notice is about, if it is about one entry.
    pub fn field(&self) -> Option<&str> {
        match self {
            Notice::TooManyCompetencies { field, .. }
            | Notice::VolunteerWorkNotCounted { field }
            | Notice::CompetenciesNotListed { field, .. } => Some(field),
            Notice::SelfStudyCapped { .. } => None,
        }
    }
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
}

/// Rejects what deserializing cannot see: dates out of order, unknown competency ids.
pub fn validate(profile: &Profile) -> Result<(), RulesError> {
    for (i, work) in profile.work.iter().enumerate() {
        if let Some(end) = work.end
            && end < work.start
        {
            return Err(RulesError::new(
                ErrorKind::EndBeforeStart,
                format!("work[{i}].end"),
                format!("{end} is before the start date {}", work.start),
            ));
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
        known(format!("degrees[{i}].competencies"), &degree.competencies)?;
    }
    for (i, training) in profile.trainings.iter().enumerate() {
        known(
            format!("trainings[{i}].competencies"),
            &training.competencies,
        )?;
    }
    Ok(())
}

/// Checks `profile` against its category under `ruleset`.
pub fn check(ruleset: &Ruleset, profile: &Profile) -> Result<CheckReport, RulesError> {
    validate(profile)?;
    let rules = ruleset.category(profile.category);
    let needs_today = profile.work.iter().any(|w| w.end.is_none());
    let today = if needs_today {
        Some(resolve_today(profile.today)?)
    } else {
        // Not required, but where there is a clock it still keeps future end dates from counting.
        resolve_today(profile.today).ok()
    };
    let mut notices = Vec::new();

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
                        field: format!("work[{i}]"),
                    });
                }
                counts
            })
            .map(|(_, w)| w)
            .collect(),
        None => Vec::new(),
    };
    let qualified = || profile.rsc.iter().filter(|r| r.qualified_provider);

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
                quantity(total(profile.trainings.iter().map(|t| t.hours.get())))
            }
            RequirementId::RscProvisionTrainingHours => {
                quantity(rsc_provision_training(ruleset, profile, &mut notices))
            }
            RequirementId::RscHours => quantity(total(qualified().map(|r| r.hours.get()))),
            RequirementId::RscProvisionHours => quantity(total(
                qualified()
                    .filter(|r| r.about_provision)
                    .map(|r| r.hours.get()),
            )),
            RequirementId::RscPrerequisiteHours => quantity(total(
                qualified()
                    .filter(|r| !r.about_provision)
                    .map(|r| r.hours.get()),
            )),
            RequirementId::References => quantity(f64::from(profile.references.0)),
            RequirementId::CoreCompetencies => {
                Some(Detail::Core(core_domains(ruleset, profile, &mut notices)))
            }
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
            Detail::Condition => profile.endorsed_in.iter().any(|c| !c.is_add_on()),
            Detail::Core(domains) => domains.iter().all(|d| d.met),
        };
        list.push(Requirement {
            id,
            met,
            waived: false,
            alternative: None,
            detail,
        });
    }

    if rules.education_or_work {
        waive_alternatives(&mut list);
    }
    let ready = list.iter().all(|r| r.met || r.waived);
    Ok(CheckReport {
        category: profile.category,
        credential: profile.credential,
        edition: ruleset.edition,
        ready,
        exam_required: rules.exam,
        requirements: Requirements(list),
        assumptions: assumptions(rules, profile),
        notices,
    })
}

/// Hours of training on providing RSC, with self-study counted up to the cap (and a notice when it is
/// capped).
fn rsc_provision_training(ruleset: &Ruleset, profile: &Profile, notices: &mut Vec<Notice>) -> f64 {
    let provision = profile
        .trainings
        .iter()
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
        kind == WorkKind::Leadership || !w.volunteer || (w.supervised && w.specialized_training);
    matches_kind(kind, w) && volunteer_ok
}

/// Years covered by `entries` after merging overlaps, floored to hundredths so that `have ≥ need` stays
/// exact. Positions still held run to `today`; nothing after `today` counts.
fn work_years(ruleset: &Ruleset, entries: &[&WorkEntry], today: Option<Date>) -> f64 {
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
    let mut days: i64 = 0;
    let mut current: Option<(Date, Date)> = None;
    for (start, end) in spans {
        match current {
            Some((s, e)) if start <= e.add_days(1) => current = Some((s, e.max(end))),
            _ => {
                if let Some((s, e)) = current {
                    days += i64::from(s.days_until(e)) + 1;
                }
                current = Some((start, end));
            }
        }
    }
    if let Some((s, e)) = current {
        days += i64::from(s.days_until(e)) + 1;
    }
    (days as f64 * 100.0 / ruleset.training.days_per_work_year).floor() / 100.0
}

/// Counts each core domain's competencies shown by degrees and trainings, within the per-entry limits.
fn core_domains(
    ruleset: &Ruleset,
    profile: &Profile,
    notices: &mut Vec<Notice>,
) -> Vec<DomainStatus> {
    let mut shown: Vec<&str> = Vec::new();
    for (i, degree) in profile.degrees.iter().enumerate() {
        let allowed = if degree.level.is_degree() {
            ruleset.training.competencies_per_degree
        } else {
            0
        };
        claim(
            profile.category,
            &mut shown,
            notices,
            format!("degrees[{i}].competencies"),
            &degree.competencies,
            allowed,
        );
    }
    for (i, training) in profile.trainings.iter().enumerate() {
        let allowed = ruleset
            .training
            .competencies_for_hours(training.hours.get());
        claim(
            profile.category,
            &mut shown,
            notices,
            format!("trainings[{i}].competencies"),
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
            let need = (list.len() as u32).div_ceil(2);
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
    field: String,
    ids: &'a [String],
    allowed: u32,
) {
    let (listed, other) = competency::split_claims(category, ids);
    if !other.is_empty() {
        notices.push(Notice::CompetenciesNotListed {
            field: field.clone(),
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

fn assumptions(rules: &CategoryRules, profile: &Profile) -> Vec<Assumption> {
    let mut out = Vec::new();
    if rules.work.is_some() || rules.rsc_provider_years.is_some() {
        out.push(Assumption::WorkYearsByDays);
    }
    if matches!(
        rules.work,
        Some((
            WorkKind::AnyInfantFamily | WorkKind::Prevention | WorkKind::PostGraduatePsychotherapy,
            _
        ))
    ) && profile.work.iter().any(|w| w.volunteer)
    {
        out.push(Assumption::VolunteerWorkSupervised);
    }
    if rules.rsc_prerequisite_hours.is_some() && rules.rsc_provision_hours.is_some() {
        out.push(Assumption::RscNotDoubleCounted);
    }
    if rules.core_competencies {
        out.push(Assumption::DefaultCompetencyList);
        out.push(Assumption::PartialHoursRoundDown);
    }
    out
}
