//! The category and credential the report is about.

use crate::rules::{Category, Credential};
use crate::ui::env::Env;
use crate::ui::widgets::{Choice, Choices, RadioGroup, SelectField};
use yew::prelude::*;

pub struct ChooserProps<'a> {
    pub category: Category,
    pub credential: Credential,
    /// The credentials this association offers (never empty).
    pub offered: &'a [Credential],
    pub on_category: Callback<Category>,
    pub on_credential: Callback<Credential>,
}

pub fn chooser(env: &Env, props: &ChooserProps<'_>) -> Html {
    let texts = env.texts();
    let t = texts.checker;
    let categories: Vec<Choice<Category>> = Category::ALL
        .into_iter()
        .map(|c| Choice::new(c, (texts.category)(c)))
        .collect();
    let credentials: Vec<Choice<Credential>> = props
        .offered
        .iter()
        .map(|&c| {
            Choice::new(
                c,
                (t.credential_option)((texts.credential)(c), (texts.credential_ages)(c)),
            )
        })
        .collect();
    html! {
        <section class="chk-section chk-chooser" aria-labelledby="chk-chooser-heading">
            <h3 id="chk-chooser-heading">{ t.chooser_heading }</h3>
            <SelectField
                id="chk-category"
                label={t.category_label}
                hint={AttrValue::Static(t.category_hint)}
                choices={Choices::new(categories, Some(props.category), props.on_category.clone())}
            />
            if props.category.is_add_on() {
                // The add-on has no IMH/ECMH variant of its own.
            } else if credentials.len() > 1 {
                <RadioGroup
                    id="chk-credential"
                    legend={t.credential_legend}
                    choices={Choices::new(credentials, Some(props.credential), props.on_credential.clone())}
                />
            } else {
                <p class="chk-only-credential">
                    { (t.only_credential)((texts.credential)(props.credential), (texts.credential_ages)(props.credential)) }
                </p>
            }
        </section>
    }
}
