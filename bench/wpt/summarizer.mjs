#!/usr/bin/env node
// The web-platform-tests of ai/summarizer/ against abridge's Summarizer, in headless Chromium.
//
//   node bench/wpt/summarizer.mjs WPT_DIR [--timeout ms] [--only substring] [--speed]
//
// WPT_DIR is a web-platform-tests checkout (or any folder with its layout: ai/resources/util.js,
// ai/summarizer/*.window.js and *.any.js). No WPT file is in this repository: the runner reads
// them from WPT_DIR. It serves pkg/ (the npm package as built) at / and WPT_DIR at /wpt/ with
// scripts/serve.mjs, and for each test file opens a blank page, imports /summarizer-polyfill.js
// (Chromium here has its own Summarizer, which answers "unavailable": the polyfill puts abridge's in
// front of it), injects the small testharness below (ours, not WPT's testharness.js), the file's
// `// META: script=` dependencies found in WPT_DIR (/resources/testdriver*.js are left out: the
// harness has a test_driver.bless that only resolves), then the file as a classic script. The
// tests run in order, each with a timeout; the table lists every subtest with PASS or FAIL and the
// message. Files that need iframes, user activation or the speed/ preference's timing are listed
// as skipped (--speed runs speed/ anyway: abridge accepts the preference and ignores it). .any.js
// files run in a window only. --timeout is each subtest's (default 30000 ms); --only keeps the
// files whose path contains a substring.
//
// A checker, not a test: exits 0 whatever the results; non-zero only when the runner itself
// breaks (no WPT_DIR, no browser, no package).

import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";
import { CHROMIUM_ARGS } from "../../tests/js/helpers.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PKG = path.join(ROOT, "pkg");
const SUITE = "ai/summarizer";
const BLANK = "/__wpt_blank.html";

function usage(message) {
  if (message) console.error(`summarizer.mjs: ${message}`);
  console.error("usage: node bench/wpt/summarizer.mjs WPT_DIR [--timeout ms] [--only substring] [--speed]");
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { wpt: null, timeout: 30000, only: null, speed: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "-h" || arg === "--help") usage();
    else if (arg === "--timeout") opts.timeout = Number(argv[++i]);
    else if (arg === "--only") opts.only = argv[++i];
    else if (arg === "--speed") opts.speed = true;
    else if (arg.startsWith("--")) usage(`unknown option ${arg}`);
    else if (opts.wpt) usage(`one WPT_DIR only, got ${opts.wpt} and ${arg}`);
    else opts.wpt = path.resolve(arg);
  }
  if (!opts.wpt) usage("WPT_DIR is missing");
  if (!Number.isFinite(opts.timeout) || opts.timeout <= 0) usage("--timeout takes milliseconds");
  return opts;
}

/** Every test file under ai/summarizer/ (relative to it), sorted. */
async function testFiles(dir) {
  const found = [];
  const walk = async (rel) => {
    for (const entry of await fs.readdir(path.join(dir, rel), { withFileTypes: true })) {
      const name = path.posix.join(rel, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "resources") await walk(name);
      } else if (/\.(window|any)\.js$|\.html?$/.test(entry.name)) {
        found.push(name);
      }
    }
  };
  await walk("");
  return found.sort();
}

/** The `// META:` lines at the head of a .js test file: { title, scripts, timeout }. */
function meta(source) {
  const out = { title: null, scripts: [], timeout: "normal" };
  for (const line of source.split("\n")) {
    const m = /^\/\/\s*META:\s*(\w+)=(.*)$/.exec(line.trim());
    if (!m) {
      if (line.trim() === "" || line.trim().startsWith("//")) continue;
      break;
    }
    const [, key, value] = m;
    if (key === "script") out.scripts.push(value.trim());
    else if (key === "title") out.title = value.trim();
    else if (key === "timeout") out.timeout = value.trim();
  }
  return out;
}

/** Why this runner does not run a file, or null. */
function skipReason(rel, source, speed) {
  if (rel.startsWith("speed/") && !speed) return "speed/: the speed preference's timing (not modelled here)";
  if (/\.html?$/.test(rel)) return "an HTML test (cross-origin iframes, WPT's own testharness.js)";
  if (/detached-iframe/.test(rel) || /createElement\(\s*['"]iframe['"]\s*\)|contentWindow/.test(source)) {
    return "needs iframes (detached iframes)";
  }
  if (/user-activation/.test(rel) || /navigator\.userActivation|consumeTransientUserActivation/.test(source)) {
    return "needs user activation semantics";
  }
  return null;
}

// The harness injected into each page: the subset of testharness.js the summarizer tests use,
// written for this runner. Tests are registered at load and run, in order, by __wpt.run(timeout).
const HARNESS = String.raw`
(() => {
  "use strict";
  const tests = [];
  const unhandled = [];
  let current = null;

  class AssertionError extends Error {
    constructor(message) { super(message); this.name = "AssertionError"; }
  }
  const fmt = (v) => {
    if (typeof v === "string") return JSON.stringify(v);
    if (Array.isArray(v)) return "[" + v.map(fmt).join(", ") + "]";
    if (typeof v === "number" && Object.is(v, -0)) return "-0";
    if (v instanceof Error || v instanceof DOMException) return v.name + ": " + v.message;
    if (v && typeof v === "object") {
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) return "[object " + (v.constructor?.name || "Object") + "]";
      try { return "object " + JSON.stringify(v); } catch { return String(v); }
    }
    return String(v);
  };
  const fail = (fn, description, text) => {
    throw new AssertionError(fn + ": " + (description ? fmt(description) + " " : "") + text);
  };
  const same = (a, b) => Object.is(a, b) || (a === b);

  const api = {
    assert_true(actual, description) {
      if (actual !== true) fail("assert_true", description, "expected true got " + fmt(actual));
    },
    assert_false(actual, description) {
      if (actual !== false) fail("assert_false", description, "expected false got " + fmt(actual));
    },
    assert_equals(actual, expected, description) {
      if (!same(actual, expected)) fail("assert_equals", description, "expected " + fmt(expected) + " but got " + fmt(actual));
    },
    assert_not_equals(actual, expected, description) {
      if (same(actual, expected)) fail("assert_not_equals", description, "got disallowed value " + fmt(actual));
    },
    assert_in_array(actual, expected, description) {
      if (!expected.includes(actual)) fail("assert_in_array", description, "value " + fmt(actual) + " not in array " + fmt(expected));
    },
    assert_array_equals(actual, expected, description) {
      if (actual == null || typeof actual.length !== "number") {
        fail("assert_array_equals", description, "value is " + fmt(actual) + ", expected array");
      }
      if (actual.length !== expected.length) {
        fail("assert_array_equals", description, "lengths differ, expected array " + fmt(expected) + " length " + expected.length + ", got " + fmt(Array.from(actual)) + " length " + actual.length);
      }
      for (let i = 0; i < expected.length; i++) {
        if (!same(actual[i], expected[i])) fail("assert_array_equals", description, "expected property " + i + " to be " + fmt(expected[i]) + " but got " + fmt(actual[i]));
      }
    },
    assert_greater_than(actual, expected, description) {
      if (!(actual > expected)) fail("assert_greater_than", description, "expected a number greater than " + fmt(expected) + " but got " + fmt(actual));
    },
    assert_greater_than_equal(actual, expected, description) {
      if (!(actual >= expected)) fail("assert_greater_than_equal", description, "expected a number greater than or equal to " + fmt(expected) + " but got " + fmt(actual));
    },
    assert_less_than(actual, expected, description) {
      if (!(actual < expected)) fail("assert_less_than", description, "expected a number less than " + fmt(expected) + " but got " + fmt(actual));
    },
    assert_less_than_equal(actual, expected, description) {
      if (!(actual <= expected)) fail("assert_less_than_equal", description, "expected a number less than or equal to " + fmt(expected) + " but got " + fmt(actual));
    },
    assert_unreached(description) {
      fail("assert_unreached", null, "Reached unreachable code" + (description ? ": " + description : ""));
    },
    assert_implements_optional(condition, description) {
      if (!condition) {
        const e = new AssertionError("assert_implements_optional: " + (description ?? "optional feature not implemented"));
        e.optional = true;
        throw e;
      }
    },
    assert_throws_dom(name, ctorOrFn, maybeFn, description) {
      const fn = typeof maybeFn === "function" ? maybeFn : ctorOrFn;
      try { fn(); } catch (e) {
        if (!e || e.name !== name) fail("assert_throws_dom", description, "expected " + name + " but got " + fmt(e));
        return;
      }
      fail("assert_throws_dom", description, "function did not throw (expected " + name + ")");
    },
    assert_throws_js(ctor, fn, description) {
      try { fn(); } catch (e) {
        if (!e || e.constructor !== ctor) fail("assert_throws_js", description, "expected " + ctor.name + " but got " + fmt(e));
        return;
      }
      fail("assert_throws_js", description, "function did not throw (expected " + ctor.name + ")");
    },
    // promise_rejects_dom(t, name, [DOMException constructor,] promise, [description])
    promise_rejects_dom(t, name, a, b, c) {
      const [promise, description] = typeof a === "function" ? [b, c] : [a, b];
      return Promise.resolve(promise).then(
        (value) => fail("promise_rejects_dom", description, "expected a rejection with " + name + " but the promise resolved to " + fmt(value)),
        (e) => {
          if (!e || e.name !== name) fail("promise_rejects_dom", description, "expected " + name + " but got " + fmt(e));
        });
    },
    promise_rejects_js(t, ctor, promise, description) {
      return Promise.resolve(promise).then(
        (value) => fail("promise_rejects_js", description, "expected a rejection with " + ctor.name + " but the promise resolved to " + fmt(value)),
        (e) => {
          if (!e || e.constructor !== ctor) fail("promise_rejects_js", description, "expected " + ctor.name + " but got " + fmt(e));
        });
    },
    promise_rejects_exactly(t, expected, promise, description) {
      return Promise.resolve(promise).then(
        (value) => fail("promise_rejects_exactly", description, "expected a rejection with " + fmt(expected) + " but the promise resolved to " + fmt(value)),
        (e) => {
          if (e !== expected) fail("promise_rejects_exactly", description, "expected the very object " + fmt(expected) + " but got " + fmt(e));
        });
    },
    promise_test(fn, name) { tests.push({ kind: "promise", fn, name }); },
    test(fn, name) { tests.push({ kind: "sync", fn, name }); },
    setup() {},
    done() {},
    test_driver: { bless: () => Promise.resolve() },
  };
  Object.assign(globalThis, api);

  addEventListener("unhandledrejection", (e) => {
    e.preventDefault(); // reported once, here, not also as an uncaught error
    unhandled.push({ during: current, message: fmt(e.reason) });
  });

  function makeT(cleanups) {
    return {
      add_cleanup: (f) => cleanups.push(f),
      step_func: (f) => f,
      step_func_done: (f) => f,
      unreached_func: (d) => () => api.assert_unreached(d),
      step_timeout: (f, ms) => setTimeout(f, ms),
    };
  }

  const message = (e) => e instanceof AssertionError ? e.message : fmt(e);

  globalThis.__wpt = {
    count: () => tests.length,
    async run(timeout) {
      const results = [];
      for (const { kind, fn, name } of tests) {
        current = name;
        const cleanups = [];
        let timer;
        try {
          if (kind === "sync") {
            fn(makeT(cleanups));
          } else {
            await Promise.race([
              Promise.resolve().then(() => fn(makeT(cleanups))),
              new Promise((_, reject) => { timer = setTimeout(() => reject(Object.assign(new Error("timed out after " + timeout + " ms"), { timedOut: true })), timeout); }),
            ]);
          }
          results.push({ name, status: "PASS", message: "" });
        } catch (e) {
          const why = e && e.timedOut ? "TIMEOUT: " + e.message : (e && e.optional ? "PRECONDITION_FAILED: " : "") + message(e);
          results.push({ name, status: "FAIL", message: why });
        } finally {
          clearTimeout(timer);
          for (const f of cleanups) { try { await f(); } catch {} }
        }
      }
      current = "(after the last test)";
      await new Promise((r) => setTimeout(r, 100)); // late unhandled rejections
      return { results, unhandled };
    },
  };
})();
`;

const cell = (s) => String(s ?? "").replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");

async function runFile(browser, server, wpt, rel, source, timeout) {
  const info = meta(source);
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`uncaught ${e.name ?? "error"}: ${e.message}`));
  const rows = [];
  try {
    await page.goto(new URL(BLANK, server.url).href);
    const installed = await page.evaluate(async () => {
      const before = globalThis.Summarizer;
      const nativeAvailability = before ? await before.availability().catch((e) => `throws ${e.name}`) : "absent";
      const { native } = await import("/summarizer-polyfill.js");
      const { Summarizer: Abridged } = await import("/summarizer.js");
      const now = globalThis.Summarizer;
      return {
        native: typeof native,
        nativeAvailability,
        replaced: now !== before,
        abridges: now === Abridged || Object.getPrototypeOf(now) === Abridged,
      };
    });
    if (!installed.abridges) throw new Error(`the polyfill did not install abridge's Summarizer (${JSON.stringify(installed)})`);
    await page.addScriptTag({ content: HARNESS });
    const testUrl = new URL(`/wpt/${SUITE}/${rel}`, server.url);
    for (const dep of info.scripts) {
      if (/^\/resources\/testdriver/.test(dep)) continue;
      const url = new URL(dep, testUrl);
      const local = path.join(wpt, decodeURIComponent(url.pathname.startsWith("/wpt/") ? url.pathname.slice(5) : url.pathname.slice(1)));
      if (!existsSync(local)) {
        rows.push({ name: `(META script ${dep})`, status: "FAIL", message: `not found in WPT_DIR (${local})` });
        continue;
      }
      const href = url.pathname.startsWith("/wpt/") ? url.href : new URL(`/wpt${url.pathname}`, server.url).href;
      await page.addScriptTag({ url: href });
    }
    await page.addScriptTag({ url: testUrl.href });
    if (problems.length) {
      rows.push(...problems.splice(0).map((p) => ({ name: "(harness: loading the file)", status: "FAIL", message: p })));
    }
    const count = await page.evaluate(() => globalThis.__wpt.count());
    if (count === 0) rows.push({ name: "(no tests registered)", status: "FAIL", message: "the file registered no test" });
    const { results, unhandled } = await page.evaluate((ms) => globalThis.__wpt.run(ms), timeout);
    rows.push(...results);
    for (const u of unhandled) rows.push({ name: "(harness: unhandled rejection)", status: "FAIL", message: `during '${u.during}': ${u.message}` });
    for (const p of problems) rows.push({ name: "(harness: uncaught error)", status: "FAIL", message: p });
    return { rows, installed };
  } finally {
    await context.close();
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const suiteDir = path.join(opts.wpt, SUITE);
  if (!existsSync(suiteDir)) usage(`${suiteDir} does not exist (is ${opts.wpt} a web-platform-tests checkout?)`);
  if (!existsSync(path.join(PKG, "summarizer-polyfill.js"))) {
    console.error("summarizer.mjs: pkg/summarizer-polyfill.js is missing: build the npm package first (scripts/build-wasm.sh)");
    process.exit(1);
  }

  const files = (await testFiles(suiteDir)).filter((f) => !opts.only || f.includes(opts.only));
  const server = await serve({
    dir: PKG, port: 0, mounts: { "/wpt/": opts.wpt },
    routes: { [BLANK]: { body: "<!doctype html><meta charset=utf-8><title>wpt</title><body></body>\n", type: "text/html; charset=utf-8" } },
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: CHROMIUM_ARGS, headless: true });

  const all = [];
  const skipped = [];
  let installed = null;
  try {
    for (const rel of files) {
      const source = await fs.readFile(path.join(suiteDir, rel), "utf8");
      const reason = skipReason(rel, source, opts.speed);
      if (reason) {
        skipped.push({ file: rel, reason });
        continue;
      }
      process.stderr.write(`running ${rel}\n`);
      try {
        const out = await runFile(browser, server, opts.wpt, rel, source, opts.timeout);
        installed ??= out.installed;
        for (const row of out.rows) all.push({ file: rel, ...row });
      } catch (e) {
        all.push({ file: rel, name: "(runner)", status: "FAIL", message: `the page broke: ${e.message.split("\n")[0]}` });
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }

  if (installed) {
    console.log(`Chromium's own Summarizer: ${installed.native === "function" ? `present, availability() "${installed.nativeAvailability}"` : "absent"}; ` +
      `globalThis.Summarizer after the polyfill: abridge's${installed.replaced ? " (replaced)" : ""}\n`);
  }
  console.log("| file | subtest | result | message |");
  console.log("|---|---|---|---|");
  for (const r of all) console.log(`| ${cell(r.file)} | ${cell(r.name)} | ${r.status} | ${cell(r.message)} |`);
  if (skipped.length) {
    console.log("\nSkipped files:");
    for (const s of skipped) console.log(`  ${s.file}: ${s.reason}`);
  }
  const pass = all.filter((r) => r.status === "PASS").length;
  const fail = all.length - pass;
  const ran = new Set(all.map((r) => r.file)).size;
  console.log(`\nTotals: ${ran} files run, ${skipped.length} skipped; ${all.length} subtests: ${pass} PASS, ${fail} FAIL`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`summarizer.mjs: the runner broke: ${e.stack ?? e}`);
    process.exit(1);
  },
);
