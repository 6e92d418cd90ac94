//! The JavaScript API in Node: `cargo test --target wasm32-unknown-unknown --test wasm_node`
//! (the runner is wasm-bindgen-test-runner, set in .cargo/config.toml). Natively this file is empty.
#![cfg(target_arch = "wasm32")]

mod wasm_cases;
