//! The degree editor: level and the competencies its coursework showed (up to 12).

use super::editor_frame::EntryFormProps;
use crate::fill;
use crate::forms::checker::{DegreeDraft, Field};
use crate::i18n::Msg;
use crate::i18n::checker::capitalized;
use crate::rules::EDITION_2025;
use crate::rules::model::DegreeLevel;
use crate::ui::env::Env;
use crate::ui::widgets::{Choice, Choices, SelectField};
use yew::prelude::*;

pub fn degree_form(env: &Env, props: &EntryFormProps<'_, DegreeDraft>) -> Html {
    let t = env.locale();
    let draft = &props.editor.draft;
    let levels: Vec<Choice<DegreeLevel>> = DegreeLevel::ALL
        .into_iter()
        .filter(|l| l.shows_competencies())
        .map(|l| Choice::new(l, capitalized(t.degree(l))))
        .collect();
    let on_level = props.setter(|d, level| d.level = level);
    let limit = EDITION_2025.training.competencies_per(draft.level);
    let status = |chosen| match limit {
        Some(limit) => fill!(t, CheckerPickerCountDegree, chosen = chosen, limit = limit),
        None => t.text(Msg::CheckerPickerNeedsDegree).to_owned(),
    };
    let fields = html! {
        <>
            <SelectField id="chk-degree-level" label={t.text(Msg::CheckerDegreeLevel)}
                hint={AttrValue::Static(t.text(Msg::CheckerDegreeLevelHint))} choices={Choices::new(levels, draft.level.shows_competencies().then_some(draft.level), on_level)}
                placeholder={AttrValue::Static(t.text(Msg::CheckerDegreeLevelPlaceholder))}
                error={props.error(t, Field::DegreeLevel)} />
            { props.competencies(env, &draft.competencies, |d, ids| d.competencies = ids, limit, &status) }
        </>
    };
    props.frame(env, fields)
}
