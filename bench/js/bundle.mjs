// Bundles the peers with esbuild: bench/out/bundles/{wink,node-summary}.{node,browser}.mjs.
// The browser bundles are minified ESM, as a site would ship them; they are also what the size
// table measures.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, "..", "out", "bundles");
const stub = path.join(here, "stub.cjs");

export async function bundle() {
  const files = {};
  for (const name of ["wink", "node-summary"]) {
    for (const platform of ["node", "browser"]) {
      const outfile = path.join(out, `${name}.${platform}.mjs`);
      await build({
        entryPoints: [path.join(here, `${name}.mjs`)],
        bundle: true,
        format: "esm",
        platform,
        target: "es2022",
        minify: platform === "browser",
        legalComments: "none",
        outfile,
        logLevel: "error",
        alias: { request: stub, cheerio: stub, "html-to-text": stub },
        define: platform === "browser" ? { "process.env.NODE_ENV": '"production"' } : {},
        // CommonJS dependencies require() Node built-ins; an ESM bundle for Node needs a require.
        banner: platform === "node" ? { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' } : {},
      });
      files[`${name}.${platform}`] = outfile;
    }
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [k, v] of Object.entries(await bundle())) console.log(`${k}: ${v}`);
}
