// <abridge-summary>: an embeddable summary of the article on the page, computed in the reader's
// browser by abridge (Rust → WebAssembly). No network request beyond loading its own files.
//
//   <script type="module" src="/abridge/widget.js"></script>
//   <article id="story"> … </article>
//   <abridge-summary for="story" sentences="3" highlight></abridge-summary>
//
// Attributes: for (id of the article; without it the core finds the article the way
// Readability.js does and reads only its prose: src/page), sentences | ratio | max-words (the
// length, at most one: checked by the core with the JavaScript API's rules, ratio also as a
// percentage "20%"; a bad one shows its error and emits "abridge-error"), lang (language hint; default the article's), highlight (mark the
// chosen sentences in the article), label (the heading; default "Summary"), keywords (show key
// terms). Reacts to attribute changes and to the article's text changing.
//
// Events: "abridge-summary" (detail: the summary, plus `article`, the element read,
// `articleText`, the text summarized, and `elapsed`, milliseconds from reading to showing, the
// page's turns between included) after each render; "abridge-error" (detail: { error });
// "abridge-no-article" when the page has no article (the widget then hides itself, and shows
// again when a later render finds one). A short article (no more sentences than asked for) is
// shown whole, its meta line saying "Short article".
// Light on the page: reading and summarizing are separate tasks, and its space is reserved
// (abridge.css) so the summary's arrival shifts nothing.
// Styling: CSS custom properties (--abridge-*) and ::part(panel|header|title|meta|list|item|
// sentence|keywords|keyword|status|footer); see abridge.css.
//
// Reading the article and highlighting happen in Rust (src/dom/, src/page/); summarizing in Rust
// (src/lib.rs). This file only wires them to the page. Article text is rendered with textContent.

import init, { summarize, readArticle, readPage, optionsFromAttributes } from "./pkg/abridge.js";
import { el } from "./dom.js";

const CSS_URL = new URL("abridge.css", import.meta.url).href;
const HIGHLIGHT = "abridge";
const FLASH = "abridge-flash";
const WORDS_PER_MINUTE = 230;

let ready = null;

/** Loads and instantiates the WebAssembly module once; resolves when `summarize` can be called. */
export function loadAbridge() {
  ready ??= init().then(() => {
    performance.mark("abridge:wasm-ready");
    return warmUp();
  });
  return ready;
}

// A tiny page read and summarized as the module loads: the first calls compile the WebAssembly
// functions (lazily) and build the core's word indexes, outside the widget's own tasks.
async function warmUp() {
  try {
    const doc = document.implementation.createHTMLDocument("");
    const p = "The ferry returns to the harbour on Monday. It sails at noon, the mayor said, and every hour after that. Officials expect 6,500 trips a day.";
    doc.body.append(el("article", {}, ...Array.from({ length: 8 }, () => el("p", { text: p }))));
    const article = readPage(doc);
    const text = article?.text ?? "";
    article?.free();
    await yieldToPage();
    summarize(text, { sentences: 1 });
  } catch {
    // only a head start
  }
}

// The page's turn between the widget's phases, so no one task of ours is long.
const yieldToPage = () => globalThis.scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve));

// The publisher's markup can shadow a document's properties (DOM clobbering: <form name="head">,
// <img name="getElementById">): the document is read through Document.prototype, captured once.
const DOC = Document.prototype;
const docHead = Object.getOwnPropertyDescriptor(DOC, "head").get;
const docReadyState = Object.getOwnPropertyDescriptor(DOC, "readyState").get;
const { querySelectorAll, createElement, getElementById, addEventListener } = DOC;

/** Makes sure the document has abridge.css (it styles ::highlight(abridge) and the <mark> fallback). */
function ensureDocumentStyles(doc = document) {
  for (const link of querySelectorAll.call(doc, 'link[rel~="stylesheet"]')) {
    if (link.href === CSS_URL) return;
  }
  const link = createElement.call(doc, "link");
  link.rel = "stylesheet";
  link.href = CSS_URL;
  link.dataset.abridge = "";
  docHead.call(doc)?.append(link);
}

function reducedMotion() {
  return matchMedia("(prefers-reduced-motion: reduce)").matches;
}

function scrollParent(el) {
  for (let node = el; node && node !== document.body && node !== document.documentElement; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === "auto" || overflowY === "scroll") && node.scrollHeight > node.clientHeight + 1) return node;
  }
  return null;
}

/**
 * Scrolls a DOM Range into view (a third of the way down its scroll container or the window), also
 * inside scrollable panes, where Element.scrollIntoView would show the start of a long text node.
 */
export function scrollRangeIntoView(range, { smooth = !reducedMotion() } = {}) {
  const behavior = smooth ? "smooth" : "auto";
  const rect = range.getBoundingClientRect();
  const start = range.startContainer.nodeType === Node.ELEMENT_NODE ? range.startContainer : range.startContainer.parentElement;
  const scroller = start && scrollParent(start);
  if (scroller) {
    const box = scroller.getBoundingClientRect();
    const slack = Math.max(0, scroller.clientHeight - rect.height) / 3;
    scroller.scrollTo({ top: scroller.scrollTop + rect.top - box.top - slack, behavior });
    if (box.top < 0 || box.bottom > innerHeight) scroller.scrollIntoView({ block: "nearest", behavior });
  } else {
    const slack = Math.max(0, innerHeight - rect.height) / 3;
    window.scrollTo({ top: scrollY + rect.top - slack, behavior });
  }
}

const flashTimers = new WeakMap();

/**
 * Briefly marks one sentence of an ArticleText (::highlight(abridge-flash)). `after` runs after
 * each change to the page (the <mark> fallback edits the DOM), e.g. to drop mutation records.
 */
export function flashSentence(article, sentence, { ms = 1600, after = () => {} } = {}) {
  clearTimeout(flashTimers.get(article));
  try {
    article.highlight([sentence], FLASH);
    after();
  } catch {
    return;
  }
  flashTimers.set(article, setTimeout(() => {
    try {
      article.clear(FLASH);
      after();
    } catch {
      // the ArticleText was freed meanwhile
    }
  }, ms));
}

/** "1 min 20 s", "45 s". */
export function formatDuration(seconds) {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  const rest = s % 60;
  return rest >= 5 ? `${m} min ${rest} s` : `${m} min`;
}

/** Reading time saved by reading `summary` instead of the article. */
export function readingTimeSaved(summary) {
  return ((summary.stats.wordsTotal - summary.stats.wordsChosen) / WORDS_PER_MINUTE) * 60;
}

let uid = 0;

export class AbridgeSummary extends HTMLElement {
  static observedAttributes = ["for", "sentences", "ratio", "max-words", "lang", "highlight", "label", "keywords"];

  #root;
  #panel;
  #title;
  #meta;
  #list;
  #keywords;
  #status;
  #article = null; // ArticleText
  #target = null; // Element
  #observer = null;
  #scheduled = false;
  #debounce = 0;
  #connected = false;
  #summary = null;
  #warned = new Set();
  #hiddenByUs = false;
  #renders = 0; // the newest render's number: an older one stops at its next turn
  #current = null; // the newest render's promise

  constructor() {
    super();
    const id = `abridge-${++uid}`;
    this.#root = this.attachShadow({ mode: "open" });
    const link = el("link", { rel: "stylesheet", href: CSS_URL });
    this.#title = el("h2", { part: "title", id: `${id}-title` });
    this.#meta = el("p", { part: "meta", dir: "auto" });
    this.#list = el("ol", { part: "list" });
    this.#keywords = el("ul", { part: "keywords", "aria-label": "Key terms", hidden: true });
    this.#status = el("p", { part: "status", role: "status" });
    this.#panel = el(
      "section",
      { part: "panel", class: "panel loading", role: "region", "aria-labelledby": `${id}-title`, "aria-busy": "true" },
      el("header", { part: "header", class: "header" }, this.#title, this.#meta),
      this.#status,
      this.#list,
      this.#keywords,
    );
    this.#root.append(link, this.#panel);
    this.#setTitle();
    this.#showStatus("Summarizing…");
    this.#list.addEventListener("click", (event) => this.#onSentenceClick(event));
    // Loading starts with the first widget (on import for one in the HTML), not at its first render:
    // pages that import this file only for its helpers load nothing. A failure shows in the render.
    loadAbridge().catch(() => {});
  }

  /** The last summary rendered (as returned by summarize), or null. */
  get summary() {
    return this.#summary;
  }

  /** The article element being summarized, or null. */
  get article() {
    return this.#target;
  }

  /** Reads the article again and re-renders. Resolves with the summary. */
  async refresh() {
    this.#target = null;
    return this.#render();
  }

  connectedCallback() {
    this.#connected = true;
    this.#schedule();
  }

  disconnectedCallback() {
    this.#connected = false;
    this.#observer?.disconnect();
    this.#observer = null;
    this.#release();
    this.#target = null;
  }

  attributeChangedCallback(name, oldValue, value) {
    if (oldValue === value) return;
    if (name === "for") this.#target = null;
    if (name === "label") this.#setTitle();
    this.#schedule();
  }

  #setTitle() {
    this.#title.textContent = this.getAttribute("label") || "Summary";
  }

  #schedule() {
    if (this.#scheduled || !this.#connected) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      if (this.#connected) this.#render();
    });
  }

  #release() {
    if (this.#article) {
      try {
        this.#article.free();
      } catch {
        // already freed
      }
      this.#article = null;
    }
  }

  #warn(message) {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.warn(`<abridge-summary>: ${message}`);
  }

  /** Reads the article: the element named by `for`, else the one the core finds (or null). */
  #readTarget() {
    const doc = this.ownerDocument;
    const id = this.getAttribute("for");
    if (id) {
      const el = getElementById.call(doc, id);
      if (!el) this.#warn(`no element with id "${id}"`);
      return el ? readArticle(el) : null;
    }
    return readPage(doc);
  }

  /** No article: the widget hides itself (a reader never sees an error box) and tells the page. */
  #noArticle() {
    this.#hiddenByUs = true;
    this.hidden = true;
    this.#summary = null;
    this.dispatchEvent(new CustomEvent("abridge-no-article", { bubbles: true, composed: true }));
  }

  #observe(target) {
    this.#observer?.disconnect();
    // Our own changes (the <mark> fallback) are dropped with takeRecords() right after them.
    this.#observer = new MutationObserver(() => {
      clearTimeout(this.#debounce);
      this.#debounce = setTimeout(() => this.#render({ reread: true }), 250);
    });
    this.#observer.observe(target, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["hidden", "aria-hidden"] });
  }

  /** The options for summarize: the length attributes are read and checked by the core. */
  #options() {
    const options = optionsFromAttributes(this.getAttribute("sentences"), this.getAttribute("ratio"), this.getAttribute("max-words"));
    const language = this.getAttribute("lang") || this.#article?.language;
    if (language) options.language = language;
    if (this.#article?.title) options.title = this.#article.title;
    return options;
  }

  /**
   * Renders, and whatever fails on the way (loading, reading the page, summarizing, showing) ends in
   * the error state and "abridge-error": never an endless "Summarizing…".
   */
  #render(options) {
    return (this.#current = this.#renderGuarded(++this.#renders, options));
  }

  async #renderGuarded(id, options) {
    try {
      return await this.#renderOnce(id, options);
    } catch (error) {
      this.#summary = null;
      try {
        this.#observer?.takeRecords();
      } catch {
        // nothing to drop
      }
      this.#fail(error, "This article could not be summarized.");
      return null;
    }
  }

  /** Waits for the page's turn; false when this render was superseded or the widget left the page. */
  async #resume(id) {
    await yieldToPage();
    return id === this.#renders && this.#connected;
  }

  async #renderOnce(id, { reread = false } = {}) {
    try {
      await loadAbridge();
    } catch (error) {
      this.#fail(error, "The summarizer could not be loaded.");
      return null;
    }
    if (!(await this.#resume(id))) return this.#connected ? this.#current : null;
    const doc = this.ownerDocument;
    if (docReadyState.call(doc) === "loading") {
      // Rendered before the article was parsed: wait for it.
      addEventListener.call(doc, "DOMContentLoaded", () => this.#render(), { once: true });
      return null;
    }
    const t0 = performance.now();
    if (!this.#target || !this.#target.isConnected || reread || !this.#article) {
      // Free the old reading first: with the <mark> fallback that unwraps its marks.
      const known = this.#target?.isConnected ? this.#target : null;
      this.#release();
      this.#article = this.#readTarget();
      if (!this.#article) {
        this.#target = null;
        this.#observer?.disconnect();
        this.#noArticle();
        return null;
      }
      if (this.#hiddenByUs) {
        this.#hiddenByUs = false;
        this.hidden = false;
      }
      this.#target = this.#article.element;
      if (this.#target !== known) this.#observe(this.#target);
    }
    const article = this.#article;
    let options;
    try {
      options = this.#options();
    } catch (error) {
      // A bad or doubled length attribute: the core's message, shown to the page's author.
      article.clear(HIGHLIGHT);
      this.#observer?.takeRecords();
      this.#summary = null;
      this.#fail(error, error.message);
      return null;
    }
    if (!(await this.#resume(id))) return this.#connected ? this.#current : null;
    const summary = summarize(article.text, options);
    this.#summary = summary;
    this.#show(summary);
    if (this.hasAttribute("highlight")) article.highlight(summary.sentences, HIGHLIGHT);
    else article.clear(HIGHLIGHT);
    this.#observer?.takeRecords();
    const elapsed = performance.now() - t0;
    // The document's stylesheet (it styles the highlights) is added after the page is read: a new
    // stylesheet restyles the whole page, which the walk's computed styles would otherwise wait for.
    ensureDocumentStyles(this.ownerDocument);
    this.dispatchEvent(new CustomEvent("abridge-summary", {
      bubbles: true,
      composed: true,
      detail: { ...summary, article: this.#target, articleText: article.text, elapsed },
    }));
    return summary;
  }

  #showStatus(text) {
    this.#status.textContent = text;
    this.#status.hidden = !text;
  }

  #showEmpty(text) {
    this.#panel.classList.remove("loading");
    this.#panel.removeAttribute("aria-busy");
    this.#list.replaceChildren();
    this.#keywords.replaceChildren();
    this.#keywords.hidden = true;
    this.#meta.textContent = "";
    this.#showStatus(text);
  }

  #fail(error, text) {
    this.#showEmpty(text);
    console.error("<abridge-summary>:", error);
    this.dispatchEvent(new CustomEvent("abridge-error", { bubbles: true, composed: true, detail: { error } }));
  }

  #show(summary) {
    this.#panel.classList.remove("loading");
    this.#panel.removeAttribute("aria-busy");
    const { stats } = summary;
    if (!summary.sentences.length) {
      this.#showEmpty("This page has no article text to summarize.");
      return;
    }
    this.#showStatus("");
    const lang = summary.language;
    this.#list.lang = this.#article?.language || lang || "";
    const items = summary.sentences.map((s, i) =>
      // dir=auto on the item: each sentence (and its number) runs in its own direction.
      el("li", { part: "item", dir: "auto" },
        el("button", { part: "sentence", type: "button", class: "sentence", "data-i": String(i), text: s.text })));
    this.#list.replaceChildren(...items);
    const saved = readingTimeSaved(summary);
    // A short article (all its sentences shown) says so: the reader sees the widget did its job.
    const n = stats.sentencesTotal;
    this.#meta.textContent = stats.sentencesChosen >= n ? `Short article · ${n} sentence${n > 1 ? "s" : ""}` :
      `${stats.sentencesChosen} of ${n} sentences` + (saved >= 10 ? ` · saves ${formatDuration(saved)} of reading` : "");
    const showKeywords = this.hasAttribute("keywords") && summary.keywords.length > 0;
    this.#keywords.hidden = !showKeywords;
    this.#keywords.replaceChildren(...(showKeywords ? summary.keywords.slice(0, 6).map((k) => el("li", { part: "keyword", dir: "auto", text: k })) : []));
  }

  #onSentenceClick(event) {
    const button = event.target.closest?.("button.sentence");
    if (!button || !this.#summary || !this.#article) return;
    const sentence = this.#summary.sentences[Number(button.dataset.i)];
    const range = sentence && this.#article.range(sentence.start, sentence.end);
    if (!range) return;
    scrollRangeIntoView(range);
    flashSentence(this.#article, sentence, { after: () => this.#observer?.takeRecords() });
  }
}

if (!customElements.get("abridge-summary")) customElements.define("abridge-summary", AbridgeSummary);
