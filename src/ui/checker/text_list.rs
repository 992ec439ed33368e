//! A section of the report that is a heading and a list of sentences: guidance, notices, assumptions.

use yew::prelude::*;

/// The section, or nothing when there are no `items`.
pub fn text_list(
    class: &'static str,
    heading_id: &'static str,
    heading: &'static str,
    items: Vec<String>,
) -> Html {
    if items.is_empty() {
        return Html::default();
    }
    html! {
        <section {class} aria-labelledby={heading_id}>
            <h4 id={heading_id}>{ heading }</h4>
            <ul>{ for items.into_iter().map(|item| html! { <li>{ item }</li> }) }</ul>
        </section>
    }
}
