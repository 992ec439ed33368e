//! The words of the renewal screens. Values live in `en/renewal.rs` and `es/renewal.rs`.

/// One language's text for the renewal screens.
pub struct RenewalTexts {
    pub title: &'static str,
}
