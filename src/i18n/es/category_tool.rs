//! Spanish text of the category tool screens; untranslated entries fall back to English.

use crate::i18n::category_tool::CategoryToolTexts;
use crate::i18n::en;

pub const TEXTS: CategoryToolTexts = CategoryToolTexts {
    ..en::category_tool::TEXTS
};
