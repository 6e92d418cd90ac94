// node-summary: getSortedSentences(content, n, callback). Its callback is called synchronously
// (the algorithm is plain loops), so the result is available when the call returns. Its URL
// helpers (request, cheerio, html-to-text) are stubbed out of the bundle: summarizing text never
// reaches them.
import summary from "node-summary/lib/summary.js";

export function load() {
  return (text, k) => {
    let result = [];
    summary.getSortedSentences(text, k, (err, sentences) => {
      result = err ? [] : sentences;
    });
    return result;
  };
}
