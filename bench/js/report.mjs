// Prints bench/js/node.mjs and chromium.mjs results (JSON files given as arguments) as tables,
// with abridge's ratio to each peer and the bars.
import { readFileSync } from "node:fs";

const pad = (s, n) => String(s).padStart(n);
const f = (x, d = 3) => (Number.isFinite(x) ? x.toFixed(d) : "-");

for (const file of process.argv.slice(2)) {
  const r = JSON.parse(readFileSync(file, "utf8"));
  const a = r.results.abridge;
  console.log(`\n${r.runtime}: ${r.articles} cnndm-dev articles, 3 sentences each, warm${r.isolated === false ? " (timer not isolated)" : ""}`);
  console.log(`${"summarizer".padEnd(14)}${pad("rounds", 7)}${pad("median ms", 11)}${pad("p90 ms", 9)}${pad("MB/s", 8)}${pad("abridge faster (median)", 25)}${pad("(MB/s)", 8)}`);
  for (const [name, m] of Object.entries(r.results)) {
    const ratio = name === "abridge" ? "" : `${f(m.medianMs / a.medianMs, 1)}×`;
    const tput = name === "abridge" ? "" : `${f(a.mbps / m.mbps, 1)}×`;
    console.log(`${name.padEnd(14)}${pad(m.rounds, 7)}${pad(f(m.medianMs), 11)}${pad(f(m.p90Ms), 9)}${pad(f(m.mbps, 1), 8)}${pad(ratio, 25)}${pad(tput, 8)}`);
  }
  const peers = Object.entries(r.results).filter(([n]) => n !== "abridge");
  const fastest = peers.reduce((best, p) => (p[1].medianMs < best[1].medianMs ? p : best));
  const x = fastest[1].medianMs / a.medianMs;
  console.log(`bar: abridge's median ≥ 10× lower than the faster peer (${fastest[0]}): ${f(x, 1)}× ${x >= 10 ? "met" : "NOT met"}`);
  if (r.runtime.startsWith("Chromium")) {
    console.log(`bar: ≥ 30 MB/s in Chromium: ${f(a.mbps, 1)} MB/s ${a.mbps >= 30 ? "met" : "NOT met"}`);
  }
  const s = r.scaling;
  console.log(`\n${r.runtime}: abridge scaling (concatenated dev articles; 1× = the median-length article)`);
  console.log(`${pad("×", 6)}${pad("bytes", 11)}${pad("ms", 11)}${pad("MB/s", 8)}${pad("time / time(1×)", 17)}`);
  for (const row of s.rows) {
    console.log(`${pad(row.factor, 6)}${pad(row.bytes, 11)}${pad(f(row.ms), 11)}${pad(f(row.mbps, 1), 8)}${pad(f(row.ratio, 1), 17)}`);
  }
  const r100 = s.rows.find((row) => row.factor === 100).ratio;
  console.log(`bar: time(100×)/time(1×) ≤ 110: ${f(r100, 1)} ${r100 <= 110 ? "met" : "NOT met"}`);
  const big = s.big;
  const mb = (b) => (b / 1048576).toFixed(1);
  console.log(`10 MB text (${big.bytes} bytes): ${f(big.firstMs, 0)} ms first call, ${f(big.secondMs, 0)} ms second; ` +
    `WASM memory ${mb(big.memoryBefore)} MiB before, ${mb(big.memoryAfter)} MiB after (peak)`);
  if (r.runtime.startsWith("Chromium")) {
    console.log(`bar: 10 MB in < 1 s in Chromium: ${big.firstMs < 1000 ? "met" : "NOT met"}`);
  }
}
