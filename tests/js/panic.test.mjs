// The panic hook: a Rust panic reaches JavaScript as an `Error` with the panic's message, never as
// "RuntimeError: unreachable", and the module keeps working afterwards (a fresh instance replaces the
// one the panic left behind). Only a debug build has a way to panic on purpose (`__abridgeTestPanic`),
// so this suite builds one: `cargo build --target wasm32-unknown-unknown --lib` (dev profile, which
// aborts on panic exactly like the release profile) and wasm-bindgen --target web.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { ROOT, run } from "./helpers.mjs";

const out = path.join(ROOT, "target/wasm-bindgen-debug");

test("a panic becomes an Error with its message, and the next call works", { timeout: 600_000 }, async () => {
  await run("cargo", ["build", "--quiet", "--target", "wasm32-unknown-unknown", "--lib"], { cwd: ROOT });
  mkdirSync(out, { recursive: true });
  const wasm = path.join(ROOT, "target/wasm32-unknown-unknown/debug/abridge.wasm");
  await run("wasm-bindgen", ["--target", "web", "--out-dir", out, "--out-name", "abridge", "--no-typescript", wasm]);

  const m = await import(pathToFileURL(path.join(out, "abridge.js")).href);
  m.initSync({ module: readFileSync(path.join(out, "abridge_bg.wasm")) });
  const text = "The river rose overnight. Two bridges closed. Schools stayed open.";
  const before = m.summarize(text, { sentences: 2 });

  for (let i = 0; i < 3; i++) {
    assert.throws(
      () => m.__abridgeTestPanic(`boom ${i}`),
      (e) => {
        assert.ok(!(e instanceof WebAssembly.RuntimeError), `a trap: ${e}`);
        assert.equal(e.constructor, Error);
        assert.match(e.message, new RegExp(`^abridge: internal error \\(a bug, please report it\\): boom ${i} at src/wasm/mod\\.rs:\\d+$`));
        return true;
      },
    );
    // The instance is replaced before the next call; results are the same as before the panic.
    assert.deepEqual(m.summarize(text, { sentences: 2 }), before);
    assert.throws(() => m.summarize(text, { ratio: 3 }), RangeError);
  }
});
