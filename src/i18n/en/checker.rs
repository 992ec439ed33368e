//! English text of the checker screens.

use crate::i18n::checker::CheckerTexts;

pub const TEXTS: CheckerTexts = CheckerTexts {
    title: "Requirements checker",
};
