// Minifies the glue of a module that pages load as it is (scripts/build-wasm.sh runs it on the page
// build and the demo's module, after guard-glue.mjs): wasm-bindgen's abridge.js carries every doc
// comment and long local names, which no bundler strips on a publisher's page. Terser with its safe
// defaults (no `unsafe` options); exported names, the snippet import and the `@ts-self-types` comment
// that points TypeScript at abridge.d.ts stay. The npm package's glue stays readable (bundlers
// minify it).
//
//   node scripts/minify-glue.mjs DIR      (DIR holds abridge.js)
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

const dir = process.argv[2];
if (!dir) throw new Error("usage: node scripts/minify-glue.mjs DIR");
const file = join(dir, "abridge.js");
const glue = readFileSync(file, "utf8");
const { code } = await minify(glue, {
  module: true,
  compress: true,
  mangle: true,
  format: { comments: /@ts-self-types/ },
});
if (!code.startsWith('/* @ts-self-types="./abridge.d.ts" */')) {
  throw new Error(`minify-glue: ${file} lost its @ts-self-types comment`);
}
writeFileSync(file, code + "\n");
