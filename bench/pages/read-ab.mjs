// readPage of two builds in the same page, turn about (the shared machine's load changes by the
// second): run.mjs's synthetic 50,000-element page, and each dev page given. Prints the minimum
// and the median of N calls of each build, ms.
//
//   node bench/pages/read-ab.mjs BEFORE_DIR [N=15] [--pages K]
// BEFORE_DIR holds pkg-before/ (an older www/pkg, served beside www/'s files).
import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import path from "node:path";
import { ROOT, OWN, benchPages, commandLine, half, median, openBench } from "./harness.mjs";

const { value } = commandLine(["--pages"]);
const [beforeDir, n = "15"] = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && all[i - 1] !== "--pages");
const N = Number(n);
const K = Number(value("--pages") ?? 0);
const bench = await openBench({ extra: path.resolve(beforeDir) });
const DIR = path.join(ROOT, "../shared/data/pages");
const { ids } = await benchPages(DIR, K);

async function ab(page, synthetic) {
  return page.evaluate(async ({ own, synthetic, N }) => {
    const builds = { before: await import(`${own}pkg-before/abridge.js`), after: await import(`${own}pkg/abridge.js`) };
    for (const pkg of Object.values(builds)) await pkg.default();
    if (synthetic) {
      const section = (i) => `<section class="s${i % 7}"><h2>Heading ${i}</h2><div class="meta"><span>By A. Writer</span> <a href="#">link</a></div>` +
        `<p>Sentence number ${i} has words, commas, and <b>more</b> words in it.</p><ul><li>a</li><li>b</li><li><a href="#">c</a></li></ul>` +
        `<p>Another paragraph ${i} with text that goes on for a while, as prose does.</p><div><div><span>x</span></div></div><figure><figcaption>A caption</figcaption></figure></section>`;
      document.body.innerHTML = `<main>${Array.from({ length: 2778 }, (_, i) => section(i)).join("")}</main>`;
    }
    void document.body?.offsetHeight;
    const times = { before: [], after: [] };
    for (let k = 0; k < N; k++) {
      for (const [name, pkg] of Object.entries(builds)) {
        const t0 = performance.now();
        pkg.readPage(document)?.free();
        times[name].push(performance.now() - t0);
      }
    }
    return times;
  }, { own: OWN, synthetic, N });
}

const rows = [];
const synth = await bench.open(Buffer.from("<!doctype html><html lang=en><head><title>Synthetic</title></head><body></body></html>"), "utf-8");
rows.push(["synthetic 50,000 elements", await ab(synth, true)]);
await synth.close();
for (const id of ids) {
  const page = await bench.open(gunzipSync(await readFile(path.join(DIR, "pages", `${id}.html.gz`))), "utf-8");
  rows.push([id.slice(0, 8), await ab(page, false), half(id)]);
  await page.close();
}
await bench.close();
const f = (xs) => `${Math.min(...xs).toFixed(1)} / ${median(xs).toFixed(1)}`;
console.log(`readPage, ms (min / median of ${N}), before = ${beforeDir}`);
console.log("| page | before | after |\n|---|---|---|");
for (const [name, t] of rows) console.log(`| ${name} | ${f(t.before)} | ${f(t.after)} |`);
if (rows.length > 2) {
  for (const h of ["A", "B", undefined]) {
    const pages = rows.slice(1).filter((r) => !h || r[2] === h);
    const sum = (k) => pages.reduce((a, [, t]) => a + Math.min(...t[k]), 0).toFixed(1);
    console.log(`| sum of minima over ${pages.length} dev pages${h ? ` (half ${h})` : ""} | ${sum("before")} | ${sum("after")} |`);
  }
}
