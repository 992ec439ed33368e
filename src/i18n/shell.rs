//! The words of the shell screens. Values live in `en/shell.rs` and `es/shell.rs`.

/// One language's text for the shell screens.
pub struct ShellTexts {
    pub title: &'static str,
}
