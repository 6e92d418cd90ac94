// wink-nlp + wink-eng-lite-web-model as a summarizer: every sentence's importance
// (its.sentenceWiseImportance), the k most important in document order (ties to the earlier one).
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export function load() {
  const nlp = winkNLP(model);
  const its = nlp.its;
  return (text, k) => {
    const doc = nlp.readDoc(text);
    const importance = doc.out(its.sentenceWiseImportance);
    const top = importance
      .slice()
      .sort((a, b) => b.importance - a.importance || a.index - b.index)
      .slice(0, k)
      .map((s) => s.index)
      .sort((a, b) => a - b);
    const sentences = doc.sentences();
    return top.map((i) => sentences.itemAt(i).out());
  };
}
