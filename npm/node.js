// The Node.js entry of abridge: the same module as the browser's, instantiated at import from the
// .wasm next to this file, so `import { summarize } from "abridge"` works with no init() call and
// no path to the .wasm. `await init()` is accepted too (it resolves at once), so code written for
// browsers runs unchanged.
import { readFileSync } from "node:fs";
import { initSync } from "./abridge.js";

initSync({ module: readFileSync(new URL("./abridge_bg.wasm", import.meta.url)) });

export * from "./abridge.js";
export { default } from "./abridge.js";
