//! The JavaScript API (wasm-bindgen): translation only, no summarization logic.
