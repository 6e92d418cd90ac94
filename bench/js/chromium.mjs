// Headless Chromium: abridge (pkg/abridge.js + .wasm) vs wink-nlp and node-summary (esbuild
// browser bundles) in one page, on the same articles, with the same harness as Node; then, in a
// fresh page, abridge's scaling and a 10 MB text with the WASM memory it needed. Prints JSON.
//   node bench/js/chromium.mjs [FILE.jsonl] [--budget-ms N]
// The page is cross-origin isolated (COOP + COEP), so performance.now() has its fine resolution.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../../scripts/serve.mjs";
import { launchChromium } from "../../tests/js/helpers.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const args = process.argv.slice(2);
const budgetMs = Number(args[args.indexOf("--budget-ms") + 1]) || 20000;
const file = args.find((a) => a.endsWith(".jsonl")) ?? path.join(ROOT, "../shared/data/eval/cnndm-dev.jsonl");

// Only these URLs are served.
const routes = {
  "/": { type: "text/html; charset=utf-8", body: "<!doctype html><meta charset=utf-8><title>abridge bench</title>" },
  "/harness.mjs": { file: path.join(ROOT, "bench/js/harness.mjs") },
  "/abridge.js": { file: path.join(ROOT, "pkg/abridge.js") },
  "/abridge_bg.wasm": { file: path.join(ROOT, "pkg/abridge_bg.wasm") },
  "/wink.mjs": { file: path.join(ROOT, "bench/out/bundles/wink.browser.mjs") },
  "/node-summary.mjs": { file: path.join(ROOT, "bench/out/bundles/node-summary.browser.mjs") },
  "/articles.jsonl": { file },
};
const server = await serve({ dir: null, port: 0, isolated: true, routes });
const origin = server.url;

const browser = await launchChromium(); // the tests' flags: Debian Chromium, no background traffic
try {
  const page = await browser.newPage();
  await page.goto(origin);
  const compare = await page.evaluate(async (budgetMs) => {
    const { measure } = await import("/harness.mjs");
    const glue = await import("/abridge.js");
    await glue.default({ module_or_path: "/abridge_bg.wasm" });
    const articles = (await (await fetch("/articles.jsonl")).text()).split("\n").filter(Boolean).map((l) => JSON.parse(l).text);
    const summarizers = {
      abridge: (text, k) => glue.summarize(text, { sentences: k }).sentences.map((s) => s.text),
      "wink-nlp": (await import("/wink.mjs")).load(),
      "node-summary": (await import("/node-summary.mjs")).load(),
    };
    const results = {};
    for (const [name, fn] of Object.entries(summarizers)) {
      results[name] = measure(fn, articles, { rounds: name === "abridge" ? 50 : 20, budgetMs });
    }
    return { isolated: crossOriginIsolated, userAgent: navigator.userAgent, articles: articles.length, results };
  }, budgetMs);
  await page.close();

  const fresh = await browser.newPage();
  await fresh.goto(origin);
  const scale = await fresh.evaluate(async () => {
    const { scaling } = await import("/harness.mjs");
    const glue = await import("/abridge.js");
    const wasm = await glue.default({ module_or_path: "/abridge_bg.wasm" });
    const articles = (await (await fetch("/articles.jsonl")).text()).split("\n").filter(Boolean).map((l) => JSON.parse(l).text);
    return scaling((t, k) => glue.summarize(t, { sentences: k }), articles, () => wasm.memory.buffer.byteLength);
  });
  const version = browser.version();
  console.log(JSON.stringify({ runtime: `Chromium ${version}`, ...compare, scaling: scale }));
} finally {
  await browser.close();
  server.close();
}
