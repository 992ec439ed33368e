//! The names of domain things and the sentences built from the engine's results (report lines,
//! notices, assumptions, the recommender's reasons), for every screen and for `recommend`.

use super::{Arg, Locale, Msg};
use crate::fill;
use crate::rules::RequirementId;
use crate::rules::check::{ExamFacts, Guidance, Notice};
use crate::rules::competency::{DEFAULT_COMPETENCIES, Domain};
use crate::rules::model::TrainingKind;
use crate::rules::model::{Category, Credential, DegreeLevel, RoleScope};
use crate::rules::recommend::{Fit, Reason};
use crate::rules::ruleset::{Assumption, ReferenceSource};

impl Locale {
    /// Short category name without the age prefix ("Family Specialist").
    pub fn category(self, c: Category) -> &'static str {
        self.text(match c {
            Category::FamilyAssociate => Msg::CategoryFamilyAssociate,
            Category::FamilySpecialist => Msg::CategoryFamilySpecialist,
            Category::MentalHealthSpecialist => Msg::CategoryMentalHealthSpecialist,
            Category::MentorClinical => Msg::CategoryMentorClinical,
            Category::MentorPolicy => Msg::CategoryMentorPolicy,
            Category::MentorResearchFaculty => Msg::CategoryMentorResearchFaculty,
            Category::ReflectiveSupervisor => Msg::CategoryReflectiveSupervisor,
            Category::ReflectiveSupervisorEmerging => Msg::CategoryReflectiveSupervisorEmerging,
        })
    }

    /// Full title for a credential ("Infant Family Specialist"); add-ons keep their own name.
    pub fn category_title(self, c: Category, credential: Credential) -> String {
        if c.is_add_on() {
            return self.category(c).to_owned();
        }
        let msg = match credential {
            Credential::Imh => Msg::CategoryTitleImh,
            Credential::Ecmh => Msg::CategoryTitleEcmh,
        };
        self.fill(msg, &[("category", self.category(c).into())])
    }

    /// "IMH-E®", "ECMH-E®".
    pub fn credential(self, c: Credential) -> &'static str {
        self.text(match c {
            Credential::Imh => Msg::CredentialImh,
            Credential::Ecmh => Msg::CredentialEcmh,
        })
    }

    /// "pregnancy and children from birth up to 3 years".
    pub fn credential_ages(self, c: Credential) -> &'static str {
        self.text(match c {
            Credential::Imh => Msg::CredentialAgesImh,
            Credential::Ecmh => Msg::CredentialAgesEcmh,
        })
    }

    pub fn scope(self, s: RoleScope) -> &'static str {
        self.text(match s {
            RoleScope::Promotion => Msg::ScopePromotion,
            RoleScope::Prevention => Msg::ScopePrevention,
            RoleScope::Clinical => Msg::ScopeClinical,
            RoleScope::Policy => Msg::ScopePolicy,
            RoleScope::ResearchFaculty => Msg::ScopeResearchFaculty,
            RoleScope::NotSure => Msg::ScopeNotSure,
        })
    }

    pub fn degree(self, d: DegreeLevel) -> &'static str {
        self.text(match d {
            DegreeLevel::None => Msg::DegreeNone,
            DegreeLevel::Certificate => Msg::DegreeCertificate,
            DegreeLevel::Associate => Msg::DegreeAssociate,
            DegreeLevel::Bachelor => Msg::DegreeBachelor,
            DegreeLevel::Master => Msg::DegreeMaster,
            DegreeLevel::Doctorate => Msg::DegreeDoctorate,
        })
    }

    pub fn domain(self, d: Domain) -> &'static str {
        self.text(match d {
            Domain::TheoreticalFoundations => Msg::DomainTheoreticalFoundations,
            Domain::LawRegulationPolicy => Msg::DomainLawRegulationPolicy,
            Domain::SystemsExpertise => Msg::DomainSystemsExpertise,
            Domain::DirectServiceSkills => Msg::DomainDirectServiceSkills,
            Domain::WorkingWithOthers => Msg::DomainWorkingWithOthers,
            Domain::Communicating => Msg::DomainCommunicating,
            Domain::Thinking => Msg::DomainThinking,
            Domain::Reflection => Msg::DomainReflection,
        })
    }

    /// The name of a competency of the default list, by id. The table lists the names in the order of
    /// [`DEFAULT_COMPETENCIES`] (a test checks it), followed by the name of an unknown id.
    pub fn competency(self, id: &str) -> &'static str {
        let position = DEFAULT_COMPETENCIES
            .iter()
            .position(|c| c.id == id)
            .unwrap_or(DEFAULT_COMPETENCIES.len());
        self.text_at(Msg::CompetencyPregnancyEarlyParenthood as usize + position)
    }

    /// Competency names for a list of ids, joined with semicolons (names may contain commas).
    pub fn competencies(self, ids: &[String]) -> String {
        ids.iter()
            .map(|id| self.competency(id))
            .collect::<Vec<_>>()
            .join("; ")
    }

    pub fn fit(self, f: Fit) -> &'static str {
        self.text(match f {
            Fit::Best => Msg::FitBest,
            Fit::NotYet => Msg::FitNotYet,
            Fit::Possible => Msg::FitPossible,
            Fit::OtherScope => Msg::FitOtherScope,
        })
    }

    pub fn requirement(self, r: RequirementId) -> &'static str {
        self.text(match r {
            RequirementId::PriorEndorsement => Msg::RequirementPriorEndorsement,
            RequirementId::Education => Msg::RequirementEducation,
            RequirementId::WorkYears => Msg::RequirementWorkYears,
            RequirementId::FamiliesServed => Msg::RequirementFamiliesServed,
            RequirementId::RscProviderYears => Msg::RequirementRscProviderYears,
            RequirementId::TrainingHours => Msg::RequirementTrainingHours,
            RequirementId::RscProvisionTrainingHours => Msg::RequirementRscProvisionTrainingHours,
            RequirementId::RscHours => Msg::RequirementRscHours,
            RequirementId::RscProvisionHours => Msg::RequirementRscProvisionHours,
            RequirementId::RscPrerequisiteHours => Msg::RequirementRscPrerequisiteHours,
            RequirementId::References => Msg::RequirementReferences,
            RequirementId::CoreCompetencies => Msg::RequirementCoreCompetencies,
        })
    }

    /// What is still missing: "9 more training hours".
    pub fn missing(self, r: RequirementId, amount: f64) -> String {
        let msg = match r {
            RequirementId::WorkYears => Msg::MissingWorkYears,
            RequirementId::FamiliesServed => Msg::MissingFamiliesServed,
            RequirementId::RscProviderYears => Msg::MissingRscProviderYears,
            RequirementId::TrainingHours => Msg::MissingTrainingHours,
            RequirementId::RscProvisionTrainingHours => Msg::MissingRscProvisionTrainingHours,
            RequirementId::RscHours => Msg::MissingRscHours,
            RequirementId::RscProvisionHours => Msg::MissingRscProvisionHours,
            RequirementId::RscPrerequisiteHours => Msg::MissingRscPrerequisiteHours,
            RequirementId::References => Msg::MissingReferences,
            RequirementId::Education => Msg::MissingEducation,
            RequirementId::PriorEndorsement => Msg::MissingPriorEndorsement,
            RequirementId::CoreCompetencies => Msg::MissingCoreCompetencies,
        };
        // Years read in years and months ("11 months more"), never as "0.92 more years".
        let years = self.years(amount);
        self.fill(msg, &[("n", amount.into()), ("years", Arg::Text(&years))])
    }

    /// A requirement that is met: "33 of 33 training hours", or "25 families (10 needed)" beyond it.
    pub fn progress(self, r: RequirementId, have: f64, need: f64) -> String {
        let years = matches!(
            r,
            RequirementId::WorkYears | RequirementId::RscProviderYears
        );
        let msg = match (r, have > need) {
            _ if years && have > need => Msg::ProgressYearsOver,
            _ if years => Msg::ProgressYears,
            (RequirementId::FamiliesServed, false) => Msg::ProgressFamilies,
            (RequirementId::FamiliesServed, true) => Msg::ProgressFamiliesOver,
            (RequirementId::References, false) => Msg::ProgressReferences,
            (RequirementId::References, true) => Msg::ProgressReferencesOver,
            (_, false) => Msg::ProgressHours,
            (_, true) => Msg::ProgressHoursOver,
        };
        if years {
            // "3 years 1 month of 2 years" reads as met; "3.08 of 2 years" did not.
            let (have, need) = (self.years(have), self.years(need));
            return self.fill(
                msg,
                &[("have", Arg::Text(&have)), ("need", Arg::Text(&need))],
            );
        }
        self.fill(msg, &[("have", have.into()), ("need", need.into())])
    }

    pub fn assumption(self, a: Assumption) -> &'static str {
        self.text(match a {
            Assumption::PartialHoursRoundDown => Msg::AssumptionPartialHoursRoundDown,
            Assumption::WorkYearsByDays => Msg::AssumptionWorkYearsByDays,
            Assumption::VolunteerWorkSupervised => Msg::AssumptionVolunteerWorkSupervised,
            Assumption::RscNotDoubleCounted => Msg::AssumptionRscNotDoubleCounted,
            Assumption::DefaultCompetencyList => Msg::AssumptionDefaultCompetencyList,
            Assumption::YearsEndorsedByCalendarYear => Msg::AssumptionYearsEndorsedByCalendarYear,
            Assumption::HoursInsideCycle => Msg::AssumptionHoursInsideCycle,
            Assumption::EndorsedMeansGranted => Msg::AssumptionEndorsedMeansGranted,
            Assumption::ReinstatementTwelveMonths => Msg::AssumptionReinstatementTwelveMonths,
            Assumption::TrainingsCountWhenCompleted => Msg::AssumptionTrainingsCountWhenCompleted,
            Assumption::CertificateLikeDegree => Msg::AssumptionCertificateLikeDegree,
            Assumption::RscOverlapNotChecked => Msg::AssumptionRscOverlapNotChecked,
            Assumption::RscInsideProvisionPeriod => Msg::AssumptionRscInsideProvisionPeriod,
            Assumption::LargeFiguresCounted => Msg::AssumptionLargeFiguresCounted,
            Assumption::RecommendFallbackOrder => Msg::AssumptionRecommendFallbackOrder,
            Assumption::RecommendNotSureScope => Msg::AssumptionRecommendNotSureScope,
            Assumption::RecommendPsychotherapyNotSure => {
                Msg::AssumptionRecommendPsychotherapyNotSure
            }
            Assumption::PaceSteady => Msg::AssumptionPaceSteady,
        })
    }

    pub fn notice(self, n: &Notice) -> String {
        match n {
            Notice::TooManyCompetencies {
                claimed, allowed, ..
            } => fill!(
                self,
                NoticeTooManyCompetencies,
                claimed = *claimed,
                allowed = *allowed
            ),
            Notice::SelfStudyCapped { counted, logged } => {
                fill!(
                    self,
                    NoticeSelfStudyCapped,
                    logged = *logged,
                    counted = *counted
                )
            }
            Notice::CompetenciesNotListed { competencies, .. } => fill!(
                self,
                NoticeCompetenciesNotListed,
                names = &self.competencies(competencies)
            ),
            Notice::VolunteerWorkNotCounted { .. } => {
                self.text(Msg::NoticeVolunteerWorkNotCounted).to_owned()
            }
            Notice::TrainingNotYetCompleted { date, .. } => {
                fill!(self, NoticeTrainingNotYetCompleted, date = *date)
            }
            Notice::RscNotYetReceived { date, .. } => {
                fill!(self, NoticeRscNotYetReceived, date = *date)
            }
            Notice::CheckFigure { value, .. } => fill!(self, NoticeCheckFigure, value = *value),
            Notice::RscOutsideProvision { .. } => {
                self.text(Msg::NoticeRscOutsideProvision).to_owned()
            }
            Notice::RscProviderUnconfirmed { hours, .. } => {
                fill!(self, NoticeRscProviderUnconfirmed, hours = *hours)
            }
            Notice::EcmhAgeGroups { mentor } => self
                .text(if *mentor {
                    Msg::NoticeEcmhAgeGroupsMentor
                } else {
                    Msg::NoticeEcmhAgeGroups
                })
                .to_owned(),
        }
    }

    /// Whom a reference is to come from, as the end of a sentence ("your RSC provider").
    pub fn reference_source(self, s: ReferenceSource) -> &'static str {
        self.text(match s {
            ReferenceSource::ReportedTo => Msg::ReferenceSourceReportedTo,
            ReferenceSource::RscProvider => Msg::ReferenceSourceRscProvider,
            ReferenceSource::Supervisee => Msg::ReferenceSourceSupervisee,
            ReferenceSource::PeerTeacherOrColleague => Msg::ReferenceSourcePeerTeacherOrColleague,
        })
    }

    /// Whom a category's references come from, as a sentence; `None` when it names no source.
    pub fn reference_sources(self, from: &[ReferenceSource]) -> Option<String> {
        match from {
            [] => None,
            [first] => Some(fill!(
                self,
                CheckerReferencesFromOne,
                first = self.reference_source(*first)
            )),
            [first, second, ..] => Some(fill!(
                self,
                CheckerReferencesFromTwo,
                first = self.reference_source(*first),
                second = self.reference_source(*second)
            )),
        }
    }

    /// A month's name (1 = January).
    pub fn month(self, month: u32) -> &'static str {
        self.text_at(Msg::DateMonth1 as usize + month.clamp(1, 12) as usize - 1)
    }

    /// The exam's facts as one sentence: when it is offered, its fee and payee, and when results come.
    pub fn exam_facts(self, exam: &ExamFacts) -> String {
        fill!(
            self,
            ExamFacts,
            first = self.month(exam.first_month),
            last = self.month(exam.last_month),
            fee = exam.fee_usd,
            from = exam.fee_from,
            min = exam.results_weeks_min,
            max = exam.results_weeks_max
        )
    }

    /// Something the packet asks for without a count, as a sentence.
    pub fn guidance(self, g: &Guidance) -> String {
        match g {
            Guidance::TrainingType { training, hours } => {
                let msg = match training {
                    TrainingKind::Psychotherapy => Msg::CheckerGuidancePsychotherapy,
                    TrainingKind::RscProvision | TrainingKind::General => {
                        Msg::CheckerGuidanceRscProvision
                    }
                };
                self.fill(msg, &[("hours", Arg::Text(&self.hours(*hours)))])
            }
        }
    }

    /// One of the recommender's reasons as a sentence, for the category it is about.
    pub fn reason(self, category: Category, credential: Credential, r: &Reason) -> String {
        // Categories are named as the result's heading names them ("Infant Family Specialist").
        let name = &self.category_title(category, credential);
        // Years read as "3 years" in most reasons; `need_n` is the bare number where the sentence
        // repeats it ("… 2 are needed").
        let years = |have: f64, need: f64, met: Msg, short: Msg| {
            let (have_years, need_years) = (self.years(have), self.years(need));
            let args = [
                ("have", Arg::Text(&have_years)),
                ("need", Arg::Text(&need_years)),
                ("need_n", Arg::Num(need)),
            ];
            self.fill(if have >= need { met } else { short }, &args)
        };
        match *r {
            Reason::ScopeMatches { scope } => fill!(
                self,
                ReasonScopeMatches,
                category = name,
                scope = self.scope(scope)
            ),
            Reason::ScopeDiffers { category_scope } => fill!(
                self,
                ReasonScopeDiffers,
                category = name,
                scope = self.scope(category_scope)
            ),
            Reason::ScopeUnsure => self.text(Msg::ReasonScopeUnsure).to_owned(),
            Reason::NeedsPostGraduate { have } => {
                let held = self.text(match have {
                    DegreeLevel::None => Msg::ReasonHeldNone,
                    DegreeLevel::Certificate => Msg::ReasonHeldCertificate,
                    DegreeLevel::Associate => Msg::ReasonHeldAssociate,
                    DegreeLevel::Bachelor => Msg::ReasonHeldBachelor,
                    DegreeLevel::Master => Msg::ReasonHeldMaster,
                    DegreeLevel::Doctorate => Msg::ReasonHeldDoctorate,
                });
                fill!(self, ReasonNeedsPostGraduate, category = name, held = held)
            }
            Reason::HasPostGraduate => self.text(Msg::ReasonHasPostGraduate).to_owned(),
            Reason::NoDegreeNeeded => fill!(self, ReasonNoDegreeNeeded, category = name),
            Reason::DegreeOrWork {
                has_degree,
                years: have,
                need,
            } => {
                if has_degree {
                    self.text(Msg::ReasonDegreeOrWorkHasDegree).to_owned()
                } else {
                    years(
                        have,
                        need,
                        Msg::ReasonDegreeOrWorkMet,
                        Msg::ReasonDegreeOrWorkShort,
                    )
                }
            }
            Reason::Years {
                have,
                need,
                answered_in: Some(answered),
            } => {
                // The years answered were another kind of work: say so rather than "you have 3 years".
                let (have_years, need_years) = (self.years(have), self.years(need));
                fill!(
                    self,
                    ReasonYearsOtherScope,
                    need = &need_years,
                    scope = self.scope(crate::rules::recommend::category_scope(category)),
                    have = &have_years,
                    answered = self.scope(answered)
                )
            }
            Reason::Years { have, need, .. } => {
                years(have, need, Msg::ReasonYearsMet, Msg::ReasonYearsShort)
            }
            Reason::LeaderYears {
                need, asked: false, ..
            } => {
                let need_years = self.years(need);
                fill!(self, ReasonLeaderYearsNotAsked, need = &need_years)
            }
            Reason::LeaderYears { have, need, .. } => years(
                have,
                need,
                Msg::ReasonLeaderYearsMet,
                Msg::ReasonLeaderYearsShort,
            ),
            Reason::RscProviderYears { have, need } => years(
                have,
                need,
                Msg::ReasonRscProviderYearsMet,
                Msg::ReasonRscProviderYearsShort,
            ),
            Reason::Families { have, need } => {
                let msg = if have >= need {
                    Msg::ReasonFamiliesMet
                } else {
                    Msg::ReasonFamiliesShort
                };
                self.fill(msg, &[("have", have.into()), ("need", need.into())])
            }
            Reason::NeedsPsychotherapy { answer } => self
                .text(match answer {
                    Some(true) => Msg::ReasonPsychotherapyYes,
                    Some(false) => Msg::ReasonPsychotherapyNo,
                    None => Msg::ReasonPsychotherapyUnsure,
                })
                .to_owned(),
            Reason::ExamRequired => self.text(Msg::ReasonExamRequired).to_owned(),
            Reason::ClinicalWithoutPsychotherapy => fill!(
                self,
                ReasonClinicalWithoutPsychotherapy,
                category = name,
                specialist = self.category(Category::MentalHealthSpecialist),
                mentor = self.category(Category::MentorClinical)
            ),
            Reason::AddOnFollowsEndorsement => {
                fill!(self, ReasonAddOnFollowsEndorsement, category = name)
            }
            Reason::InsteadOf { from } => fill!(
                self,
                ReasonInsteadOf,
                category = name,
                from = &self.category_title(from, credential)
            ),
        }
    }
}
