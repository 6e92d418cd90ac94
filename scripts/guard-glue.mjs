// Adds a guard to wasm-bindgen's glue (scripts/build-wasm.sh runs it on each abridge.js it generates):
// every call into the module goes through a wrapper that turns a trap (WebAssembly.RuntimeError)
// into an `Error("abridge: internal error …")` and schedules wasm-bindgen's own reinit, so the next
// call runs on a fresh instance. The nightly size build has no panic hook (panic=immediate-abort:
// a panic is a trap), so this is how its panics reach JavaScript; the stable build's hook throws an
// Error itself and never gets here. Fails when the glue no longer has the lines it rewrites.
//
//   node scripts/guard-glue.mjs path/to/abridge.js
import { readFileSync, writeFileSync } from "node:fs";

const GUARD = `
// abridge (scripts/guard-glue.mjs): a trap becomes an Error, and the next call a fresh instance.
function __abridge_guard(exports) {
    const guarded = {};
    for (const [name, value] of Object.entries(exports)) {
        guarded[name] = typeof value !== "function" ? value : function (...args) {
            try {
                return value.apply(this, args);
            } catch (e) {
                if (!(e instanceof WebAssembly.RuntimeError)) throw e;
                __wbg_reinit_scheduled = true;
                throw new Error(\`abridge: internal error (a bug, please report it): \${e.message}\`);
            }
        };
    }
    return guarded;
}
`;

const file = process.argv[2];
let glue = readFileSync(file, "utf8");
// Where the glue takes an instance's exports: at the first instantiation and at each reinit.
const takes = [/\bwasm = instance\.exports;/, /\bwasm = wasmInstance\.exports;/];
for (const take of takes) {
  if (!take.test(glue)) {
    throw new Error(`guard-glue: ${file} has no ${take} (wasm-bindgen's glue changed)`);
  }
  glue = glue.replace(take, (line) => line.replace(/= (\w+)\.exports;/, "= __abridge_guard($1.exports);"));
}
if (!/\blet __wbg_reinit_scheduled\b/.test(glue)) {
  throw new Error(`guard-glue: ${file} has no reinit flag (is wasm_bindgen::handler::schedule_reinit still used?)`);
}
writeFileSync(file, glue + GUARD);
