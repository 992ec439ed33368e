//! The engine's notices: things entered that were not counted in full, each naming its entry.

use super::text_list::text_list;
use crate::fill;
use crate::forms::checker::{Section, notice_target};
use crate::i18n::checker::section_texts;
use crate::i18n::{Locale, Msg};
use crate::rules::Notice;
use yew::prelude::*;

/// `titles`: the trainings' titles, to name a training as the person does.
pub fn notices(t: Locale, notices: &[Notice], titles: &[String]) -> Html {
    let line = |n: &Notice| -> String {
        let message = t.notice(n);
        match n.field().and_then(notice_target) {
            Some((section, i)) => {
                let mut name = t.fill(section_texts(section).entry, &[("n", (i + 1).into())]);
                if section == Section::Training
                    && let Some(title) = titles.get(i).filter(|s| !s.is_empty())
                {
                    name = format!("{name} ({title})");
                }
                fill!(t, CheckerNoticeAbout, entry = &name, message = &message)
            }
            None => message,
        }
    };
    text_list(
        "chk-notices",
        "chk-notices-heading",
        t.text(Msg::CheckerNoticesHeading),
        notices.iter().map(line).collect(),
    )
}
