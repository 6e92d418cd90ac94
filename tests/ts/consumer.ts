// A TypeScript consumer of the npm package: compiled with `tsc --noEmit --strict` against the installed
// tarball by tests/js/package.test.mjs. Valid uses must compile; each `@ts-expect-error` line must be
// refused by the declarations (tsc reports an unused `@ts-expect-error` as an error).
import init, { initSync, splitSentences, summarize } from "abridge";
import type {
  SentenceSpan,
  SplitOptions,
  SummarizeOptions,
  Summary,
  SummaryLength,
  SummarySentence,
  SummaryStats,
} from "abridge";

await init();
void initSync;

const text: string = "The river rose overnight. Two bridges closed. Schools stayed open.";

// Options: one budget at most; null and undefined mean "not set".
const options: SummarizeOptions[] = [
  {},
  { sentences: 3 },
  { ratio: 0.2 },
  { maxWords: 80 },
  { sentences: 2, language: "en", title: "Floods" },
  { sentences: null, ratio: 0.5 },
  { ratio: undefined, maxWords: 60, title: null, language: null },
  { sentences: 3, maxInputLength: 1_000_000 },
  { maxInputLength: Infinity },
  { maxInputLength: null },
  { ratio: 0.3, keywords: 5 },
  { keywords: null },
];
const length: SummaryLength = { maxWords: 40 };
const split: SplitOptions = { language: "de" };
const splitLimited: SplitOptions = { maxInputLength: 5000 };
void splitLimited;

// Results.
const s: Summary = summarize(text, options[1]);
summarize(text);
summarize(text, null);
summarize(text, length);
const sentences: SummarySentence[] = s.sentences;
const first: SummarySentence | undefined = sentences[0];
if (first) {
  const span: SentenceSpan = first;
  const back: string = text.slice(first.start, first.end);
  const n: number = first.index + first.score + span.end;
  void back;
  void n;
}
const joined: string = s.text;
const keywords: string[] = s.keywords;
const title: string | null = s.title;
const language: string = s.language;
const stats: SummaryStats = s.stats;
const counts: number = stats.sentencesTotal + stats.sentencesChosen + stats.wordsTotal + stats.wordsChosen;
const scores: number[] = s.scores;
const spans: SentenceSpan[] = splitSentences(text, split);
splitSentences(text);
void [joined, keywords, title, language, counts, scores, spans];

// Misuse the declarations refuse.
// @ts-expect-error two budgets at once
summarize(text, { sentences: 3, ratio: 0.2 });
// @ts-expect-error two budgets at once
summarize(text, { ratio: 0.2, maxWords: 80 });
// @ts-expect-error an unknown option
summarize(text, { sentence: 3 });
// @ts-expect-error a snake_case option
summarize(text, { max_words: 80 });
// @ts-expect-error a count as a string
summarize(text, { sentences: "3" });
// @ts-expect-error a title that is not a string
summarize(text, { title: 42 });
// @ts-expect-error the input limit is a number
summarize(text, { maxInputLength: "16MB" });
// @ts-expect-error keywords is a count
summarize(text, { keywords: "8" });
// @ts-expect-error the text must be a string
summarize(42);
// @ts-expect-error splitSentences has no budget
splitSentences(text, { sentences: 3 });
// @ts-expect-error the title may be null
const notNull: string = s.title;
// @ts-expect-error sentences carry no byte offsets
void s.sentences[0]?.byteStart;
// @ts-expect-error a summary is not a string
const wrong: string = summarize(text);
void [notNull, wrong];
