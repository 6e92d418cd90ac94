// Types of `abridge/widget`: importing it registers the <abridge-summary> custom element.
import type { Summary } from "../abridge.js";

/** `detail` of the "abridge-summary" event: the summary, the element read, and the time spent. */
export interface AbridgeSummaryDetail extends Summary {
  /** The article element that was summarized. */
  article: Element;
  /** Milliseconds from reading to rendering (the page's turns between the widget's tasks included). */
  elapsed: number;
}

/**
 * <abridge-summary for="story" sentences="3" highlight>: a summary of the article on the page.
 * Attributes: for, sentences | ratio | max-words (at most one, checked as summarize's options are;
 * a bad one shows its error and emits "abridge-error"), lang, highlight, label, keywords.
 */
export declare class AbridgeSummary extends HTMLElement {
  /** The last summary rendered, or null. */
  readonly summary: Summary | null;
  /** The article element being summarized, or null. */
  readonly article: Element | null;
  /** Reads the article again and re-renders; resolves with the summary (null when there is none). */
  refresh(): Promise<Summary | null>;
}

/** Fetches and instantiates the widget's WebAssembly module once. */
export declare function loadAbridge(): Promise<void>;

declare global {
  interface HTMLElementTagNameMap {
    "abridge-summary": AbridgeSummary;
  }
  interface HTMLElementEventMap {
    "abridge-summary": CustomEvent<AbridgeSummaryDetail>;
    "abridge-error": CustomEvent<{ error: unknown }>;
  }
}
