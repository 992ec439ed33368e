//! English text of the renewal screens.

use crate::i18n::renewal::RenewalTexts;

pub const TEXTS: RenewalTexts = RenewalTexts {
    title: "Renewal hours",
};
