#!/usr/bin/env node
// Speed of the WASM build: milliseconds per article over ../shared/data/eval/cnndm-dev.jsonl
// (3 sentences, the CNN/DailyMail protocol), in Node and in headless Chromium.
//
//   first call: a fresh instance of the package per article: compile + instantiate the .wasm from its
//               bytes (already in memory: no disk or network) and the first summarize() on it
//   warm call:  summarize() on an instance that has already summarized every article once; each
//               article's time is the median of 5 runs
//
// Reports the median and the 90th percentile over articles.
//   node bench/wasm-speed.mjs [--node | --chromium] [--json] [FILE.jsonl]
// Needs pkg/ (scripts/build-wasm.sh) and, for Chromium, playwright-core and /usr/bin/chromium.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { serve } from "../scripts/serve.mjs";
import { launchChromium } from "../tests/js/helpers.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const only = args.includes("--node") ? "node" : args.includes("--chromium") ? "chromium" : null;
const asJson = args.includes("--json");
const file = args.find((a) => !a.startsWith("--")) ?? path.join(ROOT, "../shared/data/eval/cnndm-dev.jsonl");
const articles = readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).text);
const wasmPath = path.join(ROOT, "pkg/abridge_bg.wasm");
const gluePath = path.join(ROOT, "pkg/abridge.js");
const RUNS = 5;

/** The first call on a fresh instance of the glue: compile + instantiate, then summarize. Runs the
 * same in Node and in the page (it is sent there as source). */
async function firstCall(article, wasmBytes, glue) {
  const t0 = performance.now();
  await glue.default({ module_or_path: wasmBytes });
  const t1 = performance.now();
  glue.summarize(article, { sentences: 3 });
  const t2 = performance.now();
  return { first: t2 - t0, instantiate: t1 - t0 };
}

/** Warm calls: after one pass over every article, each article's median of `runs` calls. */
async function warmCalls(articles, wasmBytes, glue, runs) {
  await glue.default({ module_or_path: wasmBytes });
  for (const a of articles) glue.summarize(a, { sentences: 3 });
  return articles.map((a) => {
    const times = [];
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      glue.summarize(a, { sentences: 3 });
      times.push(performance.now() - t0);
    }
    times.sort((x, y) => x - y);
    return times[times.length >> 1];
  });
}

function summary(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  const m = s.length >> 1;
  return { median: s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2, p90: q(0.9), max: s[s.length - 1] };
}

async function inNode() {
  const bytes = readFileSync(wasmPath);
  // A query string makes a new module instance of the glue, so every article gets a fresh instance.
  const loadGlue = (i) => import(`${pathToFileURL(gluePath).href}?instance=${i}`);
  // Warm calls first, before 143 other instances are alive in this process.
  const warm = await warmCalls(articles, bytes, await loadGlue("warm"), RUNS);
  const first = [];
  const instantiate = [];
  for (let i = 0; i < articles.length; i++) {
    const r = await firstCall(articles[i], bytes, await loadGlue(i));
    first.push(r.first);
    instantiate.push(r.instantiate);
  }
  return { first, instantiate, warm };
}

async function inChromium() {
  const server = await serve({
    dir: null,
    port: 0,
    routes: {
      "/": { type: "text/html; charset=utf-8", body: "<!doctype html><title>bench</title>" },
      "/abridge.js": { file: gluePath },
      "/abridge_bg.wasm": { file: wasmPath },
    },
  });
  const origin = server.url;
  const browser = await launchChromium(); // the tests' flags: Debian Chromium, no background traffic
  // In the page: fetch the bytes and import the glue (not timed), then run `fn` on them.
  const inPage = async (page, fn, ...rest) =>
    page.evaluate(
      async ([source, rest]) => {
        const fn = new Function(`return (${source})`)();
        const bytes = new Uint8Array(await (await fetch("/abridge_bg.wasm")).arrayBuffer());
        const glue = await import("/abridge.js");
        return fn(...rest.slice(0, 1), bytes, glue, ...rest.slice(1));
      },
      [fn.toString(), rest],
    );
  try {
    // A fresh page per article: a fresh realm and instance (a page cannot hold 143 Wasm memories).
    const first = [];
    const instantiate = [];
    for (const article of articles) {
      const page = await browser.newPage();
      await page.goto(origin);
      const r = await inPage(page, firstCall, article);
      first.push(r.first);
      instantiate.push(r.instantiate);
      await page.close();
    }
    const page = await browser.newPage();
    await page.goto(origin);
    const warm = await inPage(page, warmCalls, articles, RUNS);
    return { first, instantiate, warm };
  } finally {
    await browser.close();
    server.close();
  }
}

const results = {};
if (only !== "chromium") results.node = await inNode();
if (only !== "node") results.chromium = await inChromium();

const report = {
  file: path.basename(file),
  articles: articles.length,
  wasmBytes: readFileSync(wasmPath).length,
  runtimes: Object.fromEntries(
    Object.entries(results).map(([name, r]) => [
      name,
      { firstCall: summary(r.first), instantiate: summary(r.instantiate), warmCall: summary(r.warm) },
    ]),
  ),
};
if (asJson) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const f = (x) => x.toFixed(2).padStart(7);
  console.log(`${report.file}: ${report.articles} articles, .wasm ${report.wasmBytes} bytes; ms per article`);
  console.log("runtime    what                      median      p90      max");
  for (const [name, r] of Object.entries(report.runtimes)) {
    for (const [what, label] of [["firstCall", "first call (inst.+summ.)"], ["instantiate", "  of which instantiate"], ["warmCall", "warm call"]]) {
      console.log(`${name.padEnd(10)} ${label.padEnd(24)} ${f(r[what].median)}  ${f(r[what].p90)}  ${f(r[what].max)}`);
    }
  }
}
