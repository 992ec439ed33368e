//! The eight competency domains and a default competency list.
//!
//! The domains and the core-domain rule are from the 2025 packet. The competency names per domain are only
//! partly public and vary by category, so this list is a *default* that an association may replace; it is
//! never presented as the official grid (see `Assumption::DefaultCompetencyList`).

use super::model::Category;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Domain {
    TheoreticalFoundations,
    LawRegulationPolicy,
    SystemsExpertise,
    DirectServiceSkills,
    WorkingWithOthers,
    Communicating,
    Thinking,
    Reflection,
}

impl Domain {
    pub const ALL: [Domain; 8] = [
        Domain::TheoreticalFoundations,
        Domain::LawRegulationPolicy,
        Domain::SystemsExpertise,
        Domain::DirectServiceSkills,
        Domain::WorkingWithOthers,
        Domain::Communicating,
        Domain::Thinking,
        Domain::Reflection,
    ];

    /// Theoretical Foundations, Direct Service Skills and Reflection: at least half of each must be shown. [packet]
    pub const CORE: [Domain; 3] = [
        Domain::TheoreticalFoundations,
        Domain::DirectServiceSkills,
        Domain::Reflection,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Domain::TheoreticalFoundations => "theoretical_foundations",
            Domain::LawRegulationPolicy => "law_regulation_policy",
            Domain::SystemsExpertise => "systems_expertise",
            Domain::DirectServiceSkills => "direct_service_skills",
            Domain::WorkingWithOthers => "working_with_others",
            Domain::Communicating => "communicating",
            Domain::Thinking => "thinking",
            Domain::Reflection => "reflection",
        }
    }

    pub fn is_core(self) -> bool {
        Domain::CORE.contains(&self)
    }
}

/// Which categories list a competency.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applies {
    /// Every category.
    All,
    /// Family Specialist, Mental Health Specialist and the mentors.
    SpecialistAndUp,
    /// Mental Health Specialist and Mentor – Clinical.
    Clinical,
    /// The three mentor categories.
    Mentor,
    /// Mentor – Clinical only.
    MentorClinical,
}

impl Applies {
    pub fn includes(self, category: Category) -> bool {
        use Category::*;
        match self {
            Applies::All => true,
            Applies::SpecialistAndUp => !matches!(category, FamilyAssociate),
            Applies::Clinical => matches!(category, MentalHealthSpecialist | MentorClinical),
            Applies::Mentor => category.is_mentor(),
            Applies::MentorClinical => category == MentorClinical,
        }
    }
}

/// One competency of the default list. `id` is stable and is what entries claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Competency {
    pub id: &'static str,
    pub domain: Domain,
    pub applies: Applies,
}

const fn c(id: &'static str, domain: Domain, applies: Applies) -> Competency {
    Competency {
        id,
        domain,
        applies,
    }
}

use Applies as A;
use Domain as D;

/// The default competency list. Names are in the message tables (`i18n`), keyed by `id`.
pub const DEFAULT_COMPETENCIES: &[Competency] = &[
    c(
        "pregnancy_early_parenthood",
        D::TheoreticalFoundations,
        A::All,
    ),
    c("development_behavior", D::TheoreticalFoundations, A::All),
    c(
        "family_centered_practice",
        D::TheoreticalFoundations,
        A::All,
    ),
    c(
        "relationship_focused_practice",
        D::TheoreticalFoundations,
        A::All,
    ),
    c(
        "family_relationships_dynamics",
        D::TheoreticalFoundations,
        A::All,
    ),
    c(
        "attachment_trauma_grief_loss",
        D::TheoreticalFoundations,
        A::All,
    ),
    c("cultural_humility", D::TheoreticalFoundations, A::All),
    c(
        "disorders_of_infancy",
        D::TheoreticalFoundations,
        A::SpecialistAndUp,
    ),
    c("theories_of_change", D::TheoreticalFoundations, A::Clinical),
    c("adult_disorders", D::TheoreticalFoundations, A::Clinical),
    c("adult_learning", D::TheoreticalFoundations, A::Mentor),
    c("research_evaluation", D::TheoreticalFoundations, A::Mentor),
    c("ethical_practice", D::LawRegulationPolicy, A::All),
    c("government_law_regulation", D::LawRegulationPolicy, A::All),
    c("agency_policy", D::LawRegulationPolicy, A::All),
    c("service_delivery_systems", D::SystemsExpertise, A::All),
    c("community_resources", D::SystemsExpertise, A::All),
    c("program_management", D::SystemsExpertise, A::Mentor),
    c("observation_listening", D::DirectServiceSkills, A::All),
    c("screening_assessment", D::DirectServiceSkills, A::All),
    c("responding_with_empathy", D::DirectServiceSkills, A::All),
    c(
        "intervention_planning",
        D::DirectServiceSkills,
        A::SpecialistAndUp,
    ),
    c("developmental_guidance", D::DirectServiceSkills, A::All),
    c(
        "relationship_based_therapies",
        D::DirectServiceSkills,
        A::SpecialistAndUp,
    ),
    c("advocacy", D::DirectServiceSkills, A::All),
    c("life_skills", D::DirectServiceSkills, A::All),
    c("safety", D::DirectServiceSkills, A::All),
    c(
        "reflective_supervision",
        D::DirectServiceSkills,
        A::MentorClinical,
    ),
    c("building_relationships", D::WorkingWithOthers, A::All),
    c("supporting_others", D::WorkingWithOthers, A::All),
    c("coaching_mentoring", D::WorkingWithOthers, A::All),
    c("collaborating", D::WorkingWithOthers, A::All),
    c("resolving_conflict", D::WorkingWithOthers, A::All),
    c("crisis_management", D::WorkingWithOthers, A::All),
    c("empathy_compassion", D::WorkingWithOthers, A::All),
    c("consulting", D::WorkingWithOthers, A::SpecialistAndUp),
    c("listening", D::Communicating, A::All),
    c("speaking", D::Communicating, A::All),
    c("writing", D::Communicating, A::All),
    c("group_process", D::Communicating, A::All),
    c("analyzing_information", D::Thinking, A::All),
    c("solving_problems", D::Thinking, A::All),
    c("sound_judgment", D::Thinking, A::All),
    c("maintaining_perspective", D::Thinking, A::All),
    c("planning_organizing", D::Thinking, A::All),
    c("contemplation", D::Reflection, A::All),
    c("self_awareness", D::Reflection, A::All),
    c("curiosity", D::Reflection, A::All),
    c("professional_development", D::Reflection, A::All),
    c("emotional_response", D::Reflection, A::All),
    c("parallel_process", D::Reflection, A::All),
];

/// Looks up a competency of the default list by id.
pub fn find(id: &str) -> Option<&'static Competency> {
    DEFAULT_COMPETENCIES.iter().find(|c| c.id == id)
}

/// The competencies of `domain` that `category` lists, in list order.
pub fn for_category(
    category: Category,
    domain: Domain,
) -> impl Iterator<Item = &'static Competency> {
    DEFAULT_COMPETENCIES
        .iter()
        .filter(move |c| c.domain == domain && c.applies.includes(category))
}

/// An entry's distinct claims, split into those `category` lists (in the order claimed) and the rest.
/// Only listed claims use up the entry's slots: a competency another category lists (kept from before
/// the person changed category) shows nothing here, so it must not crowd out one that does.
pub fn split_claims(category: Category, ids: &[String]) -> (Vec<&str>, Vec<&str>) {
    let mut listed: Vec<&str> = Vec::new();
    let mut other: Vec<&str> = Vec::new();
    for id in ids {
        let id = id.as_str();
        if listed.contains(&id) || other.contains(&id) {
            continue;
        }
        if find(id).is_some_and(|c| c.applies.includes(category)) {
            listed.push(id);
        } else {
            other.push(id);
        }
    }
    (listed, other)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique() {
        for (i, a) in DEFAULT_COMPETENCIES.iter().enumerate() {
            assert!(
                DEFAULT_COMPETENCIES[i + 1..].iter().all(|b| b.id != a.id),
                "{}",
                a.id
            );
        }
    }

    #[test]
    fn claims_split_by_the_category_list() {
        let ids: Vec<String> = [
            "attachment_trauma_grief_loss",
            "disorders_of_infancy",
            "attachment_trauma_grief_loss",
            "nope",
        ]
        .map(String::from)
        .to_vec();
        let listed_for = |category| split_claims(category, &ids);
        assert!(find("disorders_of_infancy").is_some());
        assert_eq!(
            listed_for(Category::FamilyAssociate),
            (
                vec!["attachment_trauma_grief_loss"],
                vec!["disorders_of_infancy", "nope"]
            )
        );
        assert_eq!(
            listed_for(Category::FamilySpecialist),
            (
                vec!["attachment_trauma_grief_loss", "disorders_of_infancy"],
                vec!["nope"]
            )
        );
    }

    #[test]
    fn every_category_has_competencies_in_every_domain() {
        for category in Category::MAIN {
            for domain in Domain::ALL {
                assert!(
                    for_category(category, domain).next().is_some(),
                    "{category:?} {domain:?}"
                );
            }
        }
    }
}
