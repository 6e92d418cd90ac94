// A TypeScript consumer of `abridge/worker`, compiled with `tsc --noEmit --strict` against the
// installed tarball by tests/js/package.test.mjs (with and without the DOM lib).
import { createSummarizer, type Summarizer, type WorkerText } from "abridge/worker";
import type { SentenceSpan, Summary } from "abridge";

const summarizer: Summarizer = createSummarizer();
const texts: WorkerText[] = ["A text.", new Uint8Array([65, 46]), new ArrayBuffer(2)];
const summary: Summary = await summarizer.summarize(texts[0], { sentences: 2 });
const first: number = summary.sentences[0]?.start ?? 0;
const spans: SentenceSpan[] = await summarizer.splitSentences("One. Two.", { language: "en" });
const controller = new AbortController();
await summarizer.summarize("A text.", null, { signal: controller.signal }).catch((e: unknown) => e);
void [first, spans];
summarizer.terminate();

// @ts-expect-error: the options are checked as summarize's are (one budget at most)
void summarizer.summarize("A text.", { sentences: 2, ratio: 0.5 });
// @ts-expect-error: text is a string or UTF-8 bytes
void summarizer.summarize(42);
