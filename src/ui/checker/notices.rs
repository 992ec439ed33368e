//! The engine's notices: things entered that were not counted in full, each naming its entry.

use super::entry_section::section_texts;
use super::state::{Section, notice_target};
use crate::i18n::Texts;
use crate::rules::Notice;
use yew::prelude::*;

/// `titles`: the trainings' titles, to name a training as the person does.
pub fn notices(texts: &Texts, notices: &[Notice], titles: &[String]) -> Html {
    let t = texts.checker;
    if notices.is_empty() {
        return Html::default();
    }
    let line = |n: &Notice| -> String {
        let message = (texts.notice)(n);
        match n.field().and_then(notice_target) {
            Some((section, i)) => {
                let mut name = (section_texts(t, section).entry)(i + 1);
                if section == Section::Training
                    && let Some(title) = titles.get(i).filter(|s| !s.is_empty())
                {
                    name = format!("{name} ({title})");
                }
                (t.notice_about)(&name, &message)
            }
            None => message,
        }
    };
    html! {
        <section class="chk-notices" aria-labelledby="chk-notices-heading">
            <h4 id="chk-notices-heading">{ t.notices_heading }</h4>
            <ul>
                { for notices.iter().map(|n| html! { <li>{ line(n) }</li> }) }
            </ul>
        </section>
    }
}
