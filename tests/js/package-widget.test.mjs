// The <abridge-summary> widget as the npm package ships it (pkg/widget/), from the packed tarball:
//   - straight from a package CDN: a publisher's page on one origin loads widget/widget.js with one
//     <script type="module"> from a second origin that serves only the unpacked package folder;
//   - bundled by Vite and by webpack 5 (`import "abridge/widget"`), served under the strict
//     Content-Security-Policy.
// Both in headless Chromium. The widget must find its .wasm and CSS next to itself.
import assert from "node:assert/strict";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { serve as serveWithCsp } from "../../scripts/serve.mjs";
import { closePackedPackage, openPackedPackage, serve, webpackBuild } from "./helpers.mjs";

const PARAGRAPHS = [
  "The city council voted on Tuesday to replace the harbour ferry with two electric boats by 2027.",
  "The ferry has carried commuters across the harbour since 1962, and its diesel engines fail often.",
  "Council members said the electric boats would cut the ferry's running costs by a third.",
  "Residents of the north shore asked the council to keep the ferry running during the change.",
  "Work on the new charging pier starts in the spring, the harbour authority said.",
];
const ARTICLE =
  `<article id="story"><h1>Council votes for electric harbour ferries</h1>` +
  PARAGRAPHS.map((p) => `<p>${p}</p>`).join("") +
  `</article><abridge-summary for="story" sentences="2" highlight></abridge-summary>`;
const page = (head) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour news</title>${head}</head>` +
  `<body>${ARTICLE}</body></html>`;

let project;
let browser;
before(async () => ({ project, browser } = await openPackedPackage()));
after(() => closePackedPackage({ project, browser }));

/** Opens url, waits for the widget's summary; returns what it shows and every request and problem. */
async function openWidget(url) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const problems = [];
  const requests = [];
  tab.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  tab.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  tab.on("response", (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} ${r.url()}`));
  tab.on("requestfailed", (r) => problems.push(`failed: ${r.url()}`));
  tab.on("request", (r) => requests.push(r.url()));
  try {
    await tab.goto(url);
    await tab.waitForFunction(() => document.querySelector("abridge-summary")?.summary, undefined, { timeout: 20000 });
    const shown = await tab.$eval("abridge-summary", (w) => ({
      sentences: [...w.shadowRoot.querySelectorAll('[part="sentence"]')].map((b) => b.textContent),
      // abridge.css gives the element display: block (a custom element is inline without it).
      display: getComputedStyle(w).display,
      highlighted: CSS.highlights.get("abridge")?.size ?? 0,
    }));
    return { shown, requests, problems };
  } catch (e) {
    e.message += `\n${problems.join("\n")}`;
    throw e;
  } finally {
    await context.close();
  }
}

function assertSummary(shown) {
  assert.equal(shown.sentences.length, 2);
  for (const s of shown.sentences) assert.ok(PARAGRAPHS.includes(s), `an article sentence: ${s}`);
  assert.equal(shown.display, "block", "abridge.css is applied");
  assert.equal(shown.highlighted, 2, "the chosen sentences are highlighted in the article");
}

test("from a package CDN: one module script, .wasm and CSS found next to widget.js", async () => {
  const cdn = await serve(path.join(project, "node_modules/abridge"), { cors: true });
  const site = path.join(project, "site");
  mkdirSync(site, { recursive: true });
  writeFileSync(path.join(site, "index.html"), page(`<script type="module" src="${cdn.url}widget/widget.js"></script>`));
  const publisher = await serve(site);
  try {
    const { shown, requests, problems } = await openWidget(publisher.url);
    assertSummary(shown);
    assert.deepEqual(problems, []);
    const fromCdn = requests.filter((u) => u.startsWith(cdn.url)).map((u) => u.slice(cdn.url.length));
    // Besides these, the page build's glue imports the DOM walk from snippets/<crate hash>/.
    const files = [...new Set(fromCdn)].sort();
    assert.ok(files.some((f) => /^widget\/pkg\/snippets\/[^/]+\/src\/dom\/walk\.js$/.test(f)), files.join(" "));
    assert.deepEqual(files.filter((f) => !f.startsWith("widget/pkg/snippets/")), [
      "widget/abridge.css", "widget/dom.js", "widget/pkg/abridge.js", "widget/pkg/abridge_bg.wasm", "widget/widget.js",
    ]);
    const elsewhere = requests.filter((u) => !u.startsWith(cdn.url) && !u.startsWith(publisher.url));
    assert.deepEqual(elsewhere, [], "no request beyond the page and the widget's own files");
  } finally {
    await cdn.close();
    await publisher.close();
  }
});

test('Vite build of `import "abridge/widget"`, under the strict CSP', async () => {
  const { build } = await import("vite");
  const app = path.join(project, "widget-app");
  mkdirSync(app, { recursive: true });
  writeFileSync(path.join(app, "main.js"), `import "abridge/widget";\n`);
  writeFileSync(path.join(app, "index.html"), page(`<script type="module" src="./main.js"></script>`));
  const outDir = path.join(app, "dist");
  await build({ root: app, logLevel: "silent", configFile: false, build: { outDir, emptyOutDir: true } });
  const assets = readdirSync(path.join(outDir, "assets"));
  // Only the widget's module (the page build) is emitted: the main entry's .wasm is not pulled in.
  assert.equal(assets.filter((f) => f.endsWith(".wasm")).length, 1, `one .wasm: ${assets}`);
  assert.ok(assets.some((f) => f.endsWith(".css")), `abridge.css is emitted: ${assets}`);
  writeFileSync(path.join(outDir, "favicon.ico"), ""); // Chromium asks for one
  const server = await serveWithCsp({ dir: outDir, port: 0, csp: true });
  try {
    const { shown, requests, problems } = await openWidget(server.url);
    assertSummary(shown);
    assert.deepEqual(problems, []);
    assert.deepEqual(requests.filter((u) => !u.startsWith(server.url)), []);
  } finally {
    await server.close();
  }
});

test('webpack 5 build of `import "abridge/widget"`, under the strict CSP', async () => {
  const app = path.join(project, "widget-webpack");
  mkdirSync(app, { recursive: true });
  writeFileSync(path.join(app, "main.js"), `import "abridge/widget";\n`);
  const outDir = path.join(app, "dist");
  const stats = await webpackBuild({ context: project, entry: "./widget-webpack/main.js", outDir });
  assert.ok(!stats.hasErrors(), stats.toString("errors-only"));
  const emitted = readdirSync(outDir);
  assert.equal(emitted.filter((f) => f.endsWith(".wasm")).length, 1, `one .wasm: ${emitted}`);
  writeFileSync(path.join(outDir, "index.html"), page(`<script type="module" src="/main.js"></script>`));
  writeFileSync(path.join(outDir, "favicon.ico"), "");
  const server = await serveWithCsp({ dir: outDir, port: 0, csp: true });
  try {
    const { shown, problems } = await openWidget(server.url);
    assertSummary(shown);
    assert.deepEqual(problems, []);
  } finally {
    await server.close();
  }
});
