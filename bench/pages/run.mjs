// Real pages: the widget's article text and summary against the true article body, beside
// Readability.js on the same DOM, the CLI's `--html` on the same file and the published systems'
// stored outputs (DIR/published/*.json), all scored with the benchmark's metric on every page and
// on each of the two fixed halves (SHA-1 of the page id: harness.mjs half()). A rule is chosen on
// one half and kept only when it helps the other too. Also how light the widget is on the page
// (issue 22): connect → summary, long tasks, and layout shift with the widget embedded above the
// article (harness.mjs runEmbedded; bench/pages/light.mjs compares two widgets in one run).
//
//   node bench/pages/run.mjs [DIR] [--only N] [--no-cli] [--json FILE] [--dump-pasted DIR] [--pasted]
//
// Besides the widget, a whole page pasted into the demo two ways: as text (the body's innerText
// into summarize) and as the clipboard holds it after Chromium's own select-all and copy
// (clipboard.mjs: text/html through the demo's readPasted, and its text/plain alone).
//
// DIR holds ground-truth.json and pages/<id>.html.gz (default ../shared/data/pages). Every page is
// loaded the way the extractors saw it: the static HTML at a made-up origin, with a
// Content-Security-Policy that lets only the widget's own files run (the page's scripts are
// blocked) and every other request aborted. Needs www/pkg (scripts/build-wasm.sh), bench's
// node_modules (`npm ci --prefix bench`: @mozilla/readability) and, for the CLI column,
// `cargo build --release --features cli`.
import { readFile, readdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { gunzipSync } from "node:zlib";
import path from "node:path";
import { OWN, ROOT, f3, half, median, benchPages, commandLine, openBench, runEmbedded, runReadability, runWidget } from "./harness.mjs";
import { inside, score, shingleMatch, tokenLine } from "./metric.mjs";
import { copyPage, runClipboard } from "./clipboard.mjs";

const { flag, value, dir: DIR, only: ONLY } = commandLine(["--only", "--json", "--dump-pasted"], path.join(ROOT, "../shared/data/pages"));
const CLI = path.join(ROOT, "target/release/abridge");
const useCli = !flag("--no-cli") && existsSync(CLI);
const SENTENCES = 3;

const { truth, ids } = await benchPages(DIR, ONLY);

// The published systems' stored outputs on the same pages (published/README.md), when present.
const PUBLISHED_DIR = path.join(DIR, "published");
const PUBLISHED_NAMES = {
  AutoExtract: "AutoExtract (2019)",
  rs_trafilatura: "rs-trafilatura",
  go_trafilatura: "go-trafilatura",
  trafilatura: "trafilatura",
  newspaper: "newspaper4k",
  news_please: "news-please",
  readability_js: "Readability.js (stored)",
  go_domdistiller: "go-domdistiller",
  justext: "jusText",
};
const published = {};
if (existsSync(PUBLISHED_DIR)) {
  for (const f of (await readdir(PUBLISHED_DIR)).filter((f) => f.endsWith(".json")).sort()) {
    const key = f.slice(0, -".json".length);
    published[PUBLISHED_NAMES[key] ?? key] = JSON.parse(await readFile(path.join(PUBLISHED_DIR, f), "utf8"));
  }
}

/** The page's innerText pasted into summarize: its sentences and the text. */
async function runPasted(page) {
  return page.evaluate(async ({ own, sentences }) => {
    const pkg = await import(`${own}pkg/abridge.js`);
    for (const el of document.querySelectorAll("abridge-summary")) el.remove();
    const pasted = document.body?.innerText ?? "";
    const summary = pkg.summarize(pasted, { sentences });
    return { pasted: summary.sentences.map((s) => s.text), pastedText: pasted };
  }, { own: OWN, sentences: SENTENCES });
}

/** The page's declared charset (a <meta> anywhere in its head), else UTF-8 as the pages were saved. */
function charsetOf(html) {
  const head = html.subarray(0, 65536).toString("latin1");
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ?? "utf-8";
}

function runCli(html) {
  const t0 = performance.now();
  const r = spawnSync(CLI, ["--html", "-", "--json", "--sentences", String(SENTENCES)], { input: html, maxBuffer: 64 << 20 });
  const ms = performance.now() - t0;
  if (r.status !== 0) return { error: `exit ${r.status}: ${String(r.stderr).slice(0, 200)}`, text: "", sentences: [], ms };
  const out = JSON.parse(String(r.stdout));
  return { text: out.article ?? "", sentences: (out.sentences ?? []).map((s) => s.text), ms };
}

const bench = await openBench();

const rows = [];
for (const id of ids) {
  const html = gunzipSync(await readFile(path.join(DIR, "pages", `${id}.html.gz`)));
  const body = truth[id].articleBody;
  const bodyLine = tokenLine(body);
  const row = { id, half: half(id), url: truth[id].url, bodyChars: body.length };
  let page = null;
  try {
    page = await bench.open(html, charsetOf(html));
    // First, before the widget is added: the page as a reader copies it.
    const clip = await copyPage(page);
    const w = await runWidget(page, { sentences: SENTENCES });
    const r = await runReadability(page);
    const peers = { ...(await runPasted(page)), readability: r.text, readabilityMs: r.ms };
    row.widget = { kind: w.kind, error: w.error, ms: w.ms, longest: w.longest, chars: w.text.length, match: shingleMatch(body, w.text), sentences: w.sentences };
    row.widget.outside = w.sentences.filter((s) => !inside(s, bodyLine));
    row.readability = { match: shingleMatch(body, peers.readability), ms: peers.readabilityMs, chars: peers.readability.length };
    row.pasted = { sentences: peers.pasted, outside: peers.pasted.filter((s) => !inside(s, bodyLine)) };
    const c = await runClipboard(page, OWN, clip, SENTENCES);
    row.clipboard = { source: c.source, chars: c.text.length, sentences: c.sentences, outside: c.sentences.filter((s) => !inside(s, bodyLine)) };
    const plain = await runClipboard(page, OWN, { html: "", text: clip.text }, SENTENCES);
    row.clipText = { sentences: plain.sentences, outside: plain.sentences.filter((s) => !inside(s, bodyLine)) };
    if (value("--dump-pasted")) {
      const { writeFile, mkdir } = await import("node:fs/promises");
      await mkdir(value("--dump-pasted"), { recursive: true });
      await writeFile(path.join(value("--dump-pasted"), `${id}.txt`), peers.pastedText);
    }
    if (useCli) {
      const c = runCli(html);
      row.cli = { error: c.error, ms: c.ms, match: shingleMatch(body, c.text), sentences: c.sentences };
      row.cli.same = JSON.stringify(c.sentences) === JSON.stringify(w.sentences);
    }
  } catch (e) {
    row.failed = String(e.message ?? e).split("\n")[0];
  }
  await page?.close();
  if (!row.failed) {
    try {
      row.embedded = await runEmbedded(bench, html, charsetOf(html), { sentences: SENTENCES });
    } catch (e) {
      row.embedded = { failed: String(e.message ?? e).split("\n")[0] };
    }
  }
  rows.push(row);
  process.stderr.write(".");
}
process.stderr.write("\n");

// A synthetic page of about 50,000 elements (2,778 story-like sections of 18): how long readPage takes
// to read the live DOM into the model, find the article and read it (median of 5, after layout).
const synthPage = await bench.open(Buffer.from("<!doctype html><html lang=en><head><title>Synthetic</title></head><body></body></html>"), "utf-8");
const synthetic = await synthPage.evaluate(async (own) => {
  const pkg = await import(`${own}pkg/abridge.js`);
  await pkg.default();
  const section = (i) => `<section class="s${i % 7}"><h2>Heading ${i}</h2><div class="meta"><span>By A. Writer</span> <a href="#">link</a></div>` +
    `<p>Sentence number ${i} has words, commas, and <b>more</b> words in it.</p><ul><li>a</li><li>b</li><li><a href="#">c</a></li></ul>` +
    `<p>Another paragraph ${i} with text that goes on for a while, as prose does.</p><div><div><span>x</span></div></div><figure><figcaption>A caption</figcaption></figure></section>`;
  document.body.innerHTML = `<main>${Array.from({ length: 2778 }, (_, i) => section(i)).join("")}</main>`;
  const elements = document.getElementsByTagName("*").length;
  void document.body.offsetHeight;
  const times = [];
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    pkg.readPage(document)?.free();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { elements, ms: times[2] };
}, OWN);
await synthPage.close();
await bench.close();

// ---- report ----
const ok = rows.filter((r) => !r.failed);
const pct = (n, d) => `${n} of ${d} (${((100 * n) / d).toFixed(1)} %)`;
const cell = (m) => `${f3(m.f1)} / ${f3(m.precision)} / ${f3(m.recall)}`;
const halves = { all: ok, A: ok.filter((r) => r.half === "A"), B: ok.filter((r) => r.half === "B") };
// Every system's per-page matches, scored on each half: the widget, the CLI and Readability.js run
// here, the published systems from their stored outputs (a page missing from a file: empty text).
const systems = [["**widget** (no `for`)", (r) => r.widget.match]];
if (useCli) systems.push(["CLI `abridge --html`", (r) => r.cli.match]);
systems.push(["Readability.js 0.6 (run here, same DOM)", (r) => r.readability.match]);
for (const [name, out] of Object.entries(published)) systems.push([name, (r) => shingleMatch(truth[r.id].articleBody, out[r.id] ?? "")]);
const table = systems.map(([name, get]) => {
  const byHalf = Object.fromEntries(Object.entries(halves).map(([h, rs]) => [h, score(rs.map(get))]));
  return { name, ...byHalf };
});
console.log(`\nabridge bench/pages: ${ok.length} pages from ${DIR}${rows.length > ok.length ? ` (${rows.length - ok.length} failed to load)` : ""}`);
console.log(`halves by SHA-1 of the id (bench/pages/harness.mjs half()): A ${halves.A.length} pages, B ${halves.B.length} pages\n`);
console.log(`| article text vs the true body, F1 / precision / recall | all ${ok.length} | half A (${halves.A.length}) | half B (${halves.B.length}) |`);
console.log("|---|---|---|---|");
for (const row of table) console.log(`| ${row.name} | ${cell(row.all)} | ${cell(row.A)} | ${cell(row.B)} |`);
const best = (h) => table.slice(useCli ? 3 : 2).reduce((b, r) => (r[h].f1 > b[h].f1 ? r : b));
for (const h of ["A", "B"]) {
  const b = best(h);
  const w = table[0][h];
  console.log(`half ${h}: widget F1 ${f3(w.f1)} (P ${f3(w.precision)}) vs the best published system, ${b.name}, ${f3(b[h].f1)}: ${w.f1 >= b[h].f1 && w.precision >= 0.95 ? "bar met" : "bar not met"}`);
}

// "Clean": a summary, every sentence of it inside the true body.
const clean = (get) => (rs) => rs.filter((r) => get(r).sentences.length > 0 && get(r).outside.length === 0).length;
const line = (label, count) => console.log(`  ${label.padEnd(38)} ${["all", "A", "B"].map((h) => `${h === "all" ? "" : `half ${h} `}${pct(count(halves[h]), halves[h].length)}`).join(", ")}`);
console.log(`\nsummary (${SENTENCES} sentences) wholly inside the true body ("clean"):`);
line("widget:", clean((r) => r.widget));
line("whole page pasted as text:", clean((r) => r.pasted));
line("pasted as clipboard HTML (demo):", clean((r) => r.clipboard));
line("  its text/plain alone:", clean((r) => r.clipText));
const sources = {};
for (const r of ok) sources[r.clipboard.source] = (sources[r.clipboard.source] ?? 0) + 1;
console.log(`  clipboard HTML read as: ${Object.entries(sources).map(([k, n]) => `${k} ${n}`).join(", ")}`);
const noSummary = ok.filter((r) => r.widget.sentences.length === 0);
console.log(`  widget without a summary:   ${noSummary.length} (true body ≥ 500 chars: ${noSummary.filter((r) => r.bodyChars >= 500).length})`);
if (useCli) console.log(`  CLI --html: same summary as the widget on ${pct(ok.filter((r) => r.cli.same).length, ok.length)}`);

// Light on the page (issue 22): per half, the widget's connect → summary (module loaded first), its
// longest task, and as embedded in the HTML above the article: widget.js arrived → summary (the
// module compiled and instantiated on the way), the longest task then and the layout shift.
console.log("\n| light on the page | all | half A | half B |");
console.log("|---|---|---|---|");
const lightRows = [
  ["widget connect → summary, median ms (module loaded first)", (rs) => median(rs.map((r) => r.widget.ms)).toFixed(1)],
  ["longest task in that window, median / max ms", (rs) => `${median(rs.map((r) => r.widget.longest)).toFixed(0)} / ${Math.max(...rs.map((r) => r.widget.longest)).toFixed(0)}`],
  ["pages with a long task (> 50 ms) in that window", (rs) => rs.filter((r) => r.widget.longest > 50).length],
  ["embedded: widget.js loaded → summary, median ms", (rs) => median(rs.filter((r) => r.embedded?.ms >= 0).map((r) => r.embedded.ms)).toFixed(1)],
  ["embedded: longest task, median / max ms", (rs) => { const v = rs.filter((r) => r.embedded?.longest >= 0).map((r) => r.embedded.longest); return `${median(v).toFixed(0)} / ${Math.max(...v).toFixed(0)}`; }],
  ["embedded: pages with a long task (> 50 ms)", (rs) => rs.filter((r) => r.embedded?.longest > 50).length],
  ["embedded: layout shift, sum over pages / pages with any", (rs) => { const v = rs.filter((r) => r.embedded?.shift >= 0).map((r) => r.embedded.shift); return `${v.reduce((a, b) => a + b, 0).toFixed(3)} / ${v.filter((x) => x > 0).length}`; }],
];
for (const [name, get] of lightRows) console.log(`| ${name} | ${get(halves.all)} | ${get(halves.A)} | ${get(halves.B)} |`);
const embedFailed = ok.filter((r) => !r.embedded || r.embedded.failed || r.embedded.kind === "timeout");
if (embedFailed.length) console.log(`embedded: ${embedFailed.length} pages failed or timed out: ${embedFailed.map((r) => r.id.slice(0, 8)).join(" ")}`);

console.log(`\ntime per page (median ms): widget connect→summary ${median(ok.map((r) => r.widget.ms)).toFixed(1)}, ` +
  `Readability.js ${median(ok.map((r) => r.readability.ms)).toFixed(1)}` +
  (useCli ? `, CLI process (parse + summarize) ${median(ok.map((r) => r.cli.ms)).toFixed(1)}` : ""));

console.log(`synthetic page of ${synthetic.elements} elements: readPage ${synthetic.ms.toFixed(1)} ms (median of 5)`);

console.log("\nfailing pages (widget):");
for (const r of rows) {
  if (r.failed) {
    console.log(`  ${r.id.slice(0, 8)} did not load: ${r.failed}`);
    continue;
  }
  const reasons = [];
  const p = shingleF1(r.widget.match);
  if (r.widget.kind !== "summary") reasons.push(`no summary (${r.widget.kind}${r.widget.error ? `: ${r.widget.error}` : ""})`);
  if (p < 0.8) reasons.push(`F1 ${f3(p)} (P ${f3(precisionOf(r.widget.match))}, R ${f3(recallOf(r.widget.match))}; Readability ${f3(shingleF1(r.readability.match))})`);
  for (const s of r.widget.outside) reasons.push(`outside: "${s.slice(0, 90)}"`);
  if (reasons.length) console.log(`  ${r.id.slice(0, 8)} ${r.url}\n    ${reasons.join("\n    ")}`);
}
if (flag("--pasted")) {
  console.log("\nfailing pages (pasted):");
  for (const r of ok) for (const s of r.pasted.outside) console.log(`  ${r.id.slice(0, 8)} outside: "${s.slice(0, 100)}"`);
  console.log("\nfailing pages (clipboard HTML):");
  for (const r of ok) {
    if (!r.clipboard.sentences.length) console.log(`  ${r.id.slice(0, 8)} no summary (${r.clipboard.source})`);
    for (const s of r.clipboard.outside) console.log(`  ${r.id.slice(0, 8)} (${r.clipboard.source}) outside: "${s.slice(0, 100)}"`);
  }
}
if (value("--json")) {
  const { writeFile } = await import("node:fs/promises");
  await writeFile(value("--json"), JSON.stringify(rows, null, 1));
}

function precisionOf(m) {
  return score([m]).precision;
}
function recallOf(m) {
  return score([m]).recall;
}
function shingleF1(m) {
  return score([m]).f1;
}
