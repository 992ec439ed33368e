//! A boxed message: information, a warning, a success or an error.

use yew::prelude::*;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum NoticeKind {
    #[default]
    Info,
    Warning,
    Success,
    Error,
}

#[derive(Properties, PartialEq, Clone)]
pub struct NoticeProps {
    #[prop_or_default]
    pub kind: NoticeKind,
    /// A bold first line.
    #[prop_or_default]
    pub title: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
    /// E.g. `status` for a message that appears after an action; none by default (use `Env::announce`
    /// for live announcements).
    #[prop_or_default]
    pub role: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
}

#[function_component]
pub fn Notice(props: &NoticeProps) -> Html {
    let kind = match props.kind {
        NoticeKind::Info => "en-notice--info",
        NoticeKind::Warning => "en-notice--warning",
        NoticeKind::Success => "en-notice--success",
        NoticeKind::Error => "en-notice--error",
    };
    html! {
        <div class={classes!("en-notice", kind, props.class.clone())} role={props.role.clone()}>
            if let Some(title) = &props.title {
                <p class="en-notice__title">{ title.clone() }</p>
            }
            { props.children.clone() }
        </div>
    }
}
