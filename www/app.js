// The demo page: an editable article on one side, its summary on the other.
// Reading the article and highlighting happen in Rust (src/dom.rs), summarizing in Rust
// (src/lib.rs); this file wires the controls. Every text is rendered with textContent.
//
// Timings are recorded as performance measures, for the page tests and for anyone curious:
//   "abridge:first-summary"  navigation start → first summary on screen
//   "abridge:update"         one re-summarize + render (slider, mode, highlight toggle, typing)
//   "abridge:worker-summary" a long text's summary: handed to the worker → rendered
//   "abridge:why"            the why view rendered (in its own task, after the summary)

// The demo's own module: the page build plus explain() (the widget's pkg/abridge.js has no explain).
import init, { summarize, explain, readArticle } from "./pkg/demo/abridge.js";
import { el } from "./dom.js";
import { renderLegend, renderReasons, renderSentences } from "./why.js";
import { showBrief } from "./briefs.js";
import { readFile, readTransfer } from "./paste.js";
import { scrollRangeIntoView, flashSentence, formatDuration, readingTimeSaved } from "./widget.js";

const $ = (id) => document.getElementById(id);
const editor = $("article");
const slider = $("length");
const sliderValue = $("length-value");
const highlightToggle = $("highlight");
const list = $("summary-list");
const empty = $("summary-empty");
const details = $("details");
const errorBox = $("error");
const timing = $("timing");
const SENTENCE_MAX = 15;
/** Longer texts (UTF-16 code units) are summarized in a Web Worker: about 10 ms of work and up. */
const WORKER_THRESHOLD = 150_000;

const state = {
  article: null, // ArticleText of the editor
  summary: null,
  mode: "sentences",
  sentences: 3,
  percent: 20,
  firstShown: false,
  job: null, // AbortController of the summary being computed in the worker
  explanation: null, // explain()'s result for the text on screen (texts below WORKER_THRESHOLD)
  why: null, // the sentence whose reasons are shown
  termVisits: new Map(), // key term index → the occurrence its chip showed last
};

const number = new Intl.NumberFormat("en");
/** The list items on screen, by sentence index (valid until the text changes). */
const items = new Map();
let shownTerms = null;

let languageNames = null;
function languageName(code) {
  try {
    languageNames ??= new Intl.DisplayNames(["en"], { type: "language" });
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Reads the editor again (after typing or pasting). */
function reread() {
  items.clear(); // the text changed: sentence indices mean other sentences now
  shownTerms = null;
  state.why = null;
  state.termVisits.clear();
  if (state.article) {
    state.article.free();
    state.article = null;
  }
  const only = editor.childNodes.length === 1 ? editor.firstChild : null;
  state.article = only?.nodeType === Node.TEXT_NODE && only.length > WORKER_THRESHOLD
    ? new LongPlainText(only)
    : readArticle(editor);
}

/**
 * A long pasted text (one text node) as readArticle would give it, without reading it through
 * WebAssembly: readArticle (src/dom.rs) takes about 0.1 µs per character, over a second on the
 * main thread for 10 MB, while this node's text is the article's text as it is. Offsets map to the
 * node one to one. The same interface as ArticleText, for what the demo uses.
 */
class LongPlainText {
  constructor(node) {
    this.node = node;
    this.text = node.data;
  }
  range(start, end) {
    if (!this.node.isConnected || end > this.node.length || start >= end) return undefined;
    const range = new Range();
    range.setStart(this.node, start);
    range.setEnd(this.node, end);
    return range;
  }
  highlight(sentences, name = "abridge") {
    const ranges = sentences.map((s) => this.range(s.start, s.end)).filter(Boolean);
    if (globalThis.Highlight && CSS.highlights) CSS.highlights.set(name, new Highlight(...ranges));
    return ranges.length;
  }
  clear(name = "abridge") {
    CSS.highlights?.delete(name);
  }
  free() {
    this.clear();
    this.clear("abridge-flash");
  }
}

function syncSlider(total) {
  if (state.mode === "ratio") {
    slider.min = "5";
    slider.max = "100";
    slider.step = "5";
    slider.value = String(state.percent);
    sliderValue.textContent = `${state.percent} %`;
    slider.setAttribute("aria-valuetext", `${state.percent} percent of the sentences`);
  } else {
    const max = Math.max(1, Math.min(SENTENCE_MAX, total || SENTENCE_MAX));
    slider.min = "1";
    slider.max = String(max);
    slider.step = "1";
    slider.value = String(Math.min(state.sentences, max));
    const n = Number(slider.value);
    sliderValue.textContent = `${n} ${n === 1 ? "sentence" : "sentences"}`;
    slider.setAttribute("aria-valuetext", sliderValue.textContent);
  }
}

function showError(error) {
  errorBox.hidden = !error;
  errorBox.textContent = error ? `Could not summarize: ${error.message ?? error}` : "";
}

/** The summary options the controls ask for. */
function options() {
  return state.mode === "ratio" ? { ratio: state.percent / 100 } : { sentences: state.sentences };
}

/**
 * Summarizes the current reading and renders it. Texts longer than WORKER_THRESHOLD are summarized
 * in a Web Worker (the npm package's `abridge/worker`), so typing and the slider never wait for
 * them; a newer update cancels the job still running.
 */
function update() {
  state.job?.abort();
  state.job = null;
  const article = state.article;
  const text = article ? article.text : "";
  if (text.length > WORKER_THRESHOLD) {
    updateInWorker(article, text);
    return;
  }
  performance.mark("abridge:update-start");
  const t0 = performance.now();
  let summary = null;
  if (text.trim()) {
    try {
      summary = summarize(text, options());
      showError(null);
    } catch (error) {
      showError(error);
    }
  } else {
    showError(null);
  }
  show(article, text, summary, performance.now() - t0);
  scheduleWhy(summary ? text : "");
  updateBrief(summary ? text : "");
  performance.measure("abridge:update", "abridge:update-start");
}

/** The Summarizer API panel for `text` (hidden without a summary). */
function updateBrief(text) {
  $("briefs").hidden = !text;
  if (text) showBrief($("brief-form"), $("brief-output"), text);
}

/** The worker's summarizer, loaded on the first long text: pages of ordinary length never fetch it. */
let summarizer = null;

async function updateInWorker(article, text) {
  const job = new AbortController();
  state.job = job;
  performance.mark("abridge:worker-start");
  setBusy(true);
  $("article-count").textContent = `${number.format(text.length)} characters`;
  const t0 = performance.now();
  let summary;
  try {
    summarizer ??= import("./pkg/worker.js").then((worker) => worker.createSummarizer());
    summary = await (await summarizer).summarize(text, options(), { signal: job.signal });
  } catch (error) {
    if (error.name === "AbortError") return; // a newer update took over
    if (state.job === job) {
      state.job = null;
      setBusy(false);
      showError(error);
    }
    return;
  }
  if (state.job !== job) return;
  state.job = null;
  scheduleWhy(""); // the why view is for texts summarized on this thread
  updateBrief(text);
  showError(null);
  show(article, text, summary, performance.now() - t0);
  setBusy(false);
  performance.measure("abridge:worker-summary", "abridge:worker-start");
}

/** Marks the summary as being recomputed (a long text, in the worker). */
function setBusy(busy) {
  const body = $("summary-body");
  if (busy) {
    body.setAttribute("aria-busy", "true");
    timing.textContent = "Summarizing in the background…";
  } else {
    body.removeAttribute("aria-busy");
  }
}

/** Renders a summary of `text` (null: none) and highlights it in the article. */
function show(article, text, summary, summarizeMs) {
  state.summary = summary;
  render(summary, text);
  if (article) {
    if (summary && highlightToggle.checked) article.highlight(summary.sentences);
    else article.clear("abridge");
  }
  // The summary's own cost, not the page's rendering: what the library costs a page.
  if (summary) timing.textContent = `Summarized in ${summarizeMs < 10 ? summarizeMs.toFixed(1) : Math.round(summarizeMs)} ms, on this device`;
  else timing.textContent = "";
  if (summary?.sentences.length && !state.firstShown) {
    state.firstShown = true;
    // "Visible" once the frame with it is painted.
    requestAnimationFrame(() => setTimeout(() => {
      performance.measure("abridge:first-summary", { start: 0, end: performance.now() });
      document.documentElement.dataset.ready = "";
    }, 0));
  }
}

function render(summary, text) {
  // Splitting a long text on white space would take the main thread as long as summarizing it:
  // for those, the words the core counted (in the article's sentences).
  const words = text.length > WORKER_THRESHOLD ? summary?.stats.wordsTotal ?? 0
    : text.trim() ? text.trim().split(/\s+/u).length : 0;
  $("article-count").textContent = words
    ? `${number.format(words)} words · ${number.format(text.length)} characters`
    : "No text yet";
  const has = Boolean(summary?.sentences.length);
  empty.hidden = has;
  list.hidden = !has;
  details.hidden = !has;
  if (!has) {
    $("terms").hidden = true;
    shownTerms = null;
    items.clear();
    list.replaceChildren();
    empty.firstChild.textContent = text.trim()
      ? "No sentences found yet — keep typing, or "
      : "Paste an article, or ";
    syncSlider(0);
    return;
  }
  // Update the list in place: a slider step adds or removes one item instead of rebuilding all.
  let cursor = list.firstElementChild;
  for (const s of summary.sentences) {
    let li = items.get(s.index);
    if (!li) {
      // Each sentence, and its number, in its own direction.
      li = el("li", { dir: "auto" }, el("button", {
        type: "button", className: "sentence", "data-index": String(s.index), title: "Show in the article", text: s.text,
      }));
      items.set(s.index, li);
    }
    if (li === cursor) cursor = cursor.nextElementSibling;
    else list.insertBefore(li, cursor);
  }
  while (cursor) {
    const next = cursor.nextElementSibling;
    cursor.remove();
    cursor = next;
  }
  list.lang = summary.language;

  const terms = summary.keywords.slice(0, 10);
  if (terms.join("\n") === shownTerms) {
    renderStats(summary);
    return;
  }
  shownTerms = terms.join("\n");
  const chips = terms.map((k) => el("li", { dir: "auto", text: k }));
  $("keywords").replaceChildren(...chips);
  $("terms").hidden = chips.length === 0;

  renderStats(summary);
}

let whyTicket = 0;

/**
 * Explains `text` ("" for none) and renders the why view in a task of its own, after the frame
 * that shows the summary: a slider move or a keystroke waits for the summary only. Coalesced.
 */
function scheduleWhy(text) {
  const ticket = ++whyTicket;
  state.explanation = null;
  requestAnimationFrame(() => setTimeout(() => {
    if (ticket !== whyTicket) return;
    try {
      state.explanation = text ? explain(text, options()) : null;
    } catch {
      state.explanation = null; // summarize() has shown the error
    }
    renderWhy(text);
    linkChips();
  }, 0));
}

/** Turns the key-term chips into buttons that show the term's places (from the explanation). */
function linkChips() {
  const keyTerms = state.explanation?.keyTerms ?? [];
  [...$("keywords").children].forEach((li, i) => {
    const occurrences = keyTerms[i]?.text === li.textContent ? keyTerms[i].occurrences.length : 0;
    if (!occurrences || li.querySelector("button")) return;
    // A link to the term's occurrences in the article: each press shows the next one.
    const linked = keyTerms[i].linked.length ? `linked to ${keyTerms[i].linked.join(", ")}` : "";
    const label = `${li.textContent}: ${occurrences} ${occurrences === 1 ? "place" : "places"} in the article${linked ? `, ${linked}` : ""}, show the next`;
    li.replaceChildren(el("button", { type: "button", className: "chip", "data-term": String(i), dir: "auto", "aria-label": label,
      title: linked ? `${li.textContent}: ${linked}` : li.textContent }, li.textContent));
    li.removeAttribute("dir");
  });
}

/** The "why" view (why.js) for the current explanation, or hidden when there is none. */
function renderWhy(text) {
  const why = $("why");
  const explanation = state.explanation;
  if (!explanation?.sentences.length) {
    why.hidden = true;
    return;
  }
  performance.mark("abridge:why-start");
  if (state.why === null || !explanation.sentences[state.why]) {
    state.why = explanation.sentences.find((s) => s.chosen)?.index ?? 0;
  }
  renderSentences($("why-list"), explanation, text, state.why);
  renderReasons($("why-reasons"), explanation, state.why, text);
  why.hidden = false;
  performance.measure("abridge:why", "abridge:why-start");
}

function onWhySentence(event) {
  const button = event.target.closest("button.why-sentence");
  if (!button || !state.explanation || !state.article) return;
  state.why = Number(button.dataset.index);
  for (const b of $("why-list").querySelectorAll("button.why-sentence")) {
    b.setAttribute("aria-pressed", String(b === button));
  }
  renderReasons($("why-reasons"), state.explanation, state.why, state.article.text);
  const sentence = state.explanation.sentences[state.why];
  const range = state.article.range(sentence.start, sentence.end);
  if (range) {
    scrollRangeIntoView(range);
    flashSentence(state.article, sentence);
  }
}

/** A key term's chip: marks all its occurrences in the article and scrolls to the next one. */
function onTermChip(event) {
  const button = event.target.closest("button.chip");
  const term = button && state.explanation?.keyTerms[Number(button.dataset.term)];
  if (!term || !state.article) return;
  const i = Number(button.dataset.term);
  const next = ((state.termVisits.get(i) ?? -1) + 1) % term.occurrences.length;
  state.termVisits.set(i, next);
  for (const b of $("keywords").querySelectorAll("button.chip")) b.setAttribute("aria-pressed", String(b === button));
  state.article.highlight(term.occurrences, "abridge-term");
  const occurrence = term.occurrences[next];
  const range = state.article.range(occurrence.start, occurrence.end);
  if (range) {
    scrollRangeIntoView(range);
    flashSentence(state.article, occurrence);
  }
}

function renderStats(summary) {
  const { stats } = summary;
  $("stat-sentences").textContent = `${stats.sentencesChosen} of ${stats.sentencesTotal}`;
  const share = stats.wordsTotal ? Math.round((100 * stats.wordsChosen) / stats.wordsTotal) : 0;
  $("stat-words").textContent = `${number.format(stats.wordsChosen)} of ${number.format(stats.wordsTotal)}`;
  $("stat-words").title = `${share} % of the words`;
  $("stat-saved").textContent = `≈ ${formatDuration(readingTimeSaved(summary))}`;
  $("stat-language").textContent = languageName(summary.language);
  syncSlider(stats.sentencesTotal);
}

let typingTimer = 0;
function onEdit() {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => {
    reread();
    update();
  }, 150);
}

/** Replaces the editor's content with plain text (as a paste or the example button would). */
function setText(text) {
  if (state.article) {
    state.article.free();
    state.article = null;
  }
  editor.textContent = text.replace(/\r\n?/g, "\n");
  reread();
  update();
}

function insertPlainText(text) {
  text = text.replace(/\r\n?/g, "\n");
  const selection = getSelection();
  if (!selection.rangeCount || !editor.contains(selection.anchorNode)) {
    editor.append(text);
  } else {
    const range = selection.getRangeAt(0);
    range.deleteContents();
    const node = document.createTextNode(text);
    range.insertNode(node);
    range.setStartAfter(node);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  editor.normalize();
  // A long text is read and summarized after the browser has laid it out (the layout of megabytes
  // of text is the browser's own long task; the summary then runs in the worker).
  if (text.length > WORKER_THRESHOLD) {
    onEdit();
    return;
  }
  reread();
  update();
}

/** Shows what a paste or a file became (null: nothing to say); `error` styles it as a refusal. */
function showNote(note, error = false) {
  const box = $("paste-note");
  box.hidden = !note;
  box.textContent = note ?? "";
  box.classList.toggle("refused", error);
}

function pasteTransfer(data) {
  let reading;
  try {
    reading = readTransfer(data);
  } catch (error) {
    // The page could not be read (a bug): the plain text, as before.
    reading = { text: data?.getData("text/plain") ?? "", note: `The page could not be read (${error.message}): pasted as text.` };
  }
  showNote(reading.note);
  insertPlainText(reading.text);
}

/** Reads a dropped or picked file into the editor, in place of its text. */
async function openFile(file) {
  try {
    const { text, note } = await readFile(file);
    setText(text);
    showNote(note);
  } catch (error) {
    showNote(error.message, true);
  }
}

async function loadExample() {
  const response = await fetch("examples/seed-article.txt");
  if (!response.ok) throw new Error(`example: HTTP ${response.status}`);
  return response.text();
}

function onSentence(event) {
  const button = event.target.closest("button.sentence");
  if (!button || !state.summary || !state.article) return;
  const index = Number(button.dataset.index);
  const sentence = state.summary.sentences.find((s) => s.index === index);
  const range = sentence && state.article.range(sentence.start, sentence.end);
  if (!range) return;
  scrollRangeIntoView(range);
  flashSentence(state.article, sentence);
}

function wire() {
  // Browsers without contenteditable="plaintext-only" edit rich text; the paste handler keeps it plain.
  if (editor.contentEditable !== "plaintext-only") editor.contentEditable = "true";
  editor.addEventListener("input", onEdit);
  // A paste or a drop goes in as text: a web page's HTML is read for its article (paste.js), never
  // inserted as HTML.
  editor.addEventListener("paste", (event) => {
    event.preventDefault();
    pasteTransfer(event.clipboardData);
  });
  editor.addEventListener("drop", (event) => {
    if (event.dataTransfer?.files.length) return; // a file: the document's handler reads it
    const types = event.dataTransfer?.types ?? [];
    if (types.includes("text/html") || types.includes("text/plain")) {
      event.preventDefault();
      pasteTransfer(event.dataTransfer);
    }
  });
  // A file dropped anywhere on the page is read, not opened by the browser in place of the demo.
  document.addEventListener("dragover", (event) => {
    if (!event.dataTransfer?.types.includes("Files")) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    document.body.classList.add("dropping");
  });
  document.addEventListener("dragleave", (event) => {
    if (!event.relatedTarget) document.body.classList.remove("dropping");
  });
  document.addEventListener("drop", (event) => {
    document.body.classList.remove("dropping");
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    openFile(file);
  });
  $("open").addEventListener("click", () => $("file").click());
  $("file").addEventListener("change", () => {
    const file = $("file").files[0];
    $("file").value = "";
    if (file) openFile(file);
  });
  for (const id of ["example", "example-inline"]) {
    $(id).addEventListener("click", async () => {
      try {
        setText(await loadExample());
        showNote(null);
      } catch (error) {
        showError(error);
      }
    });
  }
  $("clear").addEventListener("click", () => {
    setText("");
    showNote(null);
    editor.focus();
  });
  slider.addEventListener("input", () => {
    const v = Number(slider.value);
    if (state.mode === "ratio") state.percent = v;
    else state.sentences = v;
    update();
  });
  for (const radio of document.querySelectorAll('input[name="mode"]')) {
    radio.addEventListener("change", () => {
      state.mode = radio.value;
      update();
    });
  }
  highlightToggle.addEventListener("change", update);
  list.addEventListener("click", onSentence);
  $("why-list").addEventListener("click", onWhySentence);
  $("keywords").addEventListener("click", onTermChip);
  $("brief-form").addEventListener("change", () => updateBrief(state.summary ? state.article?.text ?? "" : ""));
  renderLegend($("why-legend"));
}

async function main() {
  wire();
  const example = editor.textContent.trim() ? null : loadExample().catch(() => null);
  try {
    await init();
    performance.mark("abridge:wasm-ready");
  } catch (error) {
    showError(new Error("the WebAssembly module did not load. Was it built (scripts/build-wasm.sh)?"));
    throw error;
  }
  const text = await example;
  if (text && !editor.textContent.trim()) setText(text);
  else {
    reread();
    update();
  }
}

main();
