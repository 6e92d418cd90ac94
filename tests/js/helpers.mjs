// Shared by the node --test suites of tests/js/: paths, the static server (scripts/serve.mjs),
// headless Chromium through playwright-core, and child processes.
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { serve as serveStatic } from "../../scripts/serve.mjs";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const PKG = path.join(ROOT, "pkg");

/** The built npm package's Node entry; fails with a hint when scripts/build-wasm.sh has not run. */
export async function loadPackage() {
  const entry = path.join(PKG, "node.js");
  if (!existsSync(entry)) {
    throw new Error("pkg/ is missing: run scripts/build-wasm.sh (or scripts/test-js.sh) first");
  }
  return import(pathToFileURL(entry).href);
}

const execFileP = promisify(execFile);

/**
 * `npm pack` of pkg/, installed from the tarball into a fresh project outside the repository.
 * Resolves with { project, files } (files: the tarball's paths, sorted).
 */
export async function installPackedPackage() {
  const project = mkdtempSync(path.join(os.tmpdir(), "abridge-consumer-"));
  const { stdout } = await run("npm", ["pack", PKG, "--pack-destination", project, "--json"], { cwd: ROOT });
  const [{ filename, files }] = JSON.parse(stdout);
  writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", `./${filename}`], { cwd: project });
  return { project, files: files.map((f) => f.path).sort() };
}

/**
 * A production webpack 5 build of `entry` (relative to `context`) into `outDir` as `main.js`; any
 * other webpack option in `more` is added (its `output` merged into ours). Resolves with webpack's
 * stats; rejects when webpack itself fails (the caller checks the stats for errors).
 */
export function webpackBuild({ context, entry, outDir, ...more }) {
  const webpack = createRequire(import.meta.url)("webpack");
  const config = {
    mode: "production",
    context,
    entry,
    infrastructureLogging: { level: "error" },
    ...more,
    output: { path: outDir, filename: "main.js", clean: true, ...more.output },
  };
  return new Promise((resolve, reject) =>
    webpack(config, (err, stats) => (err ? reject(err) : resolve(stats))));
}

/** The packed package installed in a fresh project, and headless Chromium: `{ project, browser }`. */
export async function openPackedPackage() {
  const { project } = await installPackedPackage();
  return { project, browser: await launchChromium() };
}

/** Closes what `openPackedPackage` opened (either may be missing when it failed half-way). */
export async function closePackedPackage({ project, browser } = {}) {
  await browser?.close();
  if (project) rmSync(project, { recursive: true, force: true });
}

/** Runs a program; resolves with { stdout, stderr }, rejects with its output on failure. */
export async function run(file, args, options = {}) {
  try {
    return await execFileP(file, args, { maxBuffer: 256 << 20, ...options });
  } catch (e) {
    e.message += `\n--- stdout\n${e.stdout ?? ""}\n--- stderr\n${e.stderr ?? ""}`;
    throw e;
  }
}

/**
 * Serves `dir` on 127.0.0.1 (random port) with scripts/serve.mjs, the project's one static server;
 * `cors: true` adds `Access-Control-Allow-Origin: *`, as package CDNs send (a module script from
 * another origin needs it). Resolves to { url, close() }.
 */
export function serve(dir, { cors = false } = {}) {
  return serveStatic({ dir, port: 0, cors });
}

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Headless Debian Chromium through playwright-core (never a downloaded browser). */
export async function launchChromium() {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
}

/**
 * Opens `url` in a fresh page and waits until the page sets `window[global]`; returns that value
 * and every page error, console error and failed request seen on the way.
 */
export async function runPage(browser, url, global = "__abridge", timeout = 20000) {
  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("response", (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} ${r.url()}`));
  try {
    await page.goto(url);
    const handle = await page.waitForFunction((g) => window[g], global, { timeout });
    return { value: await handle.jsonValue(), problems };
  } catch (e) {
    e.message += `\n${problems.join("\n")}`;
    throw e;
  } finally {
    await page.close();
  }
}
