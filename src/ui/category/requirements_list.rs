//! The finder's list of what a category asks for; the lines come from the engine
//! (`rules::asks::requirement_lines`), their words from the tables.

use crate::i18n::Locale;
use crate::rules::EDITION_2025;
use crate::rules::asks::requirement_lines;
use crate::rules::model::Category;
use crate::ui::widgets::sentences;
use yew::prelude::*;

pub fn requirements_list(t: Locale, category: Category) -> Html {
    let items = requirement_lines(&EDITION_2025, category)
        .into_iter()
        .map(|line| t.requirement_line(line))
        .collect();
    sentences("category-requirements", items)
}
