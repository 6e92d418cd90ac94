// Types of `abridge/summarizer`: the Summarizer of the WICG Writing Assistance APIs, as the
// community types (@types/dom-chromium-ai) declare it, so code typed against those compiles against
// this and `typeof Summarizer` here is assignable to theirs.

export type Availability = "unavailable" | "downloadable" | "downloading" | "available";
/** key-points: 3 / 5 / 7 sentences as lines (a list in markdown); tldr and teaser: 1 / 3 / 5 sentences; headline: at most 12 / 17 / 22 words. */
export type SummarizerType = "tldr" | "teaser" | "key-points" | "headline";
export type SummarizerFormat = "plain-text" | "markdown";
export type SummarizerLength = "short" | "medium" | "long";
export type PerformancePreference = "auto" | "speed" | "capability";

/** Fires "downloadprogress" twice during create(): loaded 0, then 1 once abridge's module is loaded. */
export interface CreateMonitor extends EventTarget {
  ondownloadprogress: ((this: CreateMonitor, ev: ProgressEvent) => any) | null;
  addEventListener<K extends keyof CreateMonitorEventMap>(type: K, listener: (this: CreateMonitor, ev: CreateMonitorEventMap[K]) => any, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof CreateMonitorEventMap>(type: K, listener: (this: CreateMonitor, ev: CreateMonitorEventMap[K]) => any, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}
export interface CreateMonitorEventMap {
  downloadprogress: ProgressEvent;
}
export type CreateMonitorCallback = (monitor: CreateMonitor) => void;

export interface SummarizerCreateCoreOptions {
  type?: SummarizerType;
  format?: SummarizerFormat;
  length?: SummarizerLength;
  /** Accepted and ignored: abridge is fast and small either way. */
  preference?: PerformancePreference;
  /** Languages abridge has no rules for make availability() "unavailable". A single one is used as the input's language. */
  expectedInputLanguages?: ReadonlyArray<string>;
  expectedContextLanguages?: ReadonlyArray<string>;
  /** An extractive summary is in its input's language: an output language other than the expected input's is "unavailable". */
  outputLanguage?: string;
}

export interface SummarizerCreateOptions extends SummarizerCreateCoreOptions {
  /** Aborting rejects create() with the signal's reason; after create() it destroys the summarizer. */
  signal?: AbortSignal;
  monitor?: CreateMonitorCallback;
  /** What the texts are about or for: read as the headline hint of every summary. */
  sharedContext?: string;
}

export interface SummarizerSummarizeOptions {
  signal?: AbortSignal;
  /** What this text is about or for: read, with sharedContext, as its headline hint. */
  context?: string;
}

export declare abstract class Summarizer {
  /** "available" when abridge can honour the options, else "unavailable". Rejects with a TypeError or RangeError for bad values. */
  static availability(options?: SummarizerCreateCoreOptions): Promise<Availability>;
  /** Rejects with NotSupportedError for options availability() calls "unavailable", with the signal's reason when aborted. */
  static create(options?: SummarizerCreateOptions): Promise<Summarizer>;

  /** The summary as one string ("" for an empty or white-space input). */
  summarize(input: string, options?: SummarizerSummarizeOptions): Promise<string>;
  /** The same text as summarize(), in chunks (lines, or sentences): they join to it. */
  summarizeStreaming(input: string, options?: SummarizerSummarizeOptions): ReadableStream<string>;
  /** UTF-16 code units of the input, its context and the shared context. */
  measureInputUsage(input: string, options?: SummarizerSummarizeOptions): Promise<number>;
  /** 16777216 UTF-16 code units; a longer input rejects with a QuotaExceededError. */
  readonly inputQuota: number;

  readonly sharedContext: string;
  readonly type: SummarizerType;
  readonly format: SummarizerFormat;
  readonly length: SummarizerLength;
  /** null when not given (as browsers answer; the community types say undefined). */
  readonly expectedInputLanguages?: ReadonlyArray<string>;
  readonly expectedContextLanguages?: ReadonlyArray<string>;
  readonly outputLanguage?: string;

  /** Rejects running and later calls with an AbortError. */
  destroy(): void;
}
