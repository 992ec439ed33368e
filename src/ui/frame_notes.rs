//! The frame's own lines around the tool: the note on setup warnings that could mislead a visitor, and the
//! footer (privacy, contact, office hours, "Clear my data").

use super::clear_data::ClearData;
use super::widgets::{Notice, NoticeKind};
use crate::config::{Config, ConfigWarning};
use crate::fill;
use crate::i18n::{Locale, Msg};
use crate::rules::Credential;
use yew::prelude::*;

/// Setup warnings are for the webmaster and always go to the console; on screen only where the fallback
/// could mislead the visitor: credentials the association may not offer, or not all it does.
pub fn settings_note(t: Locale, config: &Config, warnings: &[ConfigWarning]) -> Html {
    if warnings.iter().any(ConfigWarning::misleads_visitor) {
        let text = match config.credentials.as_slice() {
            [only] => {
                let other = Credential::ALL
                    .iter()
                    .copied()
                    .find(|c| c != only)
                    .unwrap_or(*only);
                fill!(
                    t,
                    ShellCredentialsUnreadOne,
                    credential = t.credential(*only),
                    other = t.credential(other)
                )
            }
            _ => t.text(Msg::ShellCredentialsUnreadBoth).to_owned(),
        };
        html! {
            <Notice kind={NoticeKind::Warning} class={classes!("en-frame__settings")} title={AttrValue::Static(t.text(Msg::ShellCredentialsUnreadTitle))}>
                <p>{ text }</p>
            </Notice>
        }
    } else {
        Html::default()
    }
}

/// With storage="none", or where the browser refuses storage, nothing is kept (`kept` false): the footer
/// says so and offers nothing to clear.
pub fn footer(t: Locale, config: &Config, kept: bool, on_clear: Callback<()>) -> Html {
    html! {
        <footer class="en-frame__footer">
            <p class="en-frame__privacy">{ t.text(if kept { Msg::ShellPrivacy } else { Msg::ShellPrivacyNotKept }) }</p>
            if let Some(email) = &config.contact_email {
                <p class="en-frame__contact">
                    if let Some(name) = &config.profile.contact_name {
                        { fill!(t, ShellContactNamed, name = name.as_str()) }
                    } else {
                        { t.text(Msg::ShellContact) }
                    }
                    { " " }<a href={format!("mailto:{email}")}>{ email.clone() }</a>
                </p>
            }
            if let Some(url) = &config.profile.links.office_hours {
                <p class="en-frame__contact"><a href={url.clone()}>{ t.text(Msg::ShellOfficeHours) }</a></p>
            }
            if kept {
                <ClearData on_clear={on_clear} />
            }
        </footer>
    }
}
