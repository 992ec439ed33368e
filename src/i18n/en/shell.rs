//! English text of the shell screens.

use crate::i18n::shell::ShellTexts;

pub const TEXTS: ShellTexts = ShellTexts {
    title: "Endorsement Navigator",
};
