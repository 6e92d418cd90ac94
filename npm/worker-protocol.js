// The two ends of `abridge/worker`, shared by the browser and the Node.js entries:
//   connect(spawn)  the calling thread's side: one job at a time, a newer request cancels the older
//   responder(...)  the worker's side: runs each request against the abridge module it was given
// Messages: { id, op: "summarize" | "splitSentences" | "brief", text, options } → { id, ok, value | error }
// ("brief": abridge/summarizer's, its options { options, kind, length }).
// A long string goes in parts ({ id, part }) posted in separate tasks before its request, so that
// copying it never holds the calling thread for long (a 10 MB string is 20 MB to copy).

/** An error like the one `fetch` rejects with when aborted (name "AbortError"). */
function abortError(reason) {
  const message = `abridge: cancelled: ${reason instanceof Error ? reason.message : reason ?? "aborted"}`;
  return new DOMException(message, "AbortError");
}

const ERRORS = { TypeError, RangeError, Error };

/** The error the worker reported, as the same kind of error on this side. */
function rebuild({ name, message }) {
  return new (ERRORS[name] ?? Error)(message);
}

function kindOf(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/** UTF-16 code units per part of a long string: about a millisecond of copying each. */
const PART = 1 << 20;

/** Resolves in a later task (after the event loop has had a turn). */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The text and what to transfer: UTF-8 bytes move to the worker (no copy), strings are cloned. */
function payload(text) {
  if (typeof text === "string") return { text, transfer: [] };
  if (text instanceof ArrayBuffer) return { text, transfer: [text] };
  if (ArrayBuffer.isView(text)) {
    const whole = text.byteOffset === 0 && text.byteLength === text.buffer.byteLength && text.buffer instanceof ArrayBuffer;
    const bytes = whole ? text.buffer : text.buffer.slice(text.byteOffset, text.byteOffset + text.byteLength);
    return { text: bytes, transfer: [bytes] };
  }
  throw new TypeError(`abridge: text must be a string or UTF-8 bytes (ArrayBuffer, Uint8Array), not ${kindOf(text)}`);
}

/**
 * The calling thread's side. `spawn()` starts a worker and returns
 * { post(message, transfer), listen(onMessage, onError), busy(), idle(), terminate() }.
 * The worker starts on the first request, and again after a cancelled one (cancelling stops it).
 */
export function connect(spawn) {
  let worker = null;
  let job = null; // { id, resolve, reject }
  let lastId = 0;
  let closed = false;

  function stop() {
    worker?.terminate();
    worker = null;
  }

  function settle(outcome) {
    const done = job;
    job = null;
    worker?.idle();
    if (done) outcome(done);
  }

  function start() {
    const w = spawn();
    w.listen(
      (message) => {
        if (w !== worker || !job || message?.id !== job.id) return; // a cancelled job's answer
        settle((done) => (message.ok ? done.resolve(message.value) : done.reject(rebuild(message.error))));
      },
      (error) => {
        if (w !== worker) return;
        stop();
        const detail = error?.message || "it could not be started (is worker-thread.js served next to worker.js?)";
        settle((done) => done.reject(new Error(`abridge: the summarizer's worker failed: ${detail}`, { cause: error })));
      },
    );
    return w;
  }

  /** Rejects the running job with an AbortError and stops the worker busy with it. */
  function cancel(reason) {
    if (!job) return;
    stop();
    settle((done) => done.reject(abortError(reason)));
  }

  function request(op, text, options, { signal } = {}) {
    if (closed) return Promise.reject(new Error("abridge: this summarizer was terminated"));
    if (signal?.aborted) return Promise.reject(abortError(signal.reason));
    let message;
    try {
      message = payload(text);
    } catch (error) {
      return Promise.reject(error);
    }
    cancel("a newer request replaced this one");
    worker ??= start();
    const id = ++lastId;
    const promise = new Promise((resolve, reject) => {
      job = { id, resolve, reject };
    });
    worker.busy();
    signal?.addEventListener("abort", () => job?.id === id && cancel(signal.reason), { once: true });
    send(worker, id, op, message, options);
    return promise;
  }

  /** Posts the request; a long string first, in parts, one task each (stops if the job is cancelled). */
  async function send(w, id, op, { text, transfer }, options) {
    if (typeof text === "string" && text.length > PART) {
      for (let at = 0; at < text.length; at += PART) {
        w.post({ id, part: text.slice(at, at + PART) }, []);
        await nextTask();
        if (job?.id !== id) return;
      }
      text = null; // the worker joins the parts
    }
    try {
      w.post({ id, op, text, options }, transfer);
    } catch (error) {
      // Options that cannot be cloned (functions, proxies): the worker never saw the request.
      if (job?.id === id) settle((done) => done.reject(new TypeError(`abridge: options must be a plain object (${error.message})`)));
    }
  }

  return {
    summarize: (text, options, init) => request("summarize", text, options, init),
    splitSentences: (text, options, init) => request("splitSentences", text, options, init),
    brief: (text, options, kind, length) => request("brief", text, { options, kind, length }),
    terminate() {
      closed = true;
      cancel("the summarizer was terminated");
      stop();
    },
  };
}

/**
 * The worker's side: a function that takes each message and resolves with the answer to post, or
 * null (a part of a long text), calling `api` ({ summarize, splitSentences, brief? }) once `ready`.
 */
export function responder(api, ready) {
  const parts = new Map(); // request id → parts of its text so far
  return async (message) => {
    const { id, op, options } = message;
    if ("part" in message) {
      // A newer request's parts mean the older one was cancelled: drop what it left.
      for (const older of parts.keys()) if (older !== id) parts.delete(older);
      parts.set(id, [...(parts.get(id) ?? []), message.part]);
      return null;
    }
    try {
      let text = message.text;
      if (text === null) text = (parts.get(id) ?? []).join("");
      else if (typeof text !== "string") text = new TextDecoder().decode(text);
      parts.delete(id);
      await ready;
      if (op === "brief" && api.brief) {
        return { id, ok: true, value: api.brief(text, options.options, options.kind, options.length) };
      }
      if (op !== "summarize" && op !== "splitSentences") throw new TypeError(`abridge: unknown request ${op}`);
      return { id, ok: true, value: api[op](text, options) };
    } catch (error) {
      return { id, ok: false, error: { name: error?.name ?? "Error", message: error?.message ?? String(error) } };
    }
  };
}
