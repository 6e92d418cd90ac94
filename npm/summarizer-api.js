// The web's Summarizer API (WICG Writing Assistance APIs) on abridge, shared by the browser and the
// Node.js entries (summarizer.js, summarizer.node.js). This file only translates: it checks the
// options as WebIDL would (TypeError, RangeError), raises the API's DOMExceptions, hands the text to
// the core's brief (src/brief.rs), which decides what each type and length means, and writes the
// brief's lines in the format asked for.
//
// `engine`: { ready: () => Promise, brief(text, { title, language }, type index, length index) →
//   lines joined by "\n", summarize (the module's), offThread?: () => Promise<{ brief(...same) →
//   Promise, terminate() }> }

const ENUMS = {
  SummarizerType: ["key-points", "tldr", "teaser", "headline"],
  SummarizerFormat: ["markdown", "plain-text"],
  SummarizerLength: ["short", "medium", "long"],
  PerformancePreference: ["auto", "speed", "capability"],
};
/** The longest input, in UTF-16 code units (as `summarize`'s default maxInputLength). */
const QUOTA = 2 ** 24;
/** Inputs longer than this (about 10 ms of work) go to a worker when one is offered. */
const OFF_THREAD = 200_000;
const TOKEN = Symbol("abridge.Summarizer");

const dom = (message, name) => new DOMException(`abridge: ${message}`, name);
const reasonOf = (signal) => signal.reason ?? dom("aborted", "AbortError");

function enumValue(value, type, fallback) {
  if (value === undefined) return fallback;
  const text = String(value);
  if (!ENUMS[type].includes(text)) throw new TypeError(`abridge: '${text}' is not a ${type}`);
  return text;
}

/** A sequence<DOMString> of language tags, canonicalized (RangeError for a malformed tag), or null. */
function languages(value, name) {
  if (value === undefined || value === null) return null;
  if (typeof value !== "object" || typeof value[Symbol.iterator] !== "function") throw new TypeError(`abridge: ${name} must be a sequence of language tags`);
  return Object.freeze(Intl.getCanonicalLocales([...value].map(String)));
}

function dictionary(value, name) {
  if (value === undefined || value === null) return {};
  if (typeof value !== "object" && typeof value !== "function") throw new TypeError(`abridge: ${name} must be an object`);
  return value;
}

function signalOf(options) {
  const { signal } = options;
  if (signal === undefined || signal === null) return null;
  if (!(signal instanceof AbortSignal)) throw new TypeError("abridge: signal must be an AbortSignal");
  return signal;
}

/** The create options, checked and canonicalized in WebIDL's (alphabetical) member order. */
function createOptions(value) {
  const o = dictionary(value, "options");
  const checked = {
    expectedContextLanguages: languages(o.expectedContextLanguages, "expectedContextLanguages"),
    expectedInputLanguages: languages(o.expectedInputLanguages, "expectedInputLanguages"),
    format: enumValue(o.format, "SummarizerFormat", "markdown"),
    length: enumValue(o.length, "SummarizerLength", "short"),
    monitor: o.monitor,
    outputLanguage: o.outputLanguage === undefined || o.outputLanguage === null ? null : Intl.getCanonicalLocales(String(o.outputLanguage))[0],
    preference: enumValue(o.preference, "PerformancePreference", "auto"),
    sharedContext: o.sharedContext === undefined ? "" : String(o.sharedContext),
    signal: signalOf(o),
    type: enumValue(o.type, "SummarizerType", "key-points"),
  };
  if (checked.monitor !== undefined && typeof checked.monitor !== "function") throw new TypeError("abridge: monitor must be a function");
  return checked;
}

const primary = (tag) => tag.split("-")[0].toLowerCase();

/** Whether abridge has rules for the language of `tag`: the core reads it as that language. */
const knows = (summarize, tag) => primary(tag) !== "und" && summarize("", { language: tag, keywords: 0 }).language === primary(tag);

/** Why abridge cannot honour these options, or "" when it can. */
function unsupported(options, summarize) {
  const tags = [...(options.expectedInputLanguages ?? []), ...(options.expectedContextLanguages ?? [])];
  if (options.outputLanguage) tags.push(options.outputLanguage);
  const unknown = tags.find((tag) => !knows(summarize, tag));
  if (unknown) return `no rules for the language '${unknown}'`;
  const inputs = (options.expectedInputLanguages ?? []).map(primary);
  if (options.outputLanguage && inputs.length && !inputs.includes(primary(options.outputLanguage))) {
    return "an extractive summary is in its input's language";
  }
  return "";
}

/** The monitor's EventTarget: one "downloadprogress" at 0 and one at 1 (the module's loading). */
class CreateMonitor extends EventTarget {
  ondownloadprogress = null;
  progress(loaded) {
    const init = { lengthComputable: true, loaded, total: 1 };
    const event = typeof ProgressEvent === "function" ? new ProgressEvent("downloadprogress", init) : Object.assign(new Event("downloadprogress"), init);
    this.ondownloadprogress?.call(this, event);
    this.dispatchEvent(event);
  }
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The `Summarizer` class on `engine`. */
export function summarizerClass(engine) {
  const availability = async (options) => (unsupported(options, engine.summarize) ? "unavailable" : "available");

  class Summarizer {
    #options;
    #destroyed = null; // the reason, once destroyed
    #pending = new Set(); // reject functions of running calls
    #workers = []; // idle off-thread summarizers

    constructor(token, options) {
      if (token !== TOKEN) throw new TypeError("Illegal constructor: use Summarizer.create()");
      this.#options = options;
    }

    static async availability(options) {
      const checked = createOptions(options);
      await engine.ready();
      return availability(checked);
    }

    static async create(options) {
      const checked = createOptions(options);
      const { signal, monitor } = checked;
      if (signal?.aborted) throw reasonOf(signal);
      let target;
      if (monitor) monitor((target = new CreateMonitor()));
      const stopIfAborted = () => {
        if (signal?.aborted) throw reasonOf(signal);
      };
      // Each step in its own task, so that an abort after an event is seen before the next one.
      await nextTask();
      stopIfAborted();
      target?.progress(0);
      await Promise.race([engine.ready(), aborted(signal)]);
      await nextTask();
      stopIfAborted();
      const why = unsupported(checked, engine.summarize);
      if (why) throw dom(why, "NotSupportedError");
      target?.progress(1);
      await nextTask();
      stopIfAborted();
      const summarizer = new Summarizer(TOKEN, checked);
      signal?.addEventListener("abort", () => summarizer.#destroy(reasonOf(signal)), { once: true });
      return summarizer;
    }

    get type() { return this.#options.type; }
    get format() { return this.#options.format; }
    get length() { return this.#options.length; }
    get sharedContext() { return this.#options.sharedContext; }
    get expectedInputLanguages() { return this.#options.expectedInputLanguages; }
    get expectedContextLanguages() { return this.#options.expectedContextLanguages; }
    get outputLanguage() { return this.#options.outputLanguage; }
    get inputQuota() { return QUOTA; }

    summarize(input, options) {
      return this.#run(input, options, (text) => text);
    }

    /** A ReadableStream of the same text as summarize(), one line or sentence per chunk. */
    summarizeStreaming(input, options) {
      const { text, context, signal } = this.#call(input, options);
      let chunks = null;
      let live = true;
      let stop;
      const end = () => {
        live = false;
        this.#pending.delete(stop);
      };
      return new ReadableStream({
        start: (controller) => {
          stop = (reason) => {
            if (live) controller.error(reason);
            end();
          };
          this.#pending.add(stop);
          signal?.addEventListener("abort", () => stop(reasonOf(signal)), { once: true });
        },
        pull: async (controller) => {
          chunks ??= pieces(await this.#brief(text, context));
          if (!live) return;
          if (chunks.length) controller.enqueue(chunks.shift());
          if (!chunks.length) {
            end();
            controller.close();
          }
        },
        cancel: end,
      });
    }

    measureInputUsage(input, options) {
      return this.#run(input, options, (text, context) => text.length + context.length + this.sharedContext.length, true);
    }

    destroy() {
      this.#destroy(dom("this summarizer was destroyed", "AbortError"));
    }

    #destroy(reason) {
      if (this.#destroyed) return;
      this.#destroyed = reason;
      for (const reject of this.#pending) reject(reason);
      this.#pending.clear();
      for (const worker of this.#workers) worker.terminate();
      this.#workers = [];
    }

    /** The checks every call makes at once: destroyed, aborted, the input and its options. */
    #call(input, options) {
      if (this.#destroyed) throw this.#destroyed;
      const o = dictionary(options, "options");
      const signal = signalOf(o);
      if (signal?.aborted) throw reasonOf(signal);
      return { text: String(input), context: o.context === undefined || o.context === null ? "" : String(o.context), signal };
    }

    /** A promise for `answer(text, context)` (or the brief), settled by abort and destroy too. */
    #run(input, options, answer, measureOnly = false) {
      let call;
      try {
        call = this.#call(input, options);
      } catch (error) {
        return Promise.reject(error);
      }
      const { text, context, signal } = call;
      return new Promise((resolve, reject) => {
        const stop = (reason) => reject(reason);
        this.#pending.add(stop);
        const onAbort = () => stop(reasonOf(signal));
        signal?.addEventListener("abort", onAbort, { once: true });
        const work = measureOnly ? Promise.resolve() : this.#brief(text, context);
        work
          .then((brief) => resolve(measureOnly ? answer(text, context) : brief), reject)
          .finally(() => {
            this.#pending.delete(stop);
            signal?.removeEventListener("abort", onAbort);
          });
      });
    }

    /** The core's brief of `text`, in a worker when it is long and one is offered. */
    async #brief(text, context) {
      await engine.ready();
      if (this.#destroyed) throw this.#destroyed;
      const used = text.length + context.length + this.sharedContext.length;
      if (used > QUOTA) {
        throw Object.assign(dom(`the input is over the quota of ${QUOTA}`, "QuotaExceededError"), { requested: used, quota: QUOTA });
      }
      if (!text.trim()) return "";
      const { type, length, format, expectedInputLanguages: inputs } = this.#options;
      const hint = [this.sharedContext, context].filter((c) => c.trim()).join(" ") || undefined;
      const language = inputs?.length === 1 ? inputs[0] : undefined;
      const args = [text, { title: hint, language }, ENUMS.SummarizerType.indexOf(type), ENUMS.SummarizerLength.indexOf(length)];
      let lines;
      if (text.length <= OFF_THREAD || !engine.offThread) {
        await nextTask(); // an abort right after the call is seen before the work
        if (this.#destroyed) throw this.#destroyed;
        lines = engine.brief(...args);
      } else {
        const worker = this.#workers.pop() ?? (await engine.offThread());
        lines = await worker.brief(...args);
        if (this.#destroyed) worker.terminate();
        else this.#workers.push(worker);
      }
      return written(lines ? lines.split("\n") : [], type, format);
    }
  }
  return Summarizer;
}

/**
 * The brief's lines as the format wants them: key points one per line (a markdown list), the
 * others one paragraph. Markdown escapes what it would read as markup (emphasis, links, HTML, a
 * heading or list marker at the start), so an article's text stays text when it is rendered.
 */
function written(lines, type, format) {
  const markdown = format === "markdown";
  lines = lines.map((line) => line.replace(/\s+/g, " ").trim());
  const escape = (line) => (markdown ? line.replace(/[\\`*_[\]<>|~]/g, "\\$&").replace(/^[#+=-]/, "\\$&").replace(/^(\d+)([.)])/, "$1\\$2") : line);
  if (type === "key-points") return lines.map((line) => (markdown ? "- " : "") + escape(line)).join("\n");
  return escape(lines.join(" "));
}

/** Resolves never; rejects when `signal` aborts. */
function aborted(signal) {
  return new Promise((_, reject) => signal?.addEventListener("abort", () => reject(reasonOf(signal)), { once: true }));
}

/** The streamed chunks of a brief: its lines, or its sentences (each with the space after it). */
function pieces(text) {
  if (!text) return [];
  const parts = text.includes("\n") ? text.split(/(?<=\n)/) : text.split(/(?<=[.!?…。！？]\s)/);
  return parts.filter((p) => p.length);
}

/**
 * The polyfill's `install({ prefer })` for `Abridged`: sets `globalThis.Summarizer` to abridge's
 * where the platform has none, else to one that uses the platform's model for options it has
 * "available" and abridge's for the rest (all of them with `prefer: "abridge"`).
 */
export function installer(Abridged) {
  const native = globalThis.Summarizer;
  const usable = typeof native?.availability === "function" && typeof native.create === "function" && native !== Abridged;
  return function install({ prefer = "native" } = {}) {
    if (prefer !== "native" && prefer !== "abridge") throw new TypeError(`abridge: prefer must be "native" or "abridge", not '${prefer}'`);
    if (!usable || prefer === "abridge") return (globalThis.Summarizer = Abridged);
    // Which one answers: the platform's when its model is ready, else abridge's when it can.
    const pick = async (options) => {
      const ours = await Abridged.availability(options); // our checks first: the same errors either way
      const theirs = await native.availability(options).catch(() => "unavailable");
      return theirs === "available" || ours !== "available" ? [native, theirs] : [Abridged, ours];
    };
    class Summarizer extends Abridged {
      static async availability(options) {
        return (await pick(options))[1];
      }
      static async create(options) {
        return (await pick(options))[0].create(options);
      }
      static [Symbol.hasInstance](value) {
        return value instanceof Abridged || value instanceof native;
      }
    }
    return (globalThis.Summarizer = Summarizer);
  };
}
