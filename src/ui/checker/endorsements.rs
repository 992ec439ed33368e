//! The categories a person is already endorsed in (the Reflective Supervisor add-on builds on one).

use crate::i18n::Msg;
use crate::rules::Category;
use crate::ui::env::Env;
use crate::ui::widgets::Checkbox;
use yew::prelude::*;

pub fn endorsements(env: &Env, held: &[Category], on_change: &Callback<(Category, bool)>) -> Html {
    let t = env.locale();
    html! {
        <section class="chk-section chk-section--endorsements" aria-labelledby="chk-endorsements-heading">
            <h3 id="chk-endorsements-heading">{ t.text(Msg::CheckerEndorsementsHeading) }</h3>
            <fieldset class="en-fieldset" aria-describedby="chk-endorsements-hint">
                <legend class="en-visually-hidden">{ t.text(Msg::CheckerEndorsementsHeading) }</legend>
                <p class="en-hint" id="chk-endorsements-hint">{ t.text(Msg::CheckerEndorsementsHint) }</p>
                { for Category::MAIN.into_iter().map(|c| {
                    let on_change = on_change.reform(move |held: bool| (c, held));
                    html! {
                        <Checkbox id={format!("chk-endorsed-{}", c.id())} label={t.category(c)}
                            checked={held.contains(&c)} {on_change} />
                    }
                }) }
            </fieldset>
        </section>
    }
}
