// Where the widget's time goes on the real pages, in headless Chromium (the pages loaded as in
// run.mjs: static HTML, the page's scripts blocked). Each page is loaded fresh, the module loaded
// (`loadAbridge`), then the stages timed in order, each the first time (cold: the WebAssembly code
// still in its baseline tier, tables not yet built) and again (warm):
//   walk       src/dom/walk.js alone (the JS walk with its computed styles)
//   readPage   walk + the core reading the model, finding and reading the article
//   summarize  the article text summarized
//   firstCall  a two-sentence summarize before anything else (one-time costs, on its own load)
// and, on another fresh load, the widget from connected to its summary event (as run.mjs).
//
//   node bench/pages/profile.mjs [N pages, default 30]
import { readFile, readdir } from "node:fs/promises";
import { existsSync, readdirSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { contentType } from "../../scripts/serve.mjs";
import { launchChromium } from "../../tests/js/helpers.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DIR = path.join(ROOT, "../shared/data/pages");
const ORIGIN = "http://pages.bench.invalid";
const OWN = `${ORIGIN}/__abridge__/`;
const CSP = `script-src ${OWN} 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'`;
const N = Number(process.argv[2] ?? 30);
const snippet = readdirSync(path.join(ROOT, "www/pkg/snippets"))[0];
const truth = JSON.parse(await readFile(path.join(DIR, "ground-truth.json"), "utf8"));
const ids = (await readdir(path.join(DIR, "pages"))).map((f) => f.slice(0, -".html.gz".length)).filter((id) => truth[id]).sort().slice(0, N);

const browser = await launchChromium();
const context = await browser.newContext({ javaScriptEnabled: true, serviceWorkers: "block" });
let current = null;
await context.route("**/*", async (route) => {
  const url = new URL(route.request().url());
  if (url.pathname === "/page.html" && current) {
    return route.fulfill({ status: 200, headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": CSP }, body: current });
  }
  if (url.href.startsWith(OWN)) {
    const rel = url.pathname.slice("/__abridge__/".length);
    const file = path.join(ROOT, "www", rel);
    if (!rel.includes("..") && existsSync(file)) return route.fulfill({ status: 200, headers: { "content-type": contentType(file) }, body: await readFile(file) });
  }
  return route.abort();
});

/** One fresh load of the page in `mode` ("stages", "first-call" or "widget"); its timings. */
async function load(mode) {
  const page = await context.newPage();
  try {
    await page.goto(`${ORIGIN}/page.html`, { waitUntil: "domcontentloaded", timeout: 20000 });
    return await page.evaluate(async ({ own, snippet, mode }) => {
      const t = {};
      const time = (k, f) => { const t0 = performance.now(); const r = f(); t[k] = performance.now() - t0; return r; };
      const widget = await import(`${own}widget.js`);
      await widget.loadAbridge();
      const pkg = await import(`${own}pkg/abridge.js`);
      if (mode === "first-call") {
        time("firstCall", () => pkg.summarize("One short sentence here. And another one there.", { sentences: 1 }));
      } else if (mode === "stages") {
        const { walkPage } = await import(`${own}pkg/snippets/${snippet}/src/dom/walk.js`);
        t.elements = time("walkCold", () => walkPage(document))[1].length;
        time("walkWarm", () => walkPage(document));
        time("readPageCold", () => pkg.readPage(document))?.free();
        const article = time("readPageWarm", () => pkg.readPage(document));
        const text = article?.text ?? "";
        article?.free();
        time("summarizeCold", () => pkg.summarize(text, { sentences: 3 }));
        time("summarizeWarm", () => pkg.summarize(text, { sentences: 3 }));
      } else {
        const el = document.createElement("abridge-summary");
        el.setAttribute("sentences", "3");
        const done = new Promise((resolve) => el.addEventListener("abridge-summary", resolve, { once: true }));
        const t0 = performance.now();
        document.body.append(el);
        await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 5000))]);
        t.widget = performance.now() - t0;
      }
      return t;
    }, { own: OWN, snippet, mode });
  } finally {
    await page.close();
  }
}

const rows = [];
for (const id of ids) {
  current = gunzipSync(await readFile(path.join(DIR, "pages", `${id}.html.gz`)));
  rows.push({ ...(await load("stages")), ...(await load("first-call")), ...(await load("widget")) });
  process.stderr.write(".");
}
await browser.close();
process.stderr.write("\n");
const median = (k) => {
  const v = rows.map((r) => r[k]).filter((x) => typeof x === "number").sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};
console.log(`bench/pages/profile: medians over ${rows.length} pages (ms; elements: count)`);
for (const k of ["widget", "walkCold", "walkWarm", "readPageCold", "readPageWarm", "summarizeCold", "summarizeWarm", "firstCall", "elements"]) {
  console.log(`  ${k.padEnd(14)} ${median(k).toFixed(1)}`);
}
