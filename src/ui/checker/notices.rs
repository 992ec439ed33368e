//! The engine's notices: things entered that were not counted in full, each naming its entry.

use super::entry_section::section_texts;
use super::state::{Section, notice_target};
use crate::rules::Notice;
use crate::ui::env::Env;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
    /// The trainings' titles, to name a training as the person does.
    pub titles: Vec<String>,
}

#[function_component]
pub fn Notices(props: &NoticesProps) -> Html {
    let Some(env) = use_context::<Env>() else {
        return Html::default();
    };
    let texts = env.texts();
    let t = texts.checker;
    if props.notices.is_empty() {
        return Html::default();
    }
    let line = |n: &Notice| -> String {
        let message = (texts.notice)(n);
        let field = match n {
            Notice::TooManyCompetencies { field, .. }
            | Notice::VolunteerWorkNotCounted { field } => Some(field.as_str()),
            Notice::SelfStudyCapped { .. } => None,
        };
        match field.and_then(notice_target) {
            Some((section, i)) => {
                let mut name = (section_texts(t, section).entry)(i + 1);
                if section == Section::Training
                    && let Some(title) = props.titles.get(i).filter(|s| !s.is_empty())
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
                { for props.notices.iter().map(|n| html! { <li>{ line(n) }</li> }) }
            </ul>
        </section>
    }
}
