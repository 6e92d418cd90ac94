#!/usr/bin/env python3
"""Key terms against human keyphrases (DUC-2001 dev half): abridge beside YAKE and summa.

Normally run through bench/keyphrases.sh, which sets up bench/.venv and builds the CLI.

  keyphrases.py --bin target/release/abridge [--data FILE] [--out bench/out]

Protocol (the data's README): every predicted and gold phrase is lower-cased, cut into words by
NLTK's Treebank word tokenizer (tokens without a letter or digit dropped) and Porter-stemmed (NLTK);
a prediction is correct when its stemmed form equals a gold phrase's; per article, predictions are
de-duplicated on the stemmed form (first kept) and cut at k = 5 and 10; P@k, R@k (over distinct
gold phrases) and F1@k are averaged over articles (macro), x100. Predictions are not padded.
Every system is run with the title ("title + text") and on the text alone. The articles are also
split in two halves by the same fixed hash of the id as bench/tune.py (tune / check), reported
separately: a change to the key terms must hold on both.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys

from nltk.stem.porter import PorterStemmer
from nltk.tokenize import TreebankWordTokenizer

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tune import HALVES, half  # noqa: E402  (the one split)

_TOKENIZER = TreebankWordTokenizer()
_STEMMER = PorterStemmer()
_HAS_ALNUM = re.compile(r"[^\W_]")
KS = (5, 10)


def stemmed(phrase):
    words = [w for w in _TOKENIZER.tokenize(phrase.lower()) if _HAS_ALNUM.search(w)]
    return " ".join(_STEMMER.stem(w) for w in words)


def article_scores(predicted, gold):
    """{k: (P, R, F1, predictions kept)} for one article."""
    gold_set = {g for g in (stemmed(x) for x in gold) if g}
    seen, preds = set(), []
    for p in predicted:
        s = stemmed(p)
        if s and s not in seen:
            seen.add(s)
            preds.append(s)
    out = {}
    for k in KS:
        kept = preds[:k]
        correct = sum(1 for p in kept if p in gold_set)
        pr = correct / len(kept) if kept else 0.0
        rc = correct / len(gold_set) if gold_set else 0.0
        f1 = 2 * pr * rc / (pr + rc) if correct else 0.0
        out[k] = (pr, rc, f1, len(kept))
    return out


# ------------------------------------------------------------------------------------------
# Systems: each maps (records, with_title) -> {id: [phrases, best first]}
# ------------------------------------------------------------------------------------------

def abridge(binary, records, with_title, k=10, weights=""):
    lines = []
    for r in records:
        line = {"id": r["id"], "text": r["text"], "keywords": k}
        if with_title and r.get("title"):
            line["title"] = r["title"]
        lines.append(json.dumps(line, ensure_ascii=False))
    proc = subprocess.run([binary, "--jsonl"] + (["--weights", weights] if weights else []), input=("\n".join(lines) + "\n").encode("utf-8"),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode != 0:
        sys.exit(f"error: {binary} --jsonl: {proc.stderr.decode('utf-8', 'replace')[-2000:]}")
    out = {}
    for line in proc.stdout.decode("utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            if "keywords" not in obj:
                sys.exit("error: the CLI's --jsonl returns no \"keywords\" (needs the --keywords option)")
            out[obj["id"]] = obj["keywords"]
    return out


def joined(r, with_title):
    return (r["title"].strip() + "\n\n" + r["text"]) if with_title and r.get("title") else r["text"]


def yake_system(records, with_title, k=10):
    import yake
    extractor = yake.KeywordExtractor(lan="en", n=3, top=k)
    # YAKE returns (phrase, score), lower score = better, already sorted.
    return {r["id"]: [p for p, _ in extractor.extract_keywords(joined(r, with_title))] for r in records}


def summa_system(records, with_title, k=10):
    from summa import keywords as sk
    out = {}
    for r in records:
        try:
            out[r["id"]] = sk.keywords(joined(r, with_title), split=True)[:k]
        except Exception:  # summa fails on a few degenerate texts
            out[r["id"]] = []
    return out


def bootstrap_halfwidth(values, rounds=1000, seed=13):
    rng = random.Random(seed)
    n = len(values)
    means = sorted(sum(values[rng.randrange(n)] for _ in range(n)) / n for _ in range(rounds))
    return (means[int(0.975 * rounds)] - means[int(0.025 * rounds)]) / 2


def summarize(records, predictions):
    """Macro figures over all articles and per half."""
    per = [article_scores(predictions.get(r["id"], []), r["keyphrases"]) for r in records]
    halves = [half(r["id"]) for r in records]

    def agg(idx):
        n = max(1, len(idx))
        row = {}
        for k in KS:
            row[f"P@{k}"] = 100 * sum(per[i][k][0] for i in idx) / n
            row[f"R@{k}"] = 100 * sum(per[i][k][1] for i in idx) / n
            row[f"F1@{k}"] = 100 * sum(per[i][k][2] for i in idx) / n
            row[f"n@{k}"] = sum(per[i][k][3] for i in idx) / n
        return row

    everything = list(range(len(records)))
    result = {"all": agg(everything)}
    for k in KS:
        result["all"][f"F1@{k} ±"] = 100 * bootstrap_halfwidth([per[i][k][2] for i in everything])
    for h in HALVES:
        result[h] = agg([i for i, x in enumerate(halves) if x == h])
    return result


def main():
    root = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--bin", required=True)
    p.add_argument("--data", default=os.path.join(root, "../../shared/data/keywords/duc2001-dev.jsonl"))
    p.add_argument("--out", default=os.path.join(root, "out"))
    p.add_argument("--no-peers", action="store_true", help="abridge only (quick looks while tuning)")
    p.add_argument("--weights", default="", help="the CLI's --weights (tuning), e.g. keyword_title=2")
    a = p.parse_args()
    with open(a.data, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]

    systems = [("abridge", lambda rs, t: abridge(a.bin, rs, t, weights=a.weights))]
    if not a.no_peers:
        systems += [("YAKE (n=3)", yake_system), ("summa TextRank", summa_system)]
    results = {}
    for name, run in systems:
        for with_title in (True, False):
            label = f"{name}, {'title + text' if with_title else 'text only'}"
            results[label] = summarize(records, run(records, with_title))

    counts = {h: sum(1 for r in records if half(r["id"]) == h) for h in HALVES}
    w = max(len(x) for x in results)
    print(f"== key terms: {len(records)} articles from {a.data}")
    print("   stemmed exact match, macro over articles, x100; ± = half-width of a 95 % bootstrap interval")
    print(f"{'system':<{w}} | {'F1@5':>11} | {'F1@10':>11} | {'P@10':>5} | {'R@10':>5} | {'n@10':>4} | "
          f"tune ({counts['tune']}) F1@5 / @10 | check ({counts['check']}) F1@5 / @10")
    for label, r in results.items():
        al = r["all"]
        print(f"{label:<{w}} | {al['F1@5']:5.1f} ±{al['F1@5 ±']:4.1f} | {al['F1@10']:5.1f} ±{al['F1@10 ±']:4.1f} | "
              f"{al['P@10']:5.1f} | {al['R@10']:5.1f} | {al['n@10']:4.1f} | "
              f"{r['tune']['F1@5']:5.1f} / {r['tune']['F1@10']:5.1f}          | "
              f"{r['check']['F1@5']:5.1f} / {r['check']['F1@10']:5.1f}")
    os.makedirs(a.out, exist_ok=True)
    path = os.path.join(a.out, "keyphrases.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"data": os.path.abspath(a.data), "articles": len(records), "systems": results}, f, indent=1)
    print(f"   (JSON: {path})")


if __name__ == "__main__":
    main()
