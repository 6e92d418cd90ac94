// abridge/summarizer in headless Chromium, from the npm package as built (pkg/ at the server's
// root, under the Content-Security-Policy). Chromium here exposes its own Summarizer on this secure
// origin and answers "unavailable" (no model on this machine, as on every device below its hardware
// bar): the polyfill must then install abridge's, and the documentation's examples must get
// abridge's summaries. Also: the ponyfill in a module worker, and a long input kept off the thread.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";
import { CHROMIUM_ARGS } from "../js/helpers.mjs";
import { FIXTURES, ROOT, SEED } from "./helpers.mjs";

let server;
let browser;
before(async () => {
  server = await serve({
    dir: path.join(ROOT, "pkg"), port: 0, csp: true,
    mounts: { "/fixtures/": FIXTURES, "/examples/": path.join(ROOT, "tests/js/fixtures") },
  });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: CHROMIUM_ARGS, headless: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage() {
  const page = await (await browser.newContext()).newPage();
  page.problems = [];
  page.on("pageerror", (e) => page.problems.push(e.message));
  // Errors, and failed requests other than the favicon (the fixture page names www's).
  page.on("console", (m) => m.type() === "error" && !m.text().startsWith("Failed to load resource") && page.problems.push(m.text()));
  page.on("response", (r) => r.status() >= 400 && !/\/favicon\.(ico|svg)$/.test(r.url()) && page.problems.push(`${r.status()} ${r.url()}`));
  await page.goto(new URL("fixtures/dom.html", server.url).href);
  return page;
}

function checkExamples(seen) {
  assert.equal(seen.detected, true);
  assert.equal(seen.availability, "available");
  assert.deepEqual(seen.progress, [0, 1]);
  assert.ok(seen.summary.includes("South Korea"), seen.summary);
  assert.equal(seen.streamed, seen.streamedAgain);
  assert.equal(Object.keys(seen.matrix).length, 24);
  assert.equal(seen.matrix["headline short plain-text"], "South Korea urges Russia to halt military cooperation with N Korea");
  assert.equal(seen.matrix["key-points long markdown"].split("\n").length, 7);
  assert.equal(seen.aborted, "AbortError");
  assert.equal(seen.afterDestroy, "AbortError");
}

test("the polyfill, where Chromium's own Summarizer is present but unavailable: the documentation's examples get abridge's summaries", async () => {
  const page = await openPage();
  const result = await page.evaluate(async (text) => {
    const native = globalThis.Summarizer;
    const before = native ? await native.availability() : "absent";
    const { install, native: kept } = await import("/summarizer-polyfill.js");
    const { Summarizer: Ponyfill } = await import("/summarizer.js");
    const { runDocumentedExamples } = await import("/examples/summarizer-examples.mjs");
    const seen = await runDocumentedExamples(Summarizer, text);
    const created = await Summarizer.create({ type: "tldr" });
    const switched = install({ prefer: "abridge" }) === Ponyfill && globalThis.Summarizer === Ponyfill;
    return {
      native: typeof native, before, kept: kept === native, replaced: globalThis.Summarizer !== native,
      ours: created instanceof Ponyfill, isInstance: created instanceof Summarizer, switched, seen,
    };
  }, SEED);
  assert.equal(result.native, "function", "this Chromium exposes Summarizer on a secure origin");
  assert.equal(result.before, "unavailable");
  assert.ok(result.kept && result.replaced && result.ours && result.isInstance && result.switched, JSON.stringify(result));
  checkExamples(result.seen);
  assert.deepEqual(page.problems, []);
});

test("the ponyfill in a module worker runs the same examples", async () => {
  const page = await openPage();
  const reply = await page.evaluate((text) => new Promise((resolve) => {
    const worker = new Worker("/fixtures/summarizer-worker.js", { type: "module" });
    worker.addEventListener("message", (e) => resolve(e.data));
    worker.addEventListener("error", (e) => resolve({ ok: false, error: e.message }));
    worker.postMessage(text);
  }), SEED);
  assert.ok(reply.ok, reply.error);
  checkExamples(reply.seen);
});

test("a long input is summarized in a worker: no long task on the page's thread", async () => {
  const page = await openPage();
  const result = await page.evaluate(async (text) => {
    const tasks = [];
    new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: "longtask" });
    const { Summarizer } = await import("/summarizer.js");
    const s = await Summarizer.create({ type: "key-points", format: "plain-text" });
    await s.summarize("Warm up the module. It loads once.");
    const long = (text + "\n\n").repeat(120);
    const t0 = performance.now();
    const brief = await s.summarize(long);
    const ms = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 100));
    return { length: long.length, lines: brief.split("\n").length, ms, longest: Math.max(0, ...tasks), workers: performance.getEntriesByType("resource").filter((r) => r.name.endsWith("/worker-thread.js")).length };
  }, SEED);
  assert.ok(result.length > 200_000);
  assert.equal(result.lines, 3);
  assert.equal(result.workers, 1, "the worker entry was loaded");
  assert.ok(result.longest <= 50, `a long task of ${result.longest} ms`);
});
