//! The words of the checker screens. Values live in `en/checker.rs` and `es/checker.rs`.

/// One language's text for the checker screens.
pub struct CheckerTexts {
    pub title: &'static str,
}
