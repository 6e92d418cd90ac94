// Tuning aid: the native CLI's article (`abridge --html - --json`, the same core as the widget,
// without the browser's computed styles) on both page sets, scored per half in seconds. A rule is
// tried here first; the widget's figures are run.mjs's and snippets.mjs's.
//
//   node bench/pages/cli-score.mjs [--bin target/release/abridge] [--json FILE]
import { readFile } from "node:fs/promises";
import { spawn } from "node:child_process";
import { gunzipSync } from "node:zlib";
import { availableParallelism } from "node:os";
import path from "node:path";
import { ROOT, f3, half } from "./harness.mjs";
import { score, shingleMatch } from "./metric.mjs";

const args = process.argv.slice(2);
const value = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const BIN = path.resolve(value("--bin") ?? path.join(ROOT, "target/release/abridge"));
const DATA = path.join(ROOT, "../shared/data");

function cli(bytes) {
  return new Promise((resolve) => {
    const p = spawn(BIN, ["--html", "-", "--json", "--sentences", "3"]);
    const out = [];
    p.stdout.on("data", (d) => out.push(d));
    p.on("close", (code) => {
      try {
        resolve(code === 0 ? JSON.parse(Buffer.concat(out).toString()).article ?? "" : null);
      } catch {
        resolve(null);
      }
    });
    p.stdin.on("error", () => {});
    p.stdin.end(bytes);
  });
}

async function all(jobs) {
  const results = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, availableParallelism() - 1) }, worker));
  return results;
}

// The benchmark's dev pages.
const truth = JSON.parse(await readFile(path.join(DATA, "pages/ground-truth.json"), "utf8"));
const ids = Object.keys(truth).sort();
const texts = await all(ids.map((id) => async () => cli(gunzipSync(await readFile(path.join(DATA, "pages/pages", `${id}.html.gz`))))));
const dev = ids.map((id, i) => ({ id, half: half(id), match: shingleMatch(truth[id].articleBody, texts[i] ?? "") }));
const cell = (m) => `${f3(m.f1)} / ${f3(m.precision)} / ${f3(m.recall)}`;
console.log(`dev pages (F1 / P / R): all ${cell(score(dev.map((r) => r.match)))} | A ${cell(score(dev.filter((r) => r.half === "A").map((r) => r.match)))} | B ${cell(score(dev.filter((r) => r.half === "B").map((r) => r.match)))}`);

// trafilatura's evaluation pages, upstream's metric.
const evaldata = JSON.parse(await readFile(path.join(DATA, "pages-trafilatura/evaldata.json"), "utf8"));
const keys = Object.keys(evaldata).sort();
const norm = (s) => (s ?? "").replace(/\s+/gu, " ").trim();
const outs = await all(keys.map((k) => async () => cli(gunzipSync(await readFile(path.join(DATA, "pages-trafilatura/pages", `${evaldata[k].file}.gz`))))));
const counts = keys.map((k, i) => {
  const text = outs[i] ? norm(outs[i]) : null;
  const has = (s) => text !== null && text.includes(norm(s));
  const item = evaldata[k];
  return { key: k, half: half(k), tp: item.with.filter(has).length, fn: item.with.filter((s) => !has(s)).length, fp: item.without.filter(has).length };
});
const tot = (rs) => {
  const t = rs.reduce((a, c) => ({ tp: a.tp + c.tp, fn: a.fn + c.fn, fp: a.fp + c.fp }), { tp: 0, fn: 0, fp: 0 });
  const p = t.tp / (t.tp + t.fp), r = t.tp / (t.tp + t.fn);
  return `${f3((2 * p * r) / (p + r))} / ${f3(p)} / ${f3(r)}`;
};
console.log(`trafilatura pages (F / P / R): all ${tot(counts)} | A ${tot(counts.filter((c) => c.half === "A"))} | B ${tot(counts.filter((c) => c.half === "B"))}`);
if (value("--json")) {
  const { writeFile } = await import("node:fs/promises");
  await writeFile(value("--json"), JSON.stringify({ dev: dev.map((r, i) => ({ ...r, text: texts[i] })), snippets: counts.map((c, i) => ({ ...c, text: outs[i] })) }, null, 1));
}
