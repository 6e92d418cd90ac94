// The measuring loop shared by the Node and the Chromium benches: the same code times every
// summarizer on the same articles.

const now = () => performance.now();

/** Median of numbers. */
export function median(xs) {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length ? s[s.length >> 1] : NaN;
}

function quantile(xs, q) {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))];
}

/** UTF-8 length of a string (what MB/s counts, as in the native bench). */
export function utf8Length(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

/**
 * Times `fn(text, k)` on every article: one warm-up pass (which also calibrates how many calls a
 * timed batch needs to last at least `minBatchMs`, so a coarse clock does not matter), then
 * `rounds` rounds (fewer if `budgetMs` runs out, at least `minRounds`). Per article the median of
 * its rounds is kept; reported: the median and p90 over articles (ms per article) and MB/s (all
 * bytes over the sum of the per-article medians).
 */
export function measure(fn, articles, { k = 3, rounds = 30, minRounds = 3, budgetMs = 20000, minBatchMs = 2 } = {}) {
  const reps = articles.map((a) => {
    const t0 = now();
    const out = fn(a, k);
    const t = now() - t0;
    if (!Array.isArray(out)) throw new Error("summarizer did not return an array");
    return Math.max(1, Math.min(1000, Math.ceil(minBatchMs / Math.max(t, 1e-3))));
  });
  const times = articles.map(() => []);
  const start = now();
  let done = 0;
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < articles.length; i++) {
      const n = reps[i];
      const t0 = now();
      for (let j = 0; j < n; j++) fn(articles[i], k);
      times[i].push((now() - t0) / n);
    }
    done++;
    if (done >= minRounds && now() - start > budgetMs) break;
  }
  const perArticle = times.map(median);
  const total = perArticle.reduce((a, b) => a + b, 0);
  const bytes = articles.reduce((a, s) => a + utf8Length(s), 0);
  return {
    rounds: done,
    medianMs: median(perArticle),
    p90Ms: quantile(perArticle, 0.9),
    mbps: bytes / 1e6 / (total / 1e3),
  };
}

/** Dev articles joined by blank lines until the text is `length` UTF-16 units long. */
export function concatenated(articles, length) {
  const parts = [];
  let n = 0;
  for (let i = 0; n < length; i = (i + 1) % articles.length) {
    parts.push(articles[i]);
    n += articles[i].length + 2;
  }
  let text = parts.join("\n\n");
  let cut = Math.min(length, text.length);
  const c = text.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--; // never split a surrogate pair
  return text.slice(0, cut);
}

/** The median-length article. */
export function typical(articles) {
  const sorted = articles.slice().sort((a, b) => a.length - b.length);
  return sorted[sorted.length >> 1];
}

/**
 * abridge on texts 1×, 10×, 100× and 1000× a typical article (concatenated dev articles), then
 * one 10 MB text. `memory()` gives the WASM memory's byte length (it only grows, so the value after
 * a call is the peak so far).
 */
export function scaling(summarize, articles, memory) {
  const base = typical(articles);
  const rows = [];
  let t1;
  for (const factor of [1, 10, 100, 1000]) {
    const text = factor === 1 ? base : concatenated(articles, base.length * factor);
    const reps = Math.max(3, Math.floor(2000 / factor));
    const ts = [];
    for (let r = 0; r < reps; r++) {
      const t0 = now();
      summarize(text, 3);
      ts.push(now() - t0);
    }
    const ms = median(ts);
    t1 ??= ms;
    rows.push({ factor, bytes: utf8Length(text), ms, mbps: utf8Length(text) / 1e6 / (ms / 1e3), ratio: ms / t1 });
  }
  const big = concatenated(articles, 10_000_000);
  const before = memory();
  const t0 = now();
  summarize(big, 3);
  const ms = now() - t0;
  const t2 = now();
  summarize(big, 3);
  const ms2 = now() - t2;
  return { rows, big: { bytes: utf8Length(big), firstMs: ms, secondMs: ms2, memoryBefore: before, memoryAfter: memory() } };
}
