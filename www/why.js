// The demo's "why" view: every sentence of the article shaded by its score, and for a chosen one
// the reasons in words. The numbers are the core's (explain(), src/explain.rs): this file only
// puts them into words and onto the page. Article text is rendered with textContent.

import { el } from "./dom.js";

/** Score levels, strongest first: a word, a pattern (for eyes that do not tell the shades apart). */
export const LEVELS = [
  { name: "strong", label: "Strong", mark: "▮▮▮▮" },
  { name: "good", label: "Good", mark: "▮▮▮▯" },
  { name: "some", label: "Some", mark: "▮▮▯▯" },
  { name: "weak", label: "Weak", mark: "▮▯▯▯" },
];

/** The level (index into LEVELS) of a score, relative to the article's best. */
export function levelOf(score, best) {
  if (!(best > 0) || !(score > 0)) return LEVELS.length - 1;
  const share = score / best;
  return share >= 0.75 ? 0 : share >= 0.5 ? 1 : share >= 0.25 ? 2 : 3;
}

const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The reasons for one sentence's score, strongest first: { text, terms?, share } where `text` is
 * the reason in words, `terms` article words to show after it (each its own direction), and `share`
 * the part of the score's features it accounts for (0–1).
 */
export function reasonsFor(sentence, explanation) {
  const total = explanation.sentences.length;
  const c = sentence.contributions;
  const share = (part) => (sentence.features > 0 ? part / sentence.features : 0);
  const reasons = [];
  const where = sentence.index === 0 ? "the opening sentence"
    : sentence.index < 3 ? `early in the article (sentence ${sentence.index + 1} of ${total})`
    : `sentence ${sentence.index + 1} of ${total}`;
  if (c.position > 0) reasons.push({ kind: "position", text: `${where[0].toUpperCase()}${where.slice(1)}`, share: share(c.position) });
  const shared = sentence.titleTerms.length;
  if (shared > 0) {
    reasons.push({
      kind: "title",
      text: `Shares ${plural(shared, "term")} with the headline:`,
      terms: sentence.titleTerms,
      share: share(c.titleOverlap),
    });
  }
  if (c.termFrequency > 0) {
    const covers = sentence.keyTerms.map((k) => explanation.keyTerms[k].text);
    reasons.push(covers.length
      ? { kind: "terms", text: "Covers:", terms: covers, share: share(c.termFrequency) }
      : { kind: "terms", text: "Uses words the article repeats", share: share(c.termFrequency) });
  }
  if (c.centrality > 0) reasons.push({ kind: "centrality", text: "Stands for the whole article", share: share(c.centrality) });
  reasons.sort((a, b) => b.share - a.share);
  if (c.lengthPrior < 0.8) {
    const short = sentence.words < explanation.idealWords;
    reasons.push({
      kind: "length",
      text: `${short ? "Short" : "Long"} (${plural(sentence.words, "word")}), so it counts for less`,
      share: 0,
    });
  }
  return reasons;
}

/** The legend: each level's pattern and word. */
export function renderLegend(list) {
  list.replaceChildren(...LEVELS.map((l) =>
    el("li", { className: `level level-${l.name}` },
      el("span", { className: "mark", "aria-hidden": "true", text: l.mark }),
      el("span", { text: l.label }))));
}

/**
 * Renders every sentence of the article as a button in `list`, shaded by its level, labelled with
 * the level's word and marked when the summary chose it. `text` is the article's text.
 */
export function renderSentences(list, explanation, text, selected) {
  const best = Math.max(0, ...explanation.sentences.map((s) => s.score));
  list.replaceChildren(...explanation.sentences.map((s) => {
    const level = LEVELS[levelOf(s.score, best)];
    const button = el("button", {
      type: "button",
      className: `why-sentence level-${level.name}`,
      "data-index": String(s.index),
      "aria-pressed": String(s.index === selected),
    },
    el("span", { className: "badge" },
      el("span", { className: "mark", "aria-hidden": "true", text: level.mark }),
      el("span", { className: "level-word", text: level.label }),
      s.chosen ? el("span", { className: "chosen", text: "· in summary" }) : ""),
    el("span", { className: "why-text", dir: "auto", text: text.slice(s.start, s.end) }));
    return el("li", {}, button);
  }));
}

/** Renders the reasons for sentence `index` into `box`. */
export function renderReasons(box, explanation, index, text) {
  const sentence = explanation.sentences[index];
  if (!sentence) {
    box.replaceChildren();
    return;
  }
  const heading = el("p", { className: "why-for" },
    el("strong", { text: `Sentence ${index + 1}` }),
    sentence.chosen ? " — in the summary. " : " — not in the summary. ",
    el("bdi", { className: "why-quote", text: text.slice(sentence.start, sentence.end) }));
  const reasons = reasonsFor(sentence, explanation);
  const items = reasons.map((r) => {
    const li = el("li", { "data-kind": r.kind }, el("span", { className: "reason", text: r.text }));
    if (r.terms) {
      r.terms.forEach((t, i) => li.append(i ? ", " : " ", el("bdi", { className: "term", text: t })));
    }
    if (r.share > 0) li.append(el("span", { className: "share", text: ` (${Math.round(r.share * 100)} % of its score)` }));
    return li;
  });
  box.replaceChildren(heading, items.length
    ? el("ul", { className: "reasons", "aria-label": "Reasons" }, ...items)
    : el("p", { text: "Nothing in it stands out: no headline terms, no repeated terms, late in the article." }));
}
