// Where the widget's time goes, phase by phase, on each dev page (issue 22, "light on the page"),
// in headless Chromium, each page loaded fresh (static HTML, its scripts blocked, as run.mjs):
//   init       the WebAssembly module fetched, compiled and instantiated (pkg init())
//   warmUp     widget.js's warm-up (loadAbridge after init)
//   walkCold   src/dom/walk.js the first time (the page's first computed styles: style recalc)
//   walkWarm   the walk again
//   read       readPage minus a warm walk: the wasm side (parse the walk, find and read the article)
//   summarize  the article summarized (3 sentences)
//   highlight  its sentences highlighted in the page
// Prints medians per half and the pages where a phase is over 50 ms (a long task of the widget's),
// and the same phases on run.mjs's synthetic 50,000-element page.
//
//   node bench/pages/phases.mjs [DIR] [--only N] [--ids ID,ID…] [--www DIR]
// (--ids: id prefixes; --www: a folder served before www/, e.g. an older build's pkg/ and widget.js)
import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import path from "node:path";
import { readdirSync } from "node:fs";
import { ROOT, OWN, benchPages, commandLine, half, median, openBench } from "./harness.mjs";

const { value, dir: DIR, only: ONLY } = commandLine(["--only", "--ids", "--www"], path.join(ROOT, "../shared/data/pages"));
const { ids: all } = await benchPages(DIR, ONLY);
const pick = value("--ids")?.split(",");
const ids = pick ? all.filter((id) => pick.some((p) => id.startsWith(p))) : all;
const snippet = readdirSync(path.join(ROOT, "www/pkg/snippets"))[0];
// --www DIR: files served before www/'s (another build's pkg/ and widget.js, to compare).
const bench = await openBench({ extra: value("--www") && path.resolve(value("--www")) });
const PHASES = ["init", "warmUp", "walkCold", "walkWarm", "read", "summarize", "highlight"];

async function phases(page, synthetic = false) {
  return page.evaluate(async ({ own, snippet, synthetic }) => {
    const t = {};
    const time = async (k, f) => { const t0 = performance.now(); const r = await f(); t[k] = performance.now() - t0; return r; };
    const pkg = await import(`${own}pkg/abridge.js`);
    await time("init", () => pkg.default());
    const widget = await import(`${own}widget.js`);
    await time("warmUp", () => widget.loadAbridge());
    if (synthetic) {
      const section = (i) => `<section class="s${i % 7}"><h2>Heading ${i}</h2><div class="meta"><span>By A. Writer</span> <a href="#">link</a></div>` +
        `<p>Sentence number ${i} has words, commas, and <b>more</b> words in it.</p><ul><li>a</li><li>b</li><li><a href="#">c</a></li></ul>` +
        `<p>Another paragraph ${i} with text that goes on for a while, as prose does.</p><div><div><span>x</span></div></div><figure><figcaption>A caption</figcaption></figure></section>`;
      document.body.innerHTML = `<main>${Array.from({ length: 2778 }, (_, i) => section(i)).join("")}</main>`;
      void document.body.offsetHeight;
    }
    const { walkPage } = await import(`${own}pkg/snippets/${snippet}/src/dom/walk.js`);
    t.elements = (await time("walkCold", () => walkPage(document)))[1].length;
    await time("walkWarm", () => walkPage(document));
    const article = await time("read", () => pkg.readPage(document));
    t.read -= t.walkWarm;
    if (!article) return t;
    const summary = await time("summarize", () => pkg.summarize(article.text, { sentences: 3 }));
    await time("highlight", () => article.highlight(summary.sentences, "abridge"));
    article.free();
    return t;
  }, { own: OWN, snippet, synthetic });
}

const rows = [];
for (const id of ids) {
  const html = gunzipSync(await readFile(path.join(DIR, "pages", `${id}.html.gz`)));
  const page = await bench.open(html, "utf-8");
  try {
    rows.push({ id, half: half(id), ...(await phases(page)) });
  } catch (e) {
    console.error(id, String(e.message ?? e).split("\n")[0]);
  } finally {
    await page.close();
  }
  process.stderr.write(".");
}
const synth = await bench.open(Buffer.from("<!doctype html><html lang=en><head><title>Synthetic</title></head><body></body></html>"), "utf-8");
const s = await phases(synth, true);
await synth.close();
await bench.close();
process.stderr.write("\n");

const f = (x) => (typeof x === "number" ? x.toFixed(1) : "-");
console.log(`bench/pages/phases: ${rows.length} pages (${DIR}), ms`);
console.log(`| | ${PHASES.join(" | ")} | elements |`);
console.log(`|---|${PHASES.map(() => "---").join("|")}|---|`);
for (const [name, rs] of [["median all", rows], ["median A", rows.filter((r) => r.half === "A")], ["median B", rows.filter((r) => r.half === "B")]]) {
  console.log(`| ${name} (${rs.length}) | ${[...PHASES, "elements"].map((k) => f(median(rs.map((r) => r[k]).filter((x) => typeof x === "number")))).join(" | ")} |`);
}
console.log(`| max | ${[...PHASES, "elements"].map((k) => f(Math.max(...rows.map((r) => r[k] ?? 0)))).join(" | ")} |`);
console.log(`| pages > 50 ms | ${PHASES.map((k) => rows.filter((r) => r[k] > 50).length).join(" | ")} | |`);
console.log(`| synthetic | ${[...PHASES, "elements"].map((k) => f(s[k])).join(" | ")} |`);
console.log("\npages with a phase over 50 ms:");
for (const r of rows.filter((r) => PHASES.some((k) => r[k] > 50))) {
  console.log(`  ${r.id.slice(0, 8)} ${r.half} ${PHASES.map((k) => `${k} ${f(r[k])}`).join(", ")}, ${r.elements} elements`);
}
