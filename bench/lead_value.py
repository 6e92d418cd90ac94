#!/usr/bin/env python3
"""How much the article's first sentence is worth in a dev set (analysis aid for the lead weight).

  bench/.venv/bin/python bench/lead_value.py [--datasets xsum,multilingual,cnndm,bbc] [--by-language]

For each set: the mean R-1 (the protocol of bench/rouge_eval.py) of each of the article's first
eight sentences alone against the reference, and where the single best sentence stands. With
--by-language (multilingual): the first sentence's R-1 minus the mean of the next five, per
language. A flat row says the lead is not special in that set, whatever a summarizer does.
"""
import collections
import os
import statistics as st
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tune import Dataset, dataset_arguments  # noqa: E402  (the same articles, references and scorer as tune.py)


def sentence_scores(name, data, binary):
    """[(record, [R-1 of each sentence alone])] for the set's articles of two sentences or more."""
    d = Dataset(name, data)
    out = []
    for (r, _, ref), sentences in zip(d.items, d.run(binary, ["split", "--jsonl"])):
        if len(sentences) >= 2:
            out.append((r, [100 * d.scorer.score("\n".join(ref), s)["rouge1"].fmeasure for s in sentences]))
    return out


def main():
    p = dataset_arguments(__doc__, datasets="xsum,multilingual,cnndm,bbc")
    p.add_argument("--by-language", action="store_true")
    a = p.parse_args()
    for name in a.datasets.split(","):
        scored = sentence_scores(name, a.data, a.bin)
        by_position = [st.mean(r1[i] for _, r1 in scored if len(r1) > i) for i in range(8)]
        best = collections.Counter(min(r1.index(max(r1)), 5) for _, r1 in scored)
        print(f"{name} ({len(scored)} articles) mean R-1 of sentence 1..8 alone: "
              + " ".join(f"{v:.2f}" for v in by_position))
        print("   the best sentence is number 1..5, 6+: " + " ".join(str(best[i]) for i in range(6)))
        if a.by_language and name == "multilingual":
            languages = collections.defaultdict(list)
            for r, r1 in scored:
                languages[r.get("language")].append(r1[0] - st.mean(r1[1:6]))
            rows = sorted((st.mean(v), lang, len(v)) for lang, v in languages.items())
            print("   first minus the next five, by language: "
                  + ", ".join(f"{lang} {m:+.1f} ({n})" for m, lang, n in rows))


if __name__ == "__main__":
    main()
