// The article-extraction-benchmark's metric (scrapinghub, evaluate.py), as described in
// ../shared/data/pages/README.md: both texts become `\w+` tokens, then overlapping 4-token
// shingles; per page, true positives, false positives and false negatives are counted over the
// shingle multisets and normalised to sum to 1; precision and recall are averaged over pages and F1
// is computed from the two means.

// Python's `\w` (re.UNICODE): letters, digits and the underscore (not combining marks).
const WORD = /[\p{L}\p{N}_]+/gu;
const N = 4;

export function tokens(text) {
  return (text ?? "").match(WORD) ?? [];
}

/** Shingles as a multiset (Map shingle -> count); a text shorter than N tokens is one shingle. */
function shingles(text) {
  const t = tokens(text);
  const counts = new Map();
  for (let i = 0; i < Math.max(1, t.length - N + 1); i++) {
    const s = t.slice(i, i + N).join(" ");
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

/** { tp, fp, fn } of one page, normalised to sum to 1 (all 0 when both texts are empty). */
export function shingleMatch(truth, predicted) {
  const a = shingles(truth);
  const b = shingles(predicted);
  let tp = 0, fp = 0, fn = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const t = a.get(key) ?? 0;
    const p = b.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function precision({ tp, fp, fn }) {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recall({ tp, fp, fn }) {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** Mean precision and recall over pages, and F1 of the two means. */
export function score(matches) {
  const p = matches.reduce((s, m) => s + precision(m), 0) / matches.length;
  const r = matches.reduce((s, m) => s + recall(m), 0) / matches.length;
  return { f1: p + r > 0 ? (2 * p * r) / (p + r) : 0, precision: p, recall: r };
}

/** A text's tokens joined by spaces and framed by them, for `inside`. */
export function tokenLine(text) {
  return ` ${tokens(text).join(" ")} `;
}

/** Whether the tokens of `sentence` occur in order and contiguous in the body (its `tokenLine`). */
export function inside(sentence, bodyLine) {
  const s = tokens(sentence).join(" ");
  return !s || bodyLine.includes(` ${s} `);
}
