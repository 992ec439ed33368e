//! The category and credential the report is about.

use crate::fill;
use crate::i18n::Msg;
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
    let t = env.locale();
    let categories: Vec<Choice<Category>> = Category::ALL
        .into_iter()
        .map(|c| Choice::new(c, t.category(c)))
        .collect();
    let credentials: Vec<Choice<Credential>> = props
        .offered
        .iter()
        .map(|&c| {
            Choice::new(
                c,
                fill!(
                    t,
                    CheckerCredentialOption,
                    name = t.credential(c),
                    ages = t.credential_ages(c)
                ),
            )
        })
        .collect();
    html! {
        <section class="chk-section chk-chooser" aria-labelledby="chk-chooser-heading">
            <h3 id="chk-chooser-heading">{ t.text(Msg::CheckerChooserHeading) }</h3>
            <SelectField
                id="chk-category"
                label={t.text(Msg::CheckerCategoryLabel)}
                hint={AttrValue::Static(t.text(Msg::CheckerCategoryHint))}
                choices={Choices::new(categories, Some(props.category), props.on_category.clone())}
            />
            if props.category.is_add_on() {
                // The add-on has no IMH/ECMH variant of its own.
            } else if credentials.len() > 1 {
                <RadioGroup
                    id="chk-credential"
                    legend={t.text(Msg::CheckerCredentialLegend)}
                    choices={Choices::new(credentials, Some(props.credential), props.on_credential.clone())}
                />
            } else {
                <p class="chk-only-credential">
                    { fill!(t, CheckerOnlyCredential, name = t.credential(props.credential), ages = t.credential_ages(props.credential)) }
                </p>
            }
        </section>
    }
}
