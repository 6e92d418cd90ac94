// A Rust panic reaches JavaScript as an `Error` ("abridge: internal error …"), never as
// "RuntimeError: unreachable", and the module keeps working afterwards (a fresh instance replaces the
// one the panic left behind). The stable build's panic hook throws the Error with the panic's
// message; the nightly size build (panic=immediate-abort) traps, and the glue's guard
// (scripts/guard-glue.mjs) turns the trap into the Error. The module is built as the shipped one is,
// by scripts/build-wasm.sh with the same toolchain choice (ABRIDGE_TOOLCHAIN), plus the test-only
// export `__abridgeTestPanic` (cargo feature `test-panic`).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { ROOT, run } from "./helpers.mjs";

const out = path.join(process.env.CARGO_TARGET_DIR ? path.resolve(ROOT, process.env.CARGO_TARGET_DIR) : path.join(ROOT, "target"), "wasm-bindgen-panic");
const PREFIX = "^abridge: internal error \\(a bug, please report it\\): ";

test("a panic becomes an Error, and the next call works", { timeout: 900_000 }, async () => {
  const { stdout } = await run(path.join(ROOT, "scripts/build-wasm.sh"), ["--test-panic", out], {
    cwd: ROOT,
    env: { ...process.env, ABRIDGE_WASM_OPT: "0" },
  });
  const toolchain = stdout.trim();
  // Stable: the hook's message and where it panicked; nightly: no message or location is compiled in.
  const message = (i) => (toolchain === "stable" ? `boom ${i} at src/wasm/mod\\.rs:\\d+` : "unreachable");

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
        assert.match(e.message, new RegExp(`${PREFIX}${message(i)}$`), `${toolchain} build`);
        return true;
      },
    );
    // The instance is replaced before the next call; results are the same as before the panic.
    assert.deepEqual(m.summarize(text, { sentences: 2 }), before);
    assert.throws(() => m.summarize(text, { ratio: 3 }), RangeError);
  }
});
