//! The words of the category tool screens. Values live in `en/category_tool.rs` and `es/category_tool.rs`.

/// One language's text for the category tool screens.
pub struct CategoryToolTexts {
    pub title: &'static str,
}
