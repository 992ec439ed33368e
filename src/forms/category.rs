//! The questionnaire's one root state: the answers as drafts, the current step, and the errors to show.
//!
//! The flow — which questions apply to which main role — is sequencing and lives here; the recommendation
//! itself comes only from `rules::recommend`, fed by [`CategoryState::answers`]. Typed numbers are read
//! in the visitor's [`NumberStyle`], which the actions and queries that read them are given.

pub use super::{Field, FieldError, FocusRequest, Problem};
use super::{NumberStyle, parse_non_negative, parse_whole};
use crate::rules::EDITION_2025;
use crate::rules::model::{
    AgeGroup, Answers, Category, Count, Credential, DegreeLevel, Hours, RoleScope,
};
use serde::Serialize;

/// The three answers to the ages question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AgesChoice {
    Infant,
    EarlyChildhood,
    Both,
}

pub use super::YesNoNotSure;

/// One page of the questionnaire.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    #[default]
    Ages,
    Scope,
    Degree,
    YearsInScope,
    FamiliesServed,
    Psychotherapy,
    LeaderYears,
    ProvidesRsc,
    EndorsedIn,
    Summary,
    Result,
}

impl Step {
    /// The questions in the order they are asked (whether they apply or not).
    pub const QUESTIONS: [Step; 9] = [
        Step::Ages,
        Step::Scope,
        Step::Degree,
        Step::YearsInScope,
        Step::FamiliesServed,
        Step::Psychotherapy,
        Step::LeaderYears,
        Step::ProvidesRsc,
        Step::EndorsedIn,
    ];

    /// Whether this question is asked of someone whose main role is `scope` (not chosen yet: `None`).
    /// Families served is asked of clinicians too, because without the post-graduate gate their
    /// recommendation moves to Family Specialist, which counts families; and "not sure" gets the questions
    /// the engine uses to guess (families, psychotherapy).
    pub fn applies(self, scope: Option<RoleScope>) -> bool {
        use RoleScope::*;
        match self {
            Step::FamiliesServed => matches!(scope, Some(Prevention | Clinical | NotSure)),
            Step::Psychotherapy => matches!(scope, Some(Clinical | NotSure)),
            Step::LeaderYears => matches!(scope, Some(Clinical | Policy | ResearchFaculty)),
            _ => true,
        }
    }

    /// The id of the step's heading, where focus goes when the step opens.
    pub fn heading_id(self) -> String {
        match self.field() {
            Some(field) => format!("{}-heading", field.id()),
            None if self == Step::Summary => "category-summary-heading".to_owned(),
            None => "category-result-heading".to_owned(),
        }
    }

    /// The field whose error belongs at the top of this step (its first input).
    pub fn field(self) -> Option<Field> {
        Some(match self {
            Step::Ages => Field::Ages,
            Step::Scope => Field::Scope,
            Step::Degree => Field::Degree,
            Step::YearsInScope => Field::YearsInScope,
            Step::FamiliesServed => Field::FamiliesServed,
            Step::Psychotherapy => Field::Psychotherapy,
            Step::LeaderYears => Field::LeaderYears,
            Step::ProvidesRsc => Field::ProvidesRsc,
            Step::EndorsedIn => Field::EndorsedIn,
            Step::Summary | Step::Result => return None,
        })
    }
}

/// Everything the person has answered, as entered: typed numbers stay text until Continue.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(default)]
pub struct Drafts {
    pub ages: Option<AgesChoice>,
    pub scope: Option<RoleScope>,
    pub degree: Option<DegreeLevel>,
    pub years_in_scope: String,
    pub families_served: String,
    pub psychotherapy: Option<YesNoNotSure>,
    pub leader_years: String,
    pub provides_rsc: Option<bool>,
    pub provides_rsc_years: String,
    pub endorsed_in: Vec<Category>,
    /// The exclusive "not endorsed yet" box, so that "none" is an answer and not a skipped question.
    pub not_endorsed: bool,
}

/// One change to an answer.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    Ages(AgesChoice),
    Scope(RoleScope),
    Degree(DegreeLevel),
    YearsInScope(String),
    FamiliesServed(String),
    Psychotherapy(YesNoNotSure),
    LeaderYears(String),
    ProvidesRsc(bool),
    ProvidesRscYears(String),
    EndorsedIn(Category, bool),
    NotEndorsed(bool),
}

/// What the person did.
#[derive(Clone, Debug, PartialEq)]
pub enum CategoryAction {
    Answer(Answer),
    /// Continue on a question (validate, reading numbers in the visitor's style, then go on) or on the
    /// summary (show the result).
    Continue(NumberStyle),
    Back,
    /// "Change" on the summary: open that question; Continue then returns to the summary.
    Change(Step),
    /// Back to the summary from the result page.
    ReviewAnswers,
    Restart,
    /// Answers that came from a share link or a file, in place of the current ones (after consent).
    Restore(Box<CategoryState>),
}

/// The category tool's root state.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(default)]
pub struct CategoryState {
    pub drafts: Drafts,
    pub step: Step,
    /// The current question was opened from the summary's "Change" link.
    pub came_from_summary: bool,
    /// Errors of the current step, shown after Continue; not kept between visits.
    #[serde(skip)]
    pub errors: Vec<FieldError>,
    /// Where focus goes after the last navigation or Continue: the new step's heading, or the error
    /// summary. `None` until the person acts, so the first render never pulls focus from the host page.
    #[serde(skip)]
    pub focus: Option<FocusRequest>,
}

/// The id of the questionnaire's error summary.
pub const ERROR_SUMMARY_ID: &str = "category-error-summary";

/// Reads a number of years: fractions allowed, in the visitor's style ("1.5", or "1,5" in Spanish).
pub fn parse_years(text: &str, style: NumberStyle) -> Result<f64, Problem> {
    let value = parse_non_negative(text, style)?;
    if value > EDITION_2025.answer_limits.years {
        Err(Problem::TooLarge)
    } else {
        Ok(value)
    }
}

/// Reads a whole count (families served): "1,000" in English and "1.000" in Spanish are a thousand.
pub fn parse_count(text: &str, style: NumberStyle) -> Result<u32, Problem> {
    let value = parse_whole(text, style)?;
    if value > EDITION_2025.answer_limits.families {
        Err(Problem::TooLarge)
    } else {
        Ok(value)
    }
}

impl Drafts {
    /// The errors of one question's answers; empty when it can be left.
    pub fn validate(&self, step: Step, style: NumberStyle) -> Vec<FieldError> {
        let problem = FieldError::new;
        let missing = |field| vec![problem(field, Problem::Missing)];
        let years = |field, text: &str| match parse_years(text, style) {
            Ok(_) => Vec::new(),
            Err(p) => vec![problem(field, p)],
        };
        match step {
            Step::Ages if self.ages.is_none() => missing(Field::Ages),
            Step::Scope if self.scope.is_none() => missing(Field::Scope),
            Step::Degree if self.degree.is_none() => missing(Field::Degree),
            Step::YearsInScope => years(Field::YearsInScope, &self.years_in_scope),
            Step::FamiliesServed => match parse_count(&self.families_served, style) {
                Ok(_) => Vec::new(),
                Err(p) => vec![problem(Field::FamiliesServed, p)],
            },
            Step::Psychotherapy if self.psychotherapy.is_none() => missing(Field::Psychotherapy),
            Step::LeaderYears => years(Field::LeaderYears, &self.leader_years),
            Step::ProvidesRsc => match self.provides_rsc {
                None => missing(Field::ProvidesRsc),
                Some(false) => Vec::new(),
                Some(true) => match parse_years(&self.provides_rsc_years, style) {
                    Ok(0.0) => vec![problem(Field::ProvidesRscYears, Problem::Zero)],
                    Ok(_) => Vec::new(),
                    Err(p) => vec![problem(Field::ProvidesRscYears, p)],
                },
            },
            Step::EndorsedIn if !self.not_endorsed && self.endorsed_in.is_empty() => {
                missing(Field::EndorsedIn)
            }
            _ => Vec::new(),
        }
    }

    /// The questions that apply to the main role chosen so far, in order.
    pub fn questions(&self) -> impl Iterator<Item = Step> + '_ {
        Step::QUESTIONS
            .into_iter()
            .filter(|s| s.applies(self.scope))
    }

    /// The first question that applies and is not answered validly.
    pub fn first_unanswered(&self, style: NumberStyle) -> Option<Step> {
        self.questions()
            .find(|s| !self.validate(*s, style).is_empty())
    }

    pub fn apply(&mut self, answer: Answer) {
        match answer {
            Answer::Ages(a) => self.ages = Some(a),
            Answer::Scope(s) => self.scope = Some(s),
            Answer::Degree(d) => self.degree = Some(d),
            Answer::YearsInScope(t) => self.years_in_scope = t,
            Answer::FamiliesServed(t) => self.families_served = t,
            Answer::Psychotherapy(p) => self.psychotherapy = Some(p),
            Answer::LeaderYears(t) => self.leader_years = t,
            Answer::ProvidesRsc(b) => self.provides_rsc = Some(b),
            Answer::ProvidesRscYears(t) => self.provides_rsc_years = t,
            // "Not endorsed yet" and the categories exclude each other, as in GOV.UK's "none" checkbox.
            Answer::EndorsedIn(category, on) => {
                self.endorsed_in.retain(|c| *c != category);
                if on {
                    self.endorsed_in.push(category);
                    crate::rules::sort_small_by_key(&mut self.endorsed_in, |c| *c);
                    self.not_endorsed = false;
                }
            }
            Answer::NotEndorsed(on) => {
                self.not_endorsed = on;
                if on {
                    self.endorsed_in.clear();
                }
            }
        }
    }
}

impl CategoryState {
    /// The rules engine's input, or the first question still to answer. Answers to questions that do not
    /// apply to the chosen main role are kept as drafts but not passed on.
    pub fn answers(&self, offered: &[Credential], style: NumberStyle) -> Result<Answers, Step> {
        if let Some(step) = self.drafts.first_unanswered(style) {
            return Err(step);
        }
        let d = &self.drafts;
        let scope = d.scope.unwrap_or(RoleScope::NotSure);
        let asked = |step: Step| step.applies(Some(scope));
        let hours = |text: &str| {
            parse_years(text, style)
                .ok()
                .and_then(Hours::new)
                .unwrap_or(Hours::ZERO)
        };
        Ok(Answers {
            ages: match d.ages.unwrap_or(AgesChoice::Infant) {
                AgesChoice::Infant => vec![AgeGroup::Infant],
                AgesChoice::EarlyChildhood => vec![AgeGroup::EarlyChildhood],
                AgesChoice::Both => vec![AgeGroup::Infant, AgeGroup::EarlyChildhood],
            },
            scope,
            degree: d.degree.unwrap_or_default(),
            years_in_scope: hours(&d.years_in_scope),
            leader_years: if asked(Step::LeaderYears) {
                hours(&d.leader_years)
            } else {
                Hours::ZERO
            },
            provides_rsc_years: if d.provides_rsc == Some(true) {
                hours(&d.provides_rsc_years)
            } else {
                Hours::ZERO
            },
            psychotherapy: match d.psychotherapy {
                Some(YesNoNotSure::Yes) if asked(Step::Psychotherapy) => Some(true),
                Some(YesNoNotSure::No) if asked(Step::Psychotherapy) => Some(false),
                _ => None,
            },
            families_served: if asked(Step::FamiliesServed) {
                Count(parse_count(&d.families_served, style).unwrap_or(0))
            } else {
                Count(0)
            },
            endorsed_in: if d.not_endorsed {
                Vec::new()
            } else {
                d.endorsed_in.clone()
            },
            offered: offered.to_vec(),
            association: Default::default(),
            lang: None,
        })
    }

    /// The question before `step` that applies, if any.
    fn previous_question(&self, step: Step) -> Option<Step> {
        self.drafts.questions().take_while(|s| *s != step).last()
    }

    /// The question after `step` that applies, if any.
    fn next_question(&self, step: Step) -> Option<Step> {
        self.drafts.questions().skip_while(|s| *s != step).nth(1)
    }

    fn focus_on(&mut self, target: String) {
        self.focus = Some(FocusRequest::next(self.focus.as_ref(), target));
    }

    /// Goes to `step`, clearing errors and moving focus to its heading.
    fn go(&mut self, step: Step) {
        self.step = step;
        self.errors.clear();
        self.focus_on(step.heading_id());
    }

    fn on_continue(&mut self, style: NumberStyle) {
        match self.step {
            Step::Result => {}
            Step::Summary => match self.drafts.first_unanswered(style) {
                // Possible only with edited or old saved data: take the person to what is missing.
                Some(step) => {
                    self.came_from_summary = true;
                    self.go(step);
                }
                None => {
                    self.came_from_summary = false;
                    self.go(Step::Result);
                }
            },
            step => {
                let errors = self.drafts.validate(step, style);
                if !errors.is_empty() {
                    self.errors = errors;
                    // Every Continue with errors sends the person to them, even the same ones again.
                    self.focus_on(ERROR_SUMMARY_ID.to_owned());
                    return;
                }
                let next = if self.came_from_summary {
                    // A changed main role can open questions not answered yet: ask those, then return.
                    self.drafts.first_unanswered(style).unwrap_or(Step::Summary)
                } else {
                    self.next_question(step).unwrap_or(Step::Summary)
                };
                if next == Step::Summary {
                    self.came_from_summary = false;
                }
                self.go(next);
            }
        }
    }

    fn on_back(&mut self) {
        let to = match self.step {
            Step::Result => Step::Summary,
            Step::Summary => self.drafts.questions().last().unwrap_or(Step::EndorsedIn),
            _ if self.came_from_summary => Step::Summary,
            step => match self.previous_question(step) {
                Some(previous) => previous,
                None => return,
            },
        };
        self.came_from_summary = false;
        self.go(to);
    }

    /// Applies one action.
    pub fn apply(&mut self, action: CategoryAction) {
        match action {
            CategoryAction::Answer(answer) => self.drafts.apply(answer),
            CategoryAction::Continue(style) => self.on_continue(style),
            CategoryAction::Back => self.on_back(),
            CategoryAction::Change(step) => {
                self.came_from_summary = true;
                self.go(step);
            }
            CategoryAction::ReviewAnswers => {
                self.came_from_summary = false;
                self.go(Step::Summary);
            }
            CategoryAction::Restart => {
                let focus = self.focus.take();
                *self = CategoryState {
                    focus,
                    ..CategoryState::default()
                };
                self.focus_on(self.step.heading_id());
            }
            CategoryAction::Restore(restored) => {
                let focus = self.focus.take();
                *self = CategoryState { focus, ..*restored };
                self.focus_on(self.step.heading_id());
            }
        }
    }
}
