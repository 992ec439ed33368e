//! The text blocks the tools' views repeat — a paragraph, a list of sentences, a section under its
//! heading — each built by one non-generic function. An `html!` literal is expanded inline at every use;
//! a call is a few instructions, which keeps the views' share of the download down.

use super::notice::{Notice, NoticeKind};
use yew::prelude::*;

/// `<p class="…">text</p>`; an empty `class` leaves the attribute out.
pub fn para(class: &'static str, text: impl Into<AttrValue>) -> Html {
    para_of(class, text.into())
}

fn para_of(class: &'static str, text: AttrValue) -> Html {
    let class = (!class.is_empty()).then_some(class);
    html! { <p {class}>{ text }</p> }
}

/// `<span class="…">text</span>`.
pub fn span(class: &'static str, text: impl Into<AttrValue>) -> Html {
    span_of(class, text.into())
}

fn span_of(class: &'static str, text: AttrValue) -> Html {
    html! { <span {class}>{ text }</span> }
}

/// `<li class="…">text</li>`; an empty `class` leaves the attribute out.
pub fn item(class: &'static str, text: impl Into<AttrValue>) -> Html {
    item_of(class, text.into())
}

fn item_of(class: &'static str, text: AttrValue) -> Html {
    let class = (!class.is_empty()).then_some(class);
    html! { <li {class}>{ text }</li> }
}

/// `<ul class="…">` with one `<li>` per sentence.
pub fn sentences(class: &'static str, items: Vec<String>) -> Html {
    html! {
        <ul {class}>{ for items.into_iter().map(|item| html! { <li>{ item }</li> }) }</ul>
    }
}

/// `<section class="…">` labelled by its `h4` (`id` is the heading's, `heading_class` its class, if
/// any), with `body` after the heading.
pub fn section(
    class: &'static str,
    id: &'static str,
    heading_class: Option<&'static str>,
    heading: impl Into<AttrValue>,
    body: Html,
) -> Html {
    section_of(class, id, heading_class, heading.into(), body)
}

fn section_of(
    class: &'static str,
    id: &'static str,
    heading_class: Option<&'static str>,
    heading: AttrValue,
    body: Html,
) -> Html {
    html! {
        <section {class} aria-labelledby={id}>
            <h4 {id} class={heading_class}>{ heading }</h4>
            { body }
        </section>
    }
}

/// A [`Notice`] of `kind` with `class` (none when empty) around `body`.
pub fn notice(kind: NoticeKind, class: &'static str, body: Html) -> Html {
    let class = Classes::from((!class.is_empty()).then_some(class));
    html! { <Notice {kind} {class}>{ body }</Notice> }
}
