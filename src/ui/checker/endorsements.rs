//! The categories a person is already endorsed in (the Reflective Supervisor add-on builds on one).

use crate::rules::Category;
use crate::ui::env::Env;
use crate::ui::widgets::Checkbox;
use yew::prelude::*;

pub fn endorsements(env: &Env, held: &[Category], on_change: &Callback<(Category, bool)>) -> Html {
    let texts = env.texts();
    let t = texts.checker;
    html! {
        <section class="chk-section chk-section--endorsements" aria-labelledby="chk-endorsements-heading">
            <h3 id="chk-endorsements-heading">{ t.endorsements_heading }</h3>
            <fieldset class="en-fieldset" aria-describedby="chk-endorsements-hint">
                <legend class="en-visually-hidden">{ t.endorsements_heading }</legend>
                <p class="en-hint" id="chk-endorsements-hint">{ t.endorsements_hint }</p>
                { for Category::MAIN.into_iter().map(|c| {
                    let on_change = on_change.reform(move |held: bool| (c, held));
                    html! {
                        <Checkbox id={format!("chk-endorsed-{}", c.id())} label={(texts.category)(c)}
                            checked={held.contains(&c)} {on_change} />
                    }
                }) }
            </fieldset>
        </section>
    }
}
