// A TypeScript consumer of `abridge/widget` (browser only: compiled with the DOM lib by
// tests/js/package.test.mjs). Importing it registers <abridge-summary>; the types describe the element.
import "abridge/widget";
import { AbridgeSummary, loadAbridge, type AbridgeSummaryDetail } from "abridge/widget";

await loadAbridge();
const widget = document.querySelector("abridge-summary");
if (widget) {
  const element: AbridgeSummary = widget;
  const sentences: number = element.summary?.sentences.length ?? 0;
  const article: Element | null = element.article;
  void [sentences, article];
  const refreshed: Promise<{ text: string } | null> = element.refresh();
  void refreshed;
  widget.addEventListener("abridge-summary", (event) => {
    const detail: AbridgeSummaryDetail = event.detail;
    const elapsed: number = detail.elapsed;
    void elapsed;
  });
  // @ts-expect-error: summary is read-only
  element.summary = null;
}
