#!/usr/bin/env python3
"""Grid search of abridge's scoring weights against ROUGE, tuned on one half of each dev set and
checked on the other (tuning aid).

  bench/.venv/bin/python bench/tune.py [--datasets cnndm,xsum,bbc,multilingual] [--base SPEC]
                                       'centrality=0,0.5,1' 'position=2,3' ...

Each argument is a weight name and the values to try; every combination is run through the CLI's
`--weights` on every dataset, with the protocol of bench/rouge_eval.py (same k, same tokenizers,
multilingual averaged over languages). Articles are split in two halves by a fixed hash of their id
(`half()` below): "tune" picks, "check" confirms. Each row prints abridge − LEAD-k (R-1 / R-2 / R-Lsum)
on both halves and the words per summary (for multilingual, also every language of at least 10
articles more than 1.0 R-1 under its LEAD-k on the whole set, with both halves); the best
combination by the summed R-1 + R-2 + R-Lsum margins over the datasets on the tune half is printed
last, with its check-half figures. Keep a
change only when it holds on both halves. Run bench/rouge.sh once first (it builds the CLI and the
virtualenv).
"""
import argparse
import hashlib
import itertools
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rouge_eval as ev  # noqa: E402  (the one protocol)
from rouge_score import rouge_scorer  # noqa: E402

HALVES = ("tune", "check")


def half(article_id):
    """The fixed split: the first byte of SHA-1 of the id, even = tune, odd = check."""
    return HALVES[hashlib.sha1(str(article_id).encode("utf-8")).digest()[0] % 2]


class Dataset:
    def __init__(self, name, data_dir, limit=0, titles=True):
        self.name = name
        items, _ = ev.prepare(name, ev.load(data_dir, name))
        self.items = items[:limit] if limit else items
        english = name != "multilingual"
        self.scorer = (rouge_scorer.RougeScorer(ev.ROUGE_TYPES, use_stemmer=True) if english else
                       rouge_scorer.RougeScorer(ev.ROUGE_TYPES, use_stemmer=False, tokenizer=ev.UnicodeTokenizer()))
        self.halves = [half(r["id"]) for r, _, _ in self.items]
        self.langs = [r.get("language") for r, _, _ in self.items]
        self.cli_in = ev.cli_records(name, self.items)
        if not titles:  # the same articles as a reader pastes them, without their headline
            for line in self.cli_in:
                line.pop("title", None)

    def run(self, binary, args):
        out = ev.run_cli(binary, args, self.cli_in)
        return [out[r["id"]] for r, _, _ in self.items]

    def rows(self, preds):
        """Per-article [R-1, R-2, R-Lsum]."""
        return [[100 * s[t].fmeasure for t in ev.ROUGE_TYPES]
                for s in (self.scorer.score("\n".join(ref), "\n".join(p))
                          for (_, _, ref), p in zip(self.items, preds))]

    def languages_below(self, ours, lead, floor=-1.0, at_least=10):
        """Languages with at least `at_least` articles whose R-1 margin over LEAD-k (whole set) is
        under `floor`: [(language, articles, margin, tune margin, check margin)] (the bar of issue 13)."""
        out = []
        for lang in sorted(set(self.langs), key=str):
            idx = [i for i, x in enumerate(self.langs) if x == lang]
            if len(idx) < at_least:
                continue
            def margin(h):
                ii = [i for i in idx if h is None or self.halves[i] == h]
                return ev.mean([ours[i] for i in ii])[0] - ev.mean([lead[i] for i in ii])[0] if ii else float("nan")
            if margin(None) < floor:
                out.append((lang, len(idx), margin(None), margin("tune"), margin("check")))
        return out

    def score(self, preds, rows=None):
        """{half: ([R-1, R-2, R-Lsum], words per summary)} with the rouge_eval aggregate."""
        rows = rows if rows is not None else self.rows(preds)
        words = [len(" ".join(p).split()) for p in preds]
        result = {}
        for h in HALVES:
            idx = [i for i, x in enumerate(self.halves) if x == h]
            if self.name == "multilingual":
                by = {}
                for i in idx:
                    by.setdefault(self.langs[i], []).append(rows[i])
                m = ev.mean([ev.mean(v) for v in by.values()])
            else:
                m = ev.mean([rows[i] for i in idx])
            result[h] = (m, sum(words[i] for i in idx) / max(1, len(idx)))
        return result


def dataset_arguments(doc, datasets="cnndm,xsum,bbc,multilingual"):
    """An argument parser with the options every dev-set script shares: --data, --datasets, --bin."""
    p = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../shared/data/eval"))
    p.add_argument("--datasets", default=datasets)
    p.add_argument("--bin", default="target/release/abridge")
    return p


def main():
    p = dataset_arguments(__doc__)
    p.add_argument("--limit", type=int, default=0, help="only the first N articles of each set (quick looks)")
    p.add_argument("--no-titles", action="store_true", help="give abridge no headline (robustness checks)")
    p.add_argument("--base", default="", help="weights every run starts from, name=value,...")
    p.add_argument("grid", nargs="*")
    a = p.parse_args()

    sets = [Dataset(n, a.data, a.limit, titles=not a.no_titles) for n in a.datasets.split(",")]
    lead = {}
    lead_rows = {}
    for d in sets:
        split = d.run(a.bin, ["split", "--jsonl"])
        lead_preds = [s[:k] for s, (_, k, _) in zip(split, d.items)]
        lead_rows[d.name] = d.rows(lead_preds)
        lead[d.name] = d.score(lead_preds, lead_rows[d.name])
        counts = {h: d.halves.count(h) for h in HALVES}
        for h in HALVES:
            m, w = lead[d.name][h]
            print(f"LEAD {d.name:12s} {h:5s} ({counts[h]:4d}) R1 {m[0]:.2f} R2 {m[1]:.2f} RL {m[2]:.2f}  words {w:.1f}")
    names = [g.split("=")[0] for g in a.grid]
    values = [g.split("=", 1)[1].split(",") for g in a.grid]
    best = None
    for combo in itertools.product(*values) if a.grid else [()]:
        spec = ",".join([a.base] * bool(a.base) + [f"{n}={v}" for n, v in zip(names, combo)])
        total = {h: 0.0 for h in HALVES}
        print(spec or "default", flush=True)
        for d in sets:
            preds = d.run(a.bin, ["--jsonl"] + (["--weights", spec] if spec else []))
            rows = d.rows(preds)
            r = d.score(preds, rows)
            cells = []
            for h in HALVES:
                m, w = r[h]
                delta = [x - y for x, y in zip(m, lead[d.name][h][0])]
                total[h] += sum(delta)
                cells.append(f"{h} R1 {m[0]:.2f} Δ {delta[0]:+.2f} {delta[1]:+.2f} {delta[2]:+.2f} w {w:.1f}")
            print(f"   {d.name:12s} " + " | ".join(cells), flush=True)
            if d.name == "multilingual":
                for lang, count, m, mt, mc in d.languages_below(rows, lead_rows[d.name]):
                    print(f"      {lang} ({count} articles) R-1 {m:+.2f} under LEAD-k (tune {mt:+.2f}, check {mc:+.2f})")
        print(f"   sum of margins: tune {total['tune']:+.2f}  check {total['check']:+.2f}", flush=True)
        if best is None or total["tune"] > best[1]["tune"]:
            best = (spec, total)
    print(f"best on tune: {best[0] or 'default'}  (tune {best[1]['tune']:+.2f}, check {best[1]['check']:+.2f})")


if __name__ == "__main__":
    main()
