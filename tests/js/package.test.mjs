// The npm package as users get it: `npm pack` of pkg/, installed from the tarball into a fresh project
// outside the repository, then used from Node 20 ESM, type-checked by tsc --strict, built with Vite and
// with webpack 5 (no plugins, no configuration for the .wasm) and run in headless Chromium.
import assert from "node:assert/strict";
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { installPackedPackage, launchChromium, ROOT, run, runPage, serve, webpackBuild } from "./helpers.mjs";

let project;
let browser;

// The page both bundlers build: the documented browser usage, `await init()` then summarize; and
// the Summarizer API's ponyfill (it loads the same module).
const MAIN = `
import init, { summarize, splitSentences } from "abridge";
import { Summarizer } from "abridge/summarizer";
const text = "Alice 👩‍👩‍👧‍👦 went home. 東京都は計画を発表した。Cafe\\u0301 owners met. The end 😀!";
await init();
const s = summarize(text, { sentences: 2 });
let error;
try { summarize(text, { ratio: 2 }); } catch (e) { error = [e.constructor.name, e.message]; }
window.__abridge = {
  chosen: s.sentences.length,
  slicesBack: s.sentences.every((x) => text.slice(x.start, x.end) === x.text),
  split: splitSentences(text).map((x) => x.text),
  error,
  headline: await (await Summarizer.create({ type: "headline", format: "plain-text" })).summarize(text),
};
`;
const EXPECTED = {
  chosen: 2,
  slicesBack: true,
  split: ["Alice 👩‍👩‍👧‍👦 went home.", "東京都は計画を発表した。", "Cafe\u0301 owners met.", "The end 😀!"],
  error: ["RangeError", "abridge: options.ratio must be a number in (0, 1]"],
  headline: "Alice 👩‍👩‍👧‍👦 went home",
};
const HTML = (src) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>abridge</title></head>` +
  `<body><script type="module" src="${src}"></script></body></html>`;

before(async () => {
  let files;
  ({ project, files } = await installPackedPackage());
  // The page build's glue imports the DOM walk (src/dom/walk.js) from snippets/<crate hash>/.
  assert.ok(files.some((f) => /^widget\/pkg\/snippets\/[^/]+\/src\/dom\/walk\.js$/.test(f)), files.join(" "));
  assert.deepEqual(files.filter((f) => !f.startsWith("widget/pkg/snippets/")), [
    "README.md", "abridge.d.ts", "abridge.js", "abridge_bg.wasm", "abridge_bg.wasm.d.ts", "node.js", "package.json",
    "summarizer-api.js", "summarizer-polyfill.d.ts", "summarizer-polyfill.js", "summarizer-polyfill.node.js",
    "summarizer.d.ts", "summarizer.js", "summarizer.node.js",
    "widget/abridge.css", "widget/dom.js", "widget/pkg/abridge.js", "widget/pkg/abridge_bg.wasm", "widget/widget.d.ts", "widget/widget.js",
    "worker-protocol.js", "worker-thread.js", "worker-thread.node.js", "worker.d.ts", "worker.js", "worker.node.js",
  ]);
  mkdirSync(path.join(project, "src"));
  writeFileSync(path.join(project, "src/main.js"), MAIN);
  writeFileSync(path.join(project, "index.html"), HTML("/src/main.js"));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  if (project) rmSync(project, { recursive: true, force: true });
});

describe("the packed tarball", () => {
  test("package.json: exports map, sideEffects, version", () => {
    const pkg = JSON.parse(readFileSync(path.join(project, "node_modules/abridge/package.json"), "utf8"));
    assert.deepEqual(Object.keys(pkg.exports["."]), ["types", "node", "browser", "default"]);
    assert.equal(pkg.exports["./abridge_bg.wasm"], "./abridge_bg.wasm");
    // Only the Node entry has a side effect (it instantiates the module at import); with plain
    // `false`, webpack and Rollup drop that import and summarize() finds no instance.
    // The widget's entry registers <abridge-summary>: a side effect too.
    // So do the worker threads' modules (they listen for messages), and the Summarizer polyfill's
    // (it sets globalThis.Summarizer).
    assert.deepEqual(pkg.sideEffects, ["./node.js", "./widget/widget.js", "./worker-thread.js", "./worker-thread.node.js",
      "./summarizer-polyfill.js", "./summarizer-polyfill.node.js"]);
    assert.deepEqual(pkg.exports["./summarizer"], { types: "./summarizer.d.ts", node: "./summarizer.node.js", default: "./summarizer.js" });
    assert.deepEqual(pkg.exports["./summarizer/polyfill"], {
      types: "./summarizer-polyfill.d.ts", node: "./summarizer-polyfill.node.js", default: "./summarizer-polyfill.js",
    });
    assert.deepEqual(pkg.exports["./worker"], { types: "./worker.d.ts", node: "./worker.node.js", default: "./worker.js" });
    assert.deepEqual(pkg.exports["./widget"], { types: "./widget/widget.d.ts", default: "./widget/widget.js" });
    assert.equal(pkg.type, "module");
    const cargo = readFileSync(path.join(ROOT, "Cargo.toml"), "utf8").match(/^version = "(.*)"/m)[1];
    assert.equal(pkg.version, cargo);
  });

  test("Node 20 ESM: import { summarize } from 'abridge', no init, no wasm path", async () => {
    const script = `
      import { summarize, splitSentences } from "abridge";
      import init from "abridge";
      const text = "Rain fell. 😀 The river rose! 東京は晴れ。";
      const s = summarize(text, { sentences: 2 });
      await init(); // accepted, resolves at once
      console.log(JSON.stringify({
        n: s.sentences.length,
        back: s.sentences.every((x) => text.slice(x.start, x.end) === x.text),
        split: splitSentences(text).length,
        wasm: import.meta.resolve("abridge/abridge_bg.wasm").endsWith("/node_modules/abridge/abridge_bg.wasm"),
      }));`;
    const { stdout, stderr } = await run(process.execPath, ["--input-type=module", "-e", script], { cwd: project });
    assert.deepEqual(JSON.parse(stdout), { n: 2, back: true, split: 3, wasm: true });
    assert.equal(stderr, "");
  });

  test("TypeScript: tests/ts/consumer.ts, worker.ts, summarizer.ts and widget.ts pass tsc --noEmit --strict", async () => {
    cpSync(path.join(ROOT, "tests/ts/consumer.ts"), path.join(project, "consumer.ts"));
    const tsc = path.join(ROOT, "node_modules/typescript/bin/tsc");
    const common = ["--noEmit", "--strict", "--target", "es2022", "consumer.ts"];
    // How Node projects resolve it, and how bundler projects do; with the DOM lib and full checking
    // of our declarations, and as a Node-only project (no DOM lib) with skipLibCheck.
    for (const extra of [
      ["--module", "nodenext", "--moduleResolution", "nodenext", "--lib", "es2022,dom"],
      ["--module", "esnext", "--moduleResolution", "bundler", "--lib", "es2022,dom"],
      ["--module", "nodenext", "--moduleResolution", "nodenext", "--lib", "es2022", "--skipLibCheck"],
    ]) {
      await run(process.execPath, [tsc, ...common, ...extra], { cwd: project });
    }
    // The worker entry's types, as Node and bundler projects resolve them (AbortSignal: the DOM lib).
    cpSync(path.join(ROOT, "tests/ts/worker.ts"), path.join(project, "worker.ts"));
    for (const extra of [
      ["--module", "nodenext", "--moduleResolution", "nodenext", "--lib", "es2022,dom"],
      ["--module", "esnext", "--moduleResolution", "bundler", "--lib", "es2022,dom"],
    ]) {
      await run(process.execPath, [tsc, "--noEmit", "--strict", "--target", "es2022", ...extra, "worker.ts"], { cwd: project });
    }
    // The Summarizer API's entries: a program typed against @types/dom-chromium-ai compiles against
    // the ponyfill's types and, unchanged below its import, against the global with the polyfill;
    // abridge's Summarizer is assignable to that package's `typeof Summarizer`.
    const program = readFileSync(path.join(ROOT, "tests/ts/summarizer.ts"), "utf8");
    writeFileSync(path.join(project, "summarizer.ts"), program);
    writeFileSync(path.join(project, "summarizer-global.ts"), program.replace(/^import \{ Summarizer \} from "abridge\/summarizer";/, 'import "abridge/summarizer/polyfill";'));
    cpSync(path.join(ROOT, "tests/ts/summarizer-assignable.ts"), path.join(project, "summarizer-assignable.ts"));
    const chromiumAi = ["--typeRoots", path.join(ROOT, "node_modules/@types"), "--types", "dom-chromium-ai"];
    for (const resolution of [["nodenext", "nodenext"], ["esnext", "bundler"]]) {
      const base = [tsc, "--noEmit", "--strict", "--target", "es2022", "--lib", "es2022,dom,dom.asynciterable", "--module", resolution[0], "--moduleResolution", resolution[1]];
      await run(process.execPath, [...base, "summarizer.ts"], { cwd: project });
      await run(process.execPath, [...base, ...chromiumAi, "summarizer-global.ts"], { cwd: project });
      await run(process.execPath, [...base, ...chromiumAi, "summarizer-assignable.ts"], { cwd: project });
    }
    // The widget's types (browser only: the DOM lib).
    cpSync(path.join(ROOT, "tests/ts/widget.ts"), path.join(project, "widget.ts"));
    for (const resolution of [["nodenext", "nodenext"], ["esnext", "bundler"]]) {
      await run(process.execPath, [tsc, "--noEmit", "--strict", "--target", "es2022", "--lib", "es2022,dom",
        "--module", resolution[0], "--moduleResolution", resolution[1], "widget.ts"], { cwd: project });
    }
  });

  /** Serves a bundler's output and runs it in Chromium: it must summarize as Node does, cleanly. */
  async function assertBuiltPageWorks(outDir) {
    const server = await serve(outDir);
    try {
      const { value, problems } = await runPage(browser, server.url);
      assert.deepEqual(value, EXPECTED);
      assert.deepEqual(problems, []);
    } finally {
      await server.close();
    }
  }

  test("Vite build, run in headless Chromium", async () => {
    const { build } = await import("vite");
    const outDir = path.join(project, "dist-vite");
    await build({ root: project, logLevel: "silent", configFile: false, build: { outDir, emptyOutDir: true } });
    const assets = readdirSync(path.join(outDir, "assets"));
    assert.ok(assets.some((f) => f.endsWith(".wasm")), `the .wasm is emitted as an asset: ${assets}`);
    await assertBuiltPageWorks(outDir);
  });

  test("webpack 5 build for Node (target node20, ES module output), run in Node", async () => {
    const outDir = path.join(project, "dist-webpack-node");
    writeFileSync(
      path.join(project, "src/node-main.js"),
      `import { summarize } from "abridge";\n` +
        `console.log(summarize("One sentence here. Another one there.", { sentences: 1 }).sentences[0].text);\n`,
    );
    const stats = await webpackBuild({
      context: project,
      entry: "./src/node-main.js",
      outDir,
      target: "node20",
      experiments: { outputModule: true },
      output: { filename: "main.mjs", module: true, chunkFormat: "module" },
    });
    assert.ok(!stats.hasErrors(), stats.toString("errors-only"));
    const { stdout } = await run(process.execPath, [path.join(outDir, "main.mjs")]);
    assert.equal(stdout.trim(), "One sentence here.");
  });

  test("webpack 5 build, run in headless Chromium", async () => {
    const outDir = path.join(project, "dist-webpack");
    const stats = await webpackBuild({ context: project, entry: "./src/main.js", outDir });
    assert.ok(!stats.hasErrors(), stats.toString("errors-only"));
    assert.ok(!stats.hasWarnings(), stats.toString("errors-warnings"));
    assert.ok(readdirSync(outDir).some((f) => f.endsWith(".wasm")), "the .wasm is emitted as an asset");
    writeFileSync(path.join(outDir, "index.html"), HTML("/main.js"));
    await assertBuiltPageWorks(outDir);
  });
});
