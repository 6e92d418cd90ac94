// Minifies a module that pages load as it is (scripts/build-wasm.sh runs it on the page build and
// the demo's module, after guard-glue.mjs and wasm-opt). The npm package's glue stays readable
// (bundlers minify it).
//
// 1. Short import names. wasm-bindgen names each import `__wbg_<name>_<16 hex digits>` and each
//    import module by its path ("./abridge_bg.js", "./snippets/abridge-<hash>/src/dom/walk.js"); the
//    names are written twice (the .wasm's import section and the glue's imports object), and hex
//    digits do not compress. Each becomes a one- or two-letter name in both files; a name the glue
//    does not hold exactly once as a key fails the build.
// 2. Terser on the glue with its safe defaults (no `unsafe` options): wasm-bindgen's abridge.js
//    carries every doc comment and long local names. Exported names, the snippet import and the
//    `@ts-self-types` comment that points TypeScript at abridge.d.ts stay.
//
//   node scripts/minify-glue.mjs DIR      (DIR holds abridge.js and abridge_bg.wasm)
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

const dir = process.argv[2];
if (!dir) throw new Error("usage: node scripts/minify-glue.mjs DIR");
const file = join(dir, "abridge.js");
const wasmFile = join(dir, "abridge_bg.wasm");
let glue = readFileSync(file, "utf8");
const fail = (why) => {
  throw new Error(`minify-glue: ${why} (wasm-bindgen's glue changed?)`);
};

// Unsigned LEB128, as the binary format writes sizes and counts.
function readLeb(bytes, at) {
  let value = 0, shift = 0, byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}
function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}
// The end of an import's description (function, table, memory, global or tag) that starts at `at`.
function skipDesc(bytes, at) {
  const kind = bytes[at++];
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = readLeb(bytes, p);
    if (flags & 1) [, p] = readLeb(bytes, p);
    return p;
  };
  if (kind === 0) return readLeb(bytes, at)[1];
  if (kind === 1) return limits(at + 1);
  if (kind === 2) return limits(at);
  if (kind === 3) return at + 2;
  if (kind === 4) return readLeb(bytes, at + 1)[1];
  return fail(`import kind ${kind}`);
}

const short = (n) => {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let s = "";
  do {
    s = letters[n % letters.length] + s;
    n = Math.floor(n / letters.length);
  } while (n);
  return s;
};
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const decoder = new TextDecoder(), encoder = new TextEncoder();
const bytes = readFileSync(wasmFile);
const parts = [bytes.subarray(0, 8)];
const modules = new Map(), names = new Map();
for (let at = 8; at < bytes.length; ) {
  const id = bytes[at];
  const [size, start] = readLeb(bytes, at + 1);
  const section = bytes.subarray(at, start + size);
  at = start + size;
  if (id !== 2) {
    parts.push(section);
  } else {
    const body = bytes.subarray(start, at);
    const [count, first] = readLeb(body, 0);
    const rebuilt = leb(count);
    for (let i = 0, p = first; i < count; i++) {
      let len;
      [len, p] = readLeb(body, p);
      const module = decoder.decode(body.subarray(p, p + len));
      [len, p] = readLeb(body, p + len);
      const name = decoder.decode(body.subarray(p, p + len));
      const end = skipDesc(body, p + len);
      const desc = body.subarray(p + len, end);
      p = end;
      if (!modules.has(module)) modules.set(module, short(modules.size));
      // Only the generated imports: the snippet's are the walk's own exported functions.
      const generated = module === "./abridge_bg.js";
      if (generated && !names.has(name)) names.set(name, short(names.size));
      for (const s of [modules.get(module), generated ? names.get(name) : name]) {
        const encoded = encoder.encode(s);
        rebuilt.push(...leb(encoded.length), ...encoded);
      }
      rebuilt.push(...desc);
    }
    parts.push(Uint8Array.from([id, ...leb(rebuilt.length), ...rebuilt]));
  }
}
// The glue: `name: function(` in the generated imports object, `"module": importN,` in the object
// of modules. Each exactly once.
const rename = (pattern, replacement, what) => {
  const found = glue.match(new RegExp(pattern, "g"));
  if (!found || found.length !== 1) fail(`${what} is in the glue ${found ? found.length : 0} times`);
  glue = glue.replace(new RegExp(pattern), replacement);
};
for (const [name, to] of names) rename(`\\b${escape(name)}: function\\(`, `${to}: function(`, name);
for (const [module, to] of modules) rename(`"${escape(module)}": (import\\d+),`, `${to}: $1,`, module);

const { code } = await minify(glue, {
  module: true,
  compress: true,
  mangle: true,
  format: { comments: /@ts-self-types/ },
});
if (!code.startsWith('/* @ts-self-types="./abridge.d.ts" */')) fail(`${file} lost its @ts-self-types comment`);
writeFileSync(wasmFile, Buffer.concat(parts));
writeFileSync(file, code + "\n");
