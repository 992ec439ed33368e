//! Throwaway smoke test for the wasm-bindgen-test tier (headless Chromium through chromedriver).
//! Proves the tier runs; replace it with real browser tests.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn runs_in_a_browser() {
    assert_eq!(1 + 1, 2);
    assert!(web_sys::window().is_some(), "expected a browser window");
}
