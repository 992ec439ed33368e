//! Spanish text of the shell screens; untranslated entries fall back to English.

use crate::i18n::en;
use crate::i18n::shell::ShellTexts;

pub const TEXTS: ShellTexts = ShellTexts { ..en::shell::TEXTS };
