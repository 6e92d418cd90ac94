import { Summarizer } from "abridge/summarizer";
// A program written against the Summarizer API's types (@types/dom-chromium-ai), compiled with
// `tsc --noEmit --strict` by tests/js/package.test.mjs twice: as it is, against the ponyfill's types
// alone, and with its first line replaced by `import "abridge/summarizer/polyfill";` against the
// global Summarizer of @types/dom-chromium-ai. Its body is the same both times.

export async function summarizeArticle(text: string, signal: AbortSignal): Promise<string> {
  if (!("create" in Summarizer)) return "";
  const availability = await Summarizer.availability({ type: "tldr", length: "short", expectedInputLanguages: ["en"] });
  if (availability === "unavailable") return "";
  const summarizer = await Summarizer.create({
    sharedContext: "A general summary to help a user decide if the text is worth reading",
    type: "tldr",
    format: "markdown",
    length: "short",
    signal,
    monitor(m) {
      m.addEventListener("downloadprogress", (e) => console.log(`Downloaded ${e.loaded * 100}%`));
    },
  });
  const usage: number = await summarizer.measureInputUsage(text);
  if (usage > summarizer.inputQuota) throw new Error("Insufficient quota to summarize.");
  const summary: string = await summarizer.summarize(text, { context: "World news", signal });
  let streamed = "";
  for await (const chunk of summarizer.summarizeStreaming(text) as unknown as AsyncIterable<string>) streamed += chunk;
  const kinds: string[] = [summarizer.type, summarizer.format, summarizer.length, summarizer.sharedContext];
  const languages: ReadonlyArray<string> | undefined = summarizer.expectedInputLanguages;
  summarizer.destroy();
  void [kinds, languages, streamed];
  return summary;
}
