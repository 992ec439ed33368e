//! Spanish text of the renewal screens; untranslated entries fall back to English.

use crate::i18n::en;
use crate::i18n::renewal::RenewalTexts;

pub const TEXTS: RenewalTexts = RenewalTexts {
    ..en::renewal::TEXTS
};
