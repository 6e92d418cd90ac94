// trafilatura's evaluation pages (../shared/data/pages-trafilatura, README inside): the widget and
// Readability.js on the same DOM, and trafilatura itself when bench/.venv has it, scored with
// upstream's metric (tests/eval_common.py, reimplemented: `with` snippets found are true
// positives, `without` snippets found false positives), on every page and on the two fixed halves
// (SHA-1 of the page's key: harness.mjs half()).
//
//   node bench/pages/snippets.mjs [DIR] [--only N] [--match KEY-PART] [--json FILE] [--no-trafilatura] [--pages]
//
// The widget's output is the text it summarized (`articleText` of its event), also when it shows
// the short-article state; a page where it emits abridge-no-article, abridge-error or nothing
// within 5 s has no output (all its snippets missed) and is listed. trafilatura runs as
// `extract(html, include_comments=False)` through bench/pages/trafilatura_extract.py (about 25 s;
// install: `python3 -m venv bench/.venv && bench/.venv/bin/pip install trafilatura lxml_html_clean`).
// --pages lists every page where the widget misses a `with` snippet or keeps a `without` one.
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { gunzipSync } from "node:zlib";
import path from "node:path";
import { ROOT, f3, half, median, commandLine, openBench, runReadability, runWidget } from "./harness.mjs";

const { flag, value, dir: DIR, only: ONLY } = commandLine(["--only", "--json", "--match"], path.join(ROOT, "../shared/data/pages-trafilatura"));
const PY = path.join(ROOT, "bench/.venv/bin/python");

const evaldata = JSON.parse(await readFile(path.join(DIR, "evaldata.json"), "utf8"));
const keys = Object.keys(evaldata).sort().filter((k) => !value("--match") || k.includes(value("--match"))).slice(0, ONLY);

/** Upstream's norm(): every run of white space (NBSP included) one space, trimmed. */
const norm = (s) => (s ?? "").replace(/\s+/gu, " ").trim();

/** { tp, fn, fp, tn } of one page's output (null: no output, every snippet missed). */
function snippetCounts(item, output) {
  const text = output == null ? null : norm(output);
  const found = (s) => text !== null && text.includes(norm(s));
  const c = { tp: 0, fn: 0, fp: 0, tn: 0, missed: [], kept: [] };
  for (const s of item.with) {
    if (found(s)) c.tp++;
    else {
      c.fn++;
      c.missed.push(s);
    }
  }
  for (const s of item.without) {
    if (found(s)) {
      c.fp++;
      c.kept.push(s);
    } else c.tn++;
  }
  return c;
}

function total(counts) {
  const t = counts.reduce((a, c) => ({ tp: a.tp + c.tp, fn: a.fn + c.fn, fp: a.fp + c.fp, tn: a.tn + c.tn }), { tp: 0, fn: 0, fp: 0, tn: 0 });
  const precision = t.tp / (t.tp + t.fp);
  const recall = t.tp / (t.tp + t.fn);
  const accuracy = (t.tp + t.tn) / (t.tp + t.tn + t.fp + t.fn);
  return { ...t, precision, recall, accuracy, f: (2 * precision * recall) / (precision + recall) };
}

// trafilatura's outputs (its own process, before the browser starts).
let trafilatura = null;
if (!flag("--no-trafilatura") && existsSync(PY)) {
  const r = spawnSync(PY, [path.join(ROOT, "bench/pages/trafilatura_extract.py"), DIR], { maxBuffer: 256 << 20 });
  if (r.status === 0) trafilatura = JSON.parse(String(r.stdout));
  else process.stderr.write(`trafilatura not run: ${String(r.stderr).trim().split("\n").pop()}\n`);
}

/** The page's bytes as UTF-8 when they are valid UTF-8 (the README's rule), else no charset. */
function charsetOf(bytes) {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf-8";
  } catch {
    return null;
  }
}

const bench = await openBench();
const rows = [];
for (const key of keys) {
  const item = evaldata[key];
  const bytes = gunzipSync(await readFile(path.join(DIR, "pages", `${item.file}.gz`)));
  const row = { key, half: half(key) };
  let page = null;
  try {
    page = await bench.open(bytes, charsetOf(bytes));
    const w = await runWidget(page);
    const r = await runReadability(page);
    row.widget = { kind: w.kind, error: w.error, ms: w.ms, chars: w.text.length, text: w.text, sentences: w.sentences };
    row.readability = { text: r.text };
  } catch (e) {
    row.failed = String(e.message ?? e).split("\n")[0];
    row.widget = { kind: "failed", text: "" };
    row.readability = { text: "" };
  }
  await page?.close();
  const answered = ["summary", "short"].includes(row.widget.kind);
  row.widget.counts = snippetCounts(item, answered ? row.widget.text : null);
  row.readability.counts = snippetCounts(item, row.readability.text || null);
  if (trafilatura) row.trafilatura = { counts: snippetCounts(item, trafilatura[key] || null) };
  rows.push(row);
  process.stderr.write(".");
}
process.stderr.write("\n");
await bench.close();

// ---- report ----
const halves = { all: rows, A: rows.filter((r) => r.half === "A"), B: rows.filter((r) => r.half === "B") };
const systems = [["**widget** (the text it summarized)", (r) => r.widget.counts], ["Readability.js 0.6 (same DOM)", (r) => r.readability.counts]];
if (trafilatura) systems.push([`trafilatura ${trafilatura.__version__} (\`extract(html, include_comments=False)\`)`, (r) => r.trafilatura.counts]);
console.log(`\nabridge bench/pages/snippets.mjs: ${rows.length} pages from ${DIR}`);
console.log(`halves by SHA-1 of the key: A ${halves.A.length} pages, B ${halves.B.length} pages\n`);
console.log(`| upstream's metric, F / precision / recall (accuracy) | all ${rows.length} | half A (${halves.A.length}) | half B (${halves.B.length}) |`);
console.log("|---|---|---|---|");
const cell = (t) => `${f3(t.f)} / ${f3(t.precision)} / ${f3(t.recall)} (${f3(t.accuracy)})`;
for (const [name, get] of systems) {
  console.log(`| ${name} | ${Object.values(halves).map((rs) => cell(total(rs.map(get)))).join(" | ")} |`);
}

const kinds = {};
for (const r of rows) kinds[r.widget.kind] = (kinds[r.widget.kind] ?? 0) + 1;
console.log(`\nwidget outcomes: ${Object.entries(kinds).map(([k, n]) => `${k} ${n}`).join(", ")}`);
console.log(`widget connect→summary median ${median(rows.filter((r) => r.widget.ms).map((r) => r.widget.ms)).toFixed(1)} ms`);
const noAnswer = rows.filter((r) => ["timeout", "failed"].includes(r.widget.kind));
console.log(`pages without an answer (timeout, failed to load): ${noAnswer.length}`);
console.log("\npages where the widget has no output:");
for (const r of rows.filter((r) => !["summary", "short"].includes(r.widget.kind))) {
  console.log(`  [${r.half}] ${r.key}: ${r.widget.kind}${r.widget.error ? ` (${r.widget.error.slice(0, 120)})` : ""}${r.failed ? ` (${r.failed})` : ""}`);
}
if (flag("--pages")) {
  console.log("\npages where the widget misses or keeps a snippet:");
  for (const r of rows) {
    const c = r.widget.counts;
    if (!c.missed.length && !c.kept.length) continue;
    const rd = r.readability.counts;
    console.log(`  [${r.half}] ${r.key} (${r.widget.kind}, ${r.widget.chars ?? 0} chars; Readability.js ${rd.tp}/${rd.tp + rd.fn} with, ${rd.fp} without)`);
    for (const s of c.missed) console.log(`    missed: ${norm(s).slice(0, 110)}`);
    for (const s of c.kept) console.log(`    kept:   ${norm(s).slice(0, 110)}`);
  }
}
if (value("--json")) {
  const { writeFile } = await import("node:fs/promises");
  await writeFile(value("--json"), JSON.stringify(rows, null, 1));
}
