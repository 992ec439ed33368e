//! Spanish text of the checker screens; untranslated entries fall back to English.

use crate::i18n::checker::CheckerTexts;
use crate::i18n::en;

pub const TEXTS: CheckerTexts = CheckerTexts {
    ..en::checker::TEXTS
};
