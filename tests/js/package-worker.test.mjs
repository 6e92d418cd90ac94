// `abridge/worker` from the packed tarball: in Node.js (worker_threads), and bundled by Vite and by
// webpack 5 then run in headless Chromium under the strict Content-Security-Policy.
import assert from "node:assert/strict";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { serve as serveWithCsp } from "../../scripts/serve.mjs";
import { closePackedPackage, openPackedPackage, run, runPage, webpackBuild } from "./helpers.mjs";

let project;
let browser;
before(async () => ({ project, browser } = await openPackedPackage()));
after(() => closePackedPackage({ project, browser }));

// The same script in Node and in the built pages: results as the main entry gives them, a newer
// request cancelling an older one, errors of the same kind, UTF-8 bytes transferred.
const SCRIPT = `
import { createSummarizer } from "abridge/worker";
const text = "Alice 👩‍👩‍👧‍👦 went home. 東京都は計画を発表した。Cafe\\u0301 owners met. The end 😀!";
const long = "The council voted for the ferry. Rain fell on the harbour. ".repeat(100000);
const summarizer = createSummarizer();
const older = summarizer.summarize(long, { sentences: 2 }).then(() => "resolved", (e) => [e.name, e instanceof DOMException]);
const summary = await summarizer.summarize(text, { sentences: 2 });
let error;
try { await summarizer.summarize(text, { ratio: 2 }); } catch (e) { error = [e.constructor.name, e.message]; }
const bytes = new TextEncoder().encode(text);
const split = await summarizer.splitSentences(bytes);
const controller = new AbortController();
const aborted = summarizer.summarize(long, {}, { signal: controller.signal }).catch((e) => e.name);
controller.abort();
const result = {
  chosen: summary.sentences.map((s) => s.text),
  slicesBack: summary.sentences.every((x) => text.slice(x.start, x.end) === x.text),
  older: await older,
  error,
  split: split.map((s) => s.text),
  transferred: bytes.byteLength === 0,
  aborted: await aborted,
  afterAbort: (await summarizer.summarize(text, { sentences: 1 })).sentences.length,
};
summarizer.terminate();
`;
const EXPECTED = {
  chosen: ["Alice 👩‍👩‍👧‍👦 went home.", "東京都は計画を発表した。"],
  slicesBack: true,
  older: ["AbortError", true],
  error: ["RangeError", "abridge: options.ratio must be a number in (0, 1]"],
  split: ["Alice 👩‍👩‍👧‍👦 went home.", "東京都は計画を発表した。", "Cafe\u0301 owners met.", "The end 😀!"],
  transferred: true,
  aborted: "AbortError",
  afterAbort: 1,
};

test("Node: worker_threads, same results as the main entry, and the process exits when idle", async () => {
  const script = `${SCRIPT}
    import { summarize } from "abridge";
    const direct = summarize(text, { sentences: 2 });
    const again = createSummarizer();
    const viaWorker = await again.summarize(text, { sentences: 2 });
    console.log(JSON.stringify({ ...result, same: JSON.stringify(direct) === JSON.stringify(viaWorker) }));
    // no terminate(): an idle summarizer must not keep Node running`;
  const { stdout, stderr } = await run(process.execPath, ["--input-type=module", "-e", script], { cwd: project, timeout: 30000 });
  assert.deepEqual(JSON.parse(stdout), { ...EXPECTED, same: true });
  assert.equal(stderr, "");
});

/** Writes the page, builds it with `bundle(app, outDir)`, serves it with the CSP, runs it in Chromium. */
async function buildAndRun(name, bundle) {
  const app = path.join(project, name);
  mkdirSync(app, { recursive: true });
  writeFileSync(path.join(app, "main.js"), `${SCRIPT}\nwindow.__abridge = result;\n`);
  writeFileSync(
    path.join(app, "index.html"),
    `<!doctype html><html><head><meta charset="utf-8"><title>abridge</title>` +
      `<script type="module" src="./main.js"></script></head><body></body></html>`,
  );
  const outDir = path.join(app, "dist");
  await bundle(app, outDir);
  writeFileSync(path.join(outDir, "favicon.ico"), "");
  const server = await serveWithCsp({ dir: outDir, port: 0, csp: true });
  try {
    const { value, problems } = await runPage(browser, server.url);
    assert.deepEqual(value, EXPECTED);
    assert.deepEqual(problems, [], "console errors (CSP violations among them) or failed requests");
  } finally {
    await server.close();
  }
  return outDir;
}

test("Vite build, in headless Chromium under the strict CSP", async () => {
  const { build } = await import("vite");
  await buildAndRun("worker-vite", (app, outDir) =>
    build({ root: app, logLevel: "silent", configFile: false, build: { outDir, emptyOutDir: true } }));
});

test("webpack 5 build, in headless Chromium under the strict CSP", async () => {
  const outDir = await buildAndRun("worker-webpack", async (app, out) => {
    const stats = await webpackBuild({ context: app, entry: "./main.js", outDir: out });
    assert.ok(!stats.hasErrors(), stats.toString("errors-only"));
    // The page loads main.js from the root (the index.html is written next to it).
    writeFileSync(path.join(out, "index.html"),
      `<!doctype html><html><head><meta charset="utf-8"><title>abridge</title>` +
      `<script src="/main.js"></script></head><body></body></html>`);
  });
  assert.ok(readdirSync(outDir).some((f) => f.endsWith(".wasm")), "the .wasm is emitted as an asset");
});
