// Types of `abridge/worker`: summaries computed off the calling thread (a Web Worker in browsers,
// a worker_threads Worker in Node.js), with the same options and results as `summarize`.
import type { SentenceSpan, SplitOptions, SummarizeOptions, Summary } from "./abridge.js";

/**
 * The text to summarize: a string (copied to the worker), or its UTF-8 bytes, which are
 * transferred (no copy; the caller's ArrayBuffer is detached).
 */
export type WorkerText = string | ArrayBuffer | Uint8Array;

/** Per-request settings. */
export interface RequestSettings {
  /** Aborting it cancels the request (its promise rejects with an AbortError). */
  signal?: AbortSignal | null;
}

/**
 * A summarizer on its own worker. One request at a time: a newer request cancels the older one,
 * whose promise rejects with a `DOMException` named "AbortError" (the worker busy with it is
 * stopped, and the next request starts a fresh one).
 */
export interface Summarizer {
  /**
   * As `summarize(text, options)` from "abridge", off the calling thread. Rejects with the same
   * `TypeError`/`RangeError` for bad options, and with an AbortError when cancelled.
   */
  summarize(text: WorkerText, options?: SummarizeOptions | null, init?: RequestSettings): Promise<Summary>;
  /** As `splitSentences(text, options)` from "abridge", off the calling thread. */
  splitSentences(text: WorkerText, options?: SplitOptions | null, init?: RequestSettings): Promise<SentenceSpan[]>;
  /** Stops the worker; a pending request rejects with an AbortError, later ones with an Error. */
  terminate(): void;
}

/** Starts nothing yet: the worker starts on the first request. */
export declare function createSummarizer(): Summarizer;
