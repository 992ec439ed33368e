//! The embed's configuration, read from the element's attributes (CONTRACT §1).
//!
//! Pure Rust so that every fallback is tested natively: an invalid attribute never breaks the widget; it
//! falls back to the default and yields a [`ConfigWarning`] for the console (and a visible note where the
//! user would otherwise be misled).

use crate::i18n::Lang;
use crate::rules::Date;
use crate::rules::model::Credential;

/// One of the three tools.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tool {
    Category,
    Checker,
    Renewal,
}

impl Tool {
    pub const ALL: [Tool; 3] = [Tool::Category, Tool::Checker, Tool::Renewal];

    /// The attribute and event name: `category`, `checker`, `renewal`.
    pub fn id(self) -> &'static str {
        match self {
            Tool::Category => "category",
            Tool::Checker => "checker",
            Tool::Renewal => "renewal",
        }
    }
}

/// Where entries are kept between visits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StorageMode {
    #[default]
    Local,
    None,
}

/// The configuration one element runs with.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub association: Option<String>,
    pub apply_url: Option<String>,
    pub contact_email: Option<String>,
    pub credentials: Vec<Credential>,
    pub tools: Vec<Tool>,
    pub lang: Lang,
    pub today: Option<Date>,
    pub storage: StorageMode,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            association: None,
            apply_url: None,
            contact_email: None,
            credentials: Credential::ALL.to_vec(),
            tools: Tool::ALL.to_vec(),
            lang: Lang::En,
            today: None,
            storage: StorageMode::Local,
        }
    }
}

/// An attribute that was ignored, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigWarning {
    pub attribute: &'static str,
    pub value: String,
    pub message: String,
}
