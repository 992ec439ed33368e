//! English text of the category tool screens.

use crate::i18n::category_tool::CategoryToolTexts;

pub const TEXTS: CategoryToolTexts = CategoryToolTexts {
    title: "Which category fits me?",
};
