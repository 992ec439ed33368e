//! Pieces shared by the field components: label, hint and error lines, and `aria-describedby`.

use yew::prelude::*;

/// One option of a [`super::RadioGroup`] or [`super::SelectField`]: a domain value and its words.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice<T> {
    pub value: T,
    pub label: AttrValue,
    /// A line under the label (radio groups only).
    pub hint: Option<AttrValue>,
}

impl<T> Choice<T> {
    pub fn new(value: T, label: impl Into<AttrValue>) -> Self {
        Choice {
            value,
            label: label.into(),
            hint: None,
        }
    }

    pub fn with_hint(mut self, hint: impl Into<AttrValue>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

/// The options of a [`super::RadioGroup`] or [`super::SelectField`] as words, the selected one and what
/// a pick does. The widgets work on positions so that each is compiled once, not once per value type;
/// [`Choices::new`] maps positions back to domain values, so callers still get a `Callback<T>`.
#[derive(Clone, PartialEq)]
pub struct Choices {
    pub options: Vec<Choice<()>>,
    pub selected: Option<usize>,
    pub on_pick: Callback<usize>,
}

impl Choices {
    pub fn new<T: Clone + PartialEq + 'static>(
        options: Vec<Choice<T>>,
        selected: Option<T>,
        on_change: Callback<T>,
    ) -> Choices {
        let selected = selected.and_then(|s| options.iter().position(|c| c.value == s));
        let (values, options): (Vec<T>, Vec<Choice<()>>) = options
            .into_iter()
            .map(|c| {
                let words = Choice {
                    value: (),
                    label: c.label,
                    hint: c.hint,
                };
                (c.value, words)
            })
            .unzip();
        let on_pick = Callback::from(move |i: usize| {
            if let Some(value) = values.get(i) {
                on_change.emit(value.clone());
            }
        });
        Choices {
            options,
            selected,
            on_pick,
        }
    }
}

pub fn hint_id(id: &str) -> String {
    format!("{id}-hint")
}

pub fn error_id(id: &str) -> String {
    format!("{id}-error")
}

/// The `aria-describedby` value for a control with this hint and error, if any.
pub fn described_by(id: &str, hint: bool, error: bool) -> Option<AttrValue> {
    let mut ids = Vec::new();
    if hint {
        ids.push(hint_id(id));
    }
    if error {
        ids.push(error_id(id));
    }
    (!ids.is_empty()).then(|| AttrValue::from(ids.join(" ")))
}

/// The hint line under a label.
pub fn hint_line(id: &str, hint: &Option<AttrValue>) -> Html {
    match hint {
        Some(text) => html! { <div class="en-hint" id={hint_id(id)}>{ text.clone() }</div> },
        None => Html::default(),
    }
}

/// The error line under a label; the visually hidden prefix tells screen-reader users it is an error.
pub fn error_line(id: &str, error: &Option<AttrValue>, prefix: &'static str) -> Html {
    match error {
        Some(text) => html! {
            <div class="en-error" id={error_id(id)}>
                <span class="en-visually-hidden">{ prefix }{ " " }</span>{ text.clone() }
            </div>
        },
        None => Html::default(),
    }
}

/// The locale of the current widget instance (English outside a widget, as in component tests).
#[hook]
pub fn use_locale() -> crate::i18n::Locale {
    use_context::<crate::ui::env::Env>().map_or_else(
        || crate::i18n::Locale::new(crate::i18n::Lang::En),
        |env| env.locale(),
    )
}

/// The field wrapper's classes, with the error state.
pub fn field_classes(kind: &'static str, error: bool) -> Classes {
    classes!("en-field", kind, error.then_some("en-field--error"))
}
