//! The JSON form of a recommendation: the engine's reasons with their sentences beside them.

use crate::config::Lang;
use crate::i18n;
use crate::rules::association::AssociationRule;
use crate::rules::{Assumption, Category, Credential, Fit, Reason, Recommendation};
use serde::Serialize;

/// The output of `recommend`: reasons as sentences in the requested language, with their codes.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RecommendOutput {
    pub best: Category,
    pub credentials: Vec<Credential>,
    pub not_offered: Vec<Credential>,
    pub ranked: Vec<RankedOutput>,
    pub add_on: Option<Category>,
    pub add_on_emerging: bool,
    /// What to know about the add-on, as sentences (it follows a first endorsement), and as codes.
    pub add_on_reasons: Vec<String>,
    pub add_on_codes: Vec<Reason>,
    /// Inferred rules that shaped this answer, as ids (like `check` and `renewal`).
    pub assumptions: Vec<Assumption>,
    /// The association's rules that changed this answer (`ers_add_on_for`), as `renewal` names them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub association: Vec<AssociationRule>,
}

/// One ranked category: `reasons` are the sentences a person reads, `codes` the same reasons as data.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RankedOutput {
    pub category: Category,
    pub fit: Fit,
    pub reasons: Vec<String>,
    pub codes: Vec<Reason>,
}

impl RecommendOutput {
    pub fn new(recommendation: Recommendation, lang: Lang) -> RecommendOutput {
        let t = i18n::Locale::new(lang);
        let credential = recommendation.named_credential();
        RecommendOutput {
            best: recommendation.best,
            credentials: recommendation.credentials,
            not_offered: recommendation.not_offered,
            ranked: recommendation
                .ranked
                .into_iter()
                .map(|r| RankedOutput {
                    category: r.category,
                    fit: r.fit,
                    reasons: r
                        .reasons
                        .iter()
                        .map(|reason| t.reason(r.category, credential, reason))
                        .collect(),
                    codes: r.reasons,
                })
                .collect(),
            add_on_reasons: recommendation
                .add_on
                .map(|add_on| {
                    recommendation
                        .add_on_reasons
                        .iter()
                        .map(|reason| t.reason(add_on, credential, reason))
                        .collect()
                })
                .unwrap_or_default(),
            add_on_codes: recommendation.add_on_reasons,
            add_on: recommendation.add_on,
            add_on_emerging: recommendation.add_on_emerging,
            assumptions: recommendation.assumptions,
            association: recommendation.association,
        }
    }
}
