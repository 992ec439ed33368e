//! `recommend`: which category fits a person, following the scope of their primary role, then the gates.
//!
//! Categories are not a hierarchy [packet]: the scope of the primary role picks the category; the degree
//! and years gates only move the recommendation when the category cannot be reached as things stand, and
//! then the answer says what to do instead.

use super::association::AssociationRule;
use super::model::{AgeGroup, Answers, Category, Credential, DegreeLevel, RoleScope};
use super::ruleset::{Assumption, EducationRule, RequirementId, Ruleset, WorkKind};
use serde::Serialize;

/// How well a category fits the answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Fit {
    /// The recommendation.
    Best,
    /// Matches the role's scope, but a gate is not met yet (degree, years).
    NotYet,
    /// Could also fit (its gates are met), but another category describes the role better.
    Possible,
    /// Written for a different scope of work.
    OtherScope,
}

/// One plain-language reason; the message tables turn it into a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Reason {
    /// The category is written for the scope the person named.
    ScopeMatches { scope: RoleScope },
    /// The category is written for another scope.
    ScopeDiffers { category_scope: RoleScope },
    /// The person was not sure of their scope; this is the closest match to the other answers.
    ScopeUnsure,
    /// The category needs a master's or doctorate.
    NeedsPostGraduate { have: DegreeLevel },
    /// The degree gate is met.
    HasPostGraduate,
    /// No degree is needed.
    NoDegreeNeeded,
    /// Family Associate: a degree or the work years suffice; which one the person has.
    DegreeOrWork {
        has_degree: bool,
        years: f64,
        need: f64,
    },
    /// Years of work in the category's scope. `answered_in` is the other scope the years were given for,
    /// when the person named one: those years are not this category's kind of work.
    Years {
        have: f64,
        need: f64,
        answered_in: Option<RoleScope>,
    },
    /// Years as a practice leader; `asked` is false when the answers never covered leadership (the
    /// finder asks it only of clinical, policy and research/teaching roles), so 0 is not a figure.
    LeaderYears { have: f64, need: f64, asked: bool },
    /// Years providing RSC.
    RscProviderYears { have: f64, need: f64 },
    /// Families served in prevention/early-intervention work.
    Families { have: u32, need: u32 },
    /// Mental Health Specialist and Mentor – Clinical work is relationship-focused parent-infant/child
    /// psychotherapy. [packet]
    NeedsPsychotherapy { answer: Option<bool> },
    /// The person's role is clinical but they do not provide psychotherapy, so neither clinical category
    /// is recommended; this category fits in the meantime, and the clinical ones open with two years of
    /// post-graduate psychotherapy practice. [packet]
    ClinicalWithoutPsychotherapy,
    /// The reflective-supervisor add-on is added to an endorsement: it follows a first endorsement in
    /// one of the six categories. [packet]
    AddOnFollowsEndorsement,
    /// The category takes the written exam.
    ExamRequired,
    /// The recommendation moved here from `from`, whose gate is not met.
    InsteadOf { from: Category },
}

/// One category with its fit and reasons.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Ranked {
    pub category: Category,
    pub fit: Fit,
    pub reasons: Vec<Reason>,
}

/// The answer of `recommend`, before its reasons are put into words.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Recommendation {
    pub best: Category,
    /// The credentials that fit the ages named and that the association offers.
    pub credentials: Vec<Credential>,
    /// Credentials that fit the ages named but that the association does not offer.
    pub not_offered: Vec<Credential>,
    pub ranked: Vec<Ranked>,
    pub add_on: Option<Category>,
    /// Why the add-on is suggested (years providing RSC) and whether emerging status fits first.
    pub add_on_emerging: bool,
    /// What the person should know about the add-on (it follows a first endorsement).
    pub add_on_reasons: Vec<Reason>,
    /// Inferred rules that shaped this answer: the fallback order, the "not sure" readings.
    pub assumptions: Vec<Assumption>,
    /// The association's rules that changed this answer: `ers_add_on_for` when its list of categories
    /// kept the add-on from someone who provides RSC.
    pub association: Vec<AssociationRule>,
}

impl Recommendation {
    /// The credential the result is named for: the first that fits and is offered, else the first that
    /// fits (the result then says it is not offered), else IMH-E.
    pub fn named_credential(&self) -> Credential {
        self.credentials
            .first()
            .or(self.not_offered.first())
            .copied()
            .unwrap_or(Credential::Imh)
    }
}

/// The category a scope is written for (the clinical mentor is chosen by the gates).
fn scope_category(scope: RoleScope) -> Option<Category> {
    match scope {
        RoleScope::Promotion => Some(Category::FamilyAssociate),
        RoleScope::Prevention => Some(Category::FamilySpecialist),
        RoleScope::Clinical => Some(Category::MentalHealthSpecialist),
        RoleScope::Policy => Some(Category::MentorPolicy),
        RoleScope::ResearchFaculty => Some(Category::MentorResearchFaculty),
        RoleScope::NotSure => None,
    }
}

/// The scope a category is written for.
pub fn category_scope(category: Category) -> RoleScope {
    match category {
        Category::FamilyAssociate => RoleScope::Promotion,
        Category::FamilySpecialist => RoleScope::Prevention,
        Category::MentalHealthSpecialist | Category::MentorClinical => RoleScope::Clinical,
        Category::MentorPolicy => RoleScope::Policy,
        Category::MentorResearchFaculty => RoleScope::ResearchFaculty,
        Category::ReflectiveSupervisor | Category::ReflectiveSupervisorEmerging => {
            RoleScope::NotSure
        }
    }
}

/// Evaluates one category's gates against the answers: the reasons, and whether it can be reached now.
/// Walks the category's own requirements; those the finder does not ask about (training, RSC hours,
/// references, competencies) are left to the requirements checker.
fn gates(ruleset: &Ruleset, category: Category, answers: &Answers) -> (Vec<Reason>, bool) {
    let rules = ruleset.category(category);
    let mut reasons = Vec::new();
    let mut open = true;
    let degree = answers.degree;
    if !rules.asks(RequirementId::Education) {
        reasons.push(Reason::NoDegreeNeeded);
    }
    for id in rules.requirements() {
        let need = rules.need(id).unwrap_or_default();
        match id {
            // Family Associate: a degree or the work years; one reason covers both requirements.
            RequirementId::Education if rules.education_or_work => {
                let need = rules.need(RequirementId::WorkYears).unwrap_or_default();
                let years = answers.years_in_scope.get();
                reasons.push(Reason::DegreeOrWork {
                    has_degree: degree.is_degree(),
                    years,
                    need,
                });
                open = degree.is_degree() || years >= need;
            }
            RequirementId::WorkYears if rules.education_or_work => {}
            RequirementId::Education => match rules.education {
                Some(EducationRule::PostGraduate) if degree.is_post_graduate() => {
                    reasons.push(Reason::HasPostGraduate)
                }
                Some(EducationRule::PostGraduate) => {
                    reasons.push(Reason::NeedsPostGraduate { have: degree });
                    open = false;
                }
                Some(EducationRule::AnyDegree) | None => reasons.push(Reason::NoDegreeNeeded),
            },
            RequirementId::WorkYears => {
                let reason = if matches!(rules.work, Some((WorkKind::Leadership, _))) {
                    let have = answers.leader_years.get();
                    open &= have >= need;
                    let asked = have > 0.0
                        || matches!(
                            answers.scope,
                            RoleScope::Clinical | RoleScope::Policy | RoleScope::ResearchFaculty
                        );
                    Reason::LeaderYears { have, need, asked }
                } else {
                    let have = answers.years_in_scope.get();
                    let own = category_scope(category);
                    let answered_in = (answers.scope != own && answers.scope != RoleScope::NotSure)
                        .then_some(answers.scope);
                    Reason::Years {
                        have,
                        need,
                        answered_in,
                    }
                };
                reasons.push(reason);
            }
            RequirementId::FamiliesServed => reasons.push(Reason::Families {
                have: answers.families_served.0,
                need: rules.families_served.unwrap_or_default(),
            }),
            RequirementId::RscProviderYears => {
                let have = answers.provides_rsc_years.get();
                open &= have >= need;
                reasons.push(Reason::RscProviderYears { have, need });
            }
            _ => {}
        }
    }
    // Both clinical categories deliver relationship-focused parent-infant/child psychotherapy; "not sure"
    // keeps them open (`Assumption::RecommendPsychotherapyNotSure`). [packet]
    if matches!(
        category,
        Category::MentalHealthSpecialist | Category::MentorClinical
    ) {
        reasons.push(Reason::NeedsPsychotherapy {
            answer: answers.psychotherapy,
        });
        open &= answers.psychotherapy != Some(false);
    }
    if rules.exam {
        reasons.push(Reason::ExamRequired);
    }
    (reasons, open)
}

/// Where the recommendation goes when the scope's own category is out of reach as things stand: the
/// first reachable category of its fallback chain (ruleset data), else the chain's last, else itself.
fn fallback(
    ruleset: &Ruleset,
    category: Category,
    reachable: impl Fn(Category) -> bool,
) -> Category {
    let chain = ruleset.category(category).fallback;
    chain
        .iter()
        .copied()
        .find(|c| reachable(*c))
        .or(chain.last().copied())
        .unwrap_or(category)
}

/// The add-on for someone who provides RSC, whether its emerging status fits first (fewer years
/// providing RSC than the add-on asks), and whether the association's list of categories whose holders
/// may add it (`ers_add_on_for`) kept it from this person. Nothing for a person whose endorsement, held or
/// recommended, already qualifies them as an RSC provider (Mentor – Clinical, the add-on itself); no
/// emerging status for someone who already holds it. [packet][assoc]
fn add_on(ruleset: &Ruleset, answers: &Answers, best: Category) -> (Option<Category>, bool, bool) {
    let qualified = |c: &Category| ruleset.category(*c).qualified_rsc_provider;
    let provides = answers.provides_rsc_years.get();
    if provides <= 0.0 || qualified(&best) || answers.endorsed_in.iter().any(qualified) {
        return (None, false, false);
    }
    // The add-on follows an endorsement held, or the one recommended once it is earned.
    let assoc = &answers.association;
    if assoc.limits_add_on_for(best) && !assoc.allows_add_on(&answers.endorsed_in) {
        return (None, false, true);
    }
    let ers_years = ruleset
        .category(Category::ReflectiveSupervisor)
        .rsc_provider_years
        .unwrap_or_default();
    let holds_emerging = answers
        .endorsed_in
        .contains(&Category::ReflectiveSupervisorEmerging);
    (
        Some(Category::ReflectiveSupervisor),
        provides < ers_years && !holds_emerging,
        false,
    )
}

/// Recommends a category for `answers`.
pub fn recommend(ruleset: &Ruleset, answers: &Answers) -> Recommendation {
    let evaluated: Vec<(Category, Vec<Reason>, bool)> = Category::MAIN
        .into_iter()
        .map(|c| {
            let (reasons, open) = gates(ruleset, c, answers);
            (c, reasons, open)
        })
        .collect();
    let reachable = |c: Category| evaluated.iter().any(|(e, _, open)| *e == c && *open);

    // The scope's own category; a clinician who meets the mentor gates is a Mentor – Clinical.
    let scoped = match scope_category(answers.scope) {
        Some(Category::MentalHealthSpecialist) if reachable(Category::MentorClinical) => {
            Some(Category::MentorClinical)
        }
        other => other,
    };
    let (best, moved_from) = match scoped {
        Some(c) if reachable(c) => (c, None),
        Some(c) => {
            let to = fallback(ruleset, c, reachable);
            (to, (to != c).then_some(c))
        }
        // Not sure of the scope: lean on the other answers, else the broadest category.
        None => {
            let guess = if answers.psychotherapy == Some(true)
                && reachable(Category::MentalHealthSpecialist)
            {
                Category::MentalHealthSpecialist
            } else if answers.families_served.0 > 0 && answers.degree < DegreeLevel::Master {
                Category::FamilySpecialist
            } else {
                Category::FamilyAssociate
            };
            (guess, None)
        }
    };

    // A clinician with no psychotherapy practice is told why the clinical categories are not recommended
    // and what fits instead.
    let clinical_without_psychotherapy =
        answers.scope == RoleScope::Clinical && answers.psychotherapy == Some(false);

    let scope_of_best = category_scope(best);
    let mut ranked: Vec<Ranked> = evaluated
        .into_iter()
        .map(|(category, mut reasons, open)| {
            let own_scope = category_scope(category);
            let named = scoped.map(category_scope) == Some(own_scope);
            let fit = if category == best {
                Fit::Best
            } else if named && !open {
                Fit::NotYet
            } else if (named || own_scope == scope_of_best) && open {
                Fit::Possible
            } else {
                Fit::OtherScope
            };
            let lead = if category == best && answers.scope == RoleScope::NotSure {
                Reason::ScopeUnsure
            } else if named || (category == best && scoped.is_none()) {
                Reason::ScopeMatches { scope: own_scope }
            } else {
                Reason::ScopeDiffers {
                    category_scope: own_scope,
                }
            };
            reasons.insert(0, lead);
            if category == best
                && let Some(from) = moved_from
            {
                reasons.insert(1, Reason::InsteadOf { from });
                if clinical_without_psychotherapy {
                    reasons.insert(2, Reason::ClinicalWithoutPsychotherapy);
                }
            }
            Ranked {
                category,
                fit,
                reasons,
            }
        })
        .collect();
    // Stable sort keeps the table order (FA, FS, MHS, mentors) within one fit.
    super::sort_small_by_key(&mut ranked, |r| r.fit);

    let wanted: Vec<Credential> = if answers.ages.is_empty() {
        vec![Credential::Imh]
    } else {
        Credential::ALL
            .into_iter()
            .filter(|c| {
                answers.ages.contains(&match c {
                    Credential::Imh => AgeGroup::Infant,
                    Credential::Ecmh => AgeGroup::EarlyChildhood,
                })
            })
            .collect()
    };
    let offered = |c: &Credential| answers.offered.is_empty() || answers.offered.contains(c);
    let (credentials, not_offered): (Vec<Credential>, Vec<Credential>) =
        wanted.into_iter().partition(offered);

    let (add_on, add_on_emerging, add_on_withheld) = add_on(ruleset, answers, best);
    // The add-on's prerequisite is an endorsement in one of the six categories [packet], one of the
    // association's list where it has one [assoc].
    let endorsed = answers.association.allows_add_on(&answers.endorsed_in);
    let add_on_reasons = if add_on.is_some() && !endorsed {
        vec![Reason::AddOnFollowsEndorsement]
    } else {
        Vec::new()
    };

    let mut assumptions = Vec::new();
    if moved_from.is_some() {
        assumptions.push(Assumption::RecommendFallbackOrder);
    }
    if answers.scope == RoleScope::NotSure {
        assumptions.push(Assumption::RecommendNotSureScope);
    }
    let clinical_considered = answers.scope == RoleScope::Clinical
        || matches!(
            best,
            Category::MentalHealthSpecialist | Category::MentorClinical
        );
    if answers.psychotherapy.is_none() && clinical_considered {
        assumptions.push(Assumption::RecommendPsychotherapyNotSure);
    }
    Recommendation {
        best,
        credentials,
        not_offered,
        ranked,
        add_on,
        add_on_emerging,
        add_on_reasons,
        assumptions,
        association: if add_on_withheld {
            vec![AssociationRule::ErsAddOnFor]
        } else {
            Vec::new()
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::EDITION_2025;
    use crate::rules::model::Hours;
    use crate::rules::ruleset::CategoryRules;

    fn years(value: f64) -> Hours {
        Hours::new(value).unwrap_or(Hours::ZERO)
    }

    /// The 2025 edition with `category`'s fallback chain replaced.
    fn with_chain(category: Category, chain: &'static [Category]) -> Ruleset {
        let mut categories: [CategoryRules; 8] = *EDITION_2025.categories;
        for rules in categories.iter_mut().filter(|r| r.category == category) {
            rules.fallback = chain;
        }
        Ruleset {
            categories: Box::leak(Box::new(categories)),
            ..EDITION_2025
        }
    }

    /// A policy leader with a bachelor's degree: Mentor – Policy's degree gate is not met, and of the
    /// other main categories only Family Associate's gates are (a degree suffices there).
    fn policy_bachelor() -> Answers {
        Answers {
            scope: RoleScope::Policy,
            degree: DegreeLevel::Bachelor,
            leader_years: years(5.0),
            ..Answers::default()
        }
    }

    fn best_reasons(rec: &Recommendation) -> &[Reason] {
        rec.ranked
            .iter()
            .find(|r| r.category == rec.best)
            .map_or(&[], |r| r.reasons.as_slice())
    }

    #[test]
    fn the_2025_chains_are_the_ones_the_assumption_names() {
        use Category::*;
        let chain = |c| EDITION_2025.category(c).fallback;
        assert_eq!(
            chain(MentorClinical),
            [MentalHealthSpecialist, FamilySpecialist]
        );
        assert_eq!(chain(MentalHealthSpecialist), [FamilySpecialist]);
        assert_eq!(chain(MentorPolicy), [FamilyAssociate]);
        assert_eq!(chain(MentorResearchFaculty), [FamilyAssociate]);
        for c in [
            FamilyAssociate,
            FamilySpecialist,
            ReflectiveSupervisor,
            ReflectiveSupervisorEmerging,
        ] {
            assert!(chain(c).is_empty(), "{c:?}");
        }
    }

    #[test]
    fn the_engine_follows_the_chain_in_the_data() {
        let answers = policy_bachelor();
        // The edition's own chain.
        let rec = recommend(&EDITION_2025, &answers);
        assert_eq!(rec.best, Category::FamilyAssociate);
        assert!(best_reasons(&rec).contains(&Reason::InsteadOf {
            from: Category::MentorPolicy
        }));
        assert_eq!(rec.assumptions, [Assumption::RecommendFallbackOrder]);

        // Another chain: the first category in it whose gates are met, skipping one that is out of reach.
        let chain = &[Category::MentalHealthSpecialist, Category::FamilySpecialist];
        let rec = recommend(&with_chain(Category::MentorPolicy, chain), &answers);
        assert_eq!(rec.best, Category::FamilySpecialist);
        assert!(best_reasons(&rec).contains(&Reason::InsteadOf {
            from: Category::MentorPolicy
        }));

        // None reachable: the chain's last, with its "not yet" reasons.
        let chain = &[Category::MentalHealthSpecialist, Category::MentorClinical];
        let rec = recommend(&with_chain(Category::MentorPolicy, chain), &answers);
        assert_eq!(rec.best, Category::MentorClinical);

        // No chain: the scope's own category stays, and no fallback is assumed.
        let rec = recommend(&with_chain(Category::MentorPolicy, &[]), &answers);
        assert_eq!(rec.best, Category::MentorPolicy);
        assert!(
            !best_reasons(&rec)
                .iter()
                .any(|r| matches!(r, Reason::InsteadOf { .. }))
        );
        assert!(
            !rec.assumptions
                .contains(&Assumption::RecommendFallbackOrder)
        );
    }

    #[test]
    fn a_clinician_short_of_a_degree_follows_the_specialist_chain() {
        let answers = Answers {
            scope: RoleScope::Clinical,
            degree: DegreeLevel::Bachelor,
            years_in_scope: years(3.0),
            psychotherapy: Some(true),
            ..Answers::default()
        };
        assert_eq!(
            recommend(&EDITION_2025, &answers).best,
            Category::FamilySpecialist
        );
        let chain = &[Category::FamilyAssociate];
        let rec = recommend(
            &with_chain(Category::MentalHealthSpecialist, chain),
            &answers,
        );
        assert_eq!(rec.best, Category::FamilyAssociate);
    }
}
