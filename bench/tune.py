#!/usr/bin/env python3
"""Grid search of abridge's scoring weights against ROUGE on a dev set (tuning aid).

  bench/.venv/bin/python bench/tune.py [--data FILE] [--k 3] 'position=0.5,1,2' 'ideal_words=14,18,22' ...

Each argument is a weight name and the values to try; every combination is run through the CLI's
`--weights` and scored with rouge-score (Porter stemming); the best by R-1 + R-2 + R-Lsum is printed
last. Run bench/rouge.sh once first: it builds the CLI and the virtualenv.
"""
import argparse, itertools, json, subprocess, sys
from rouge_score import rouge_scorer

p = argparse.ArgumentParser()
p.add_argument("--data", default="../shared/data/eval/cnndm-dev.jsonl")
p.add_argument("--bin", default="target/release/abridge")
p.add_argument("--k", type=int, default=3, help="sentences per summary; 0 = as many as the reference")
p.add_argument("--limit", type=int, default=0, help="only the first N articles (quick looks)")
p.add_argument("--base", default="", help="weights every run starts from, name=value,...")
p.add_argument("grid", nargs="*")
a = p.parse_args()

records = [json.loads(l) for l in open(a.data) if l.strip()]
records = [r for r in records if not r.get("duplicate_of")]
if a.limit:
    records = records[: a.limit]
refs = ["\n".join(r.get("summary_sentences") or [r["summary"]]) for r in records]
lines = []
for r in records:
    k = a.k or len(r.get("summary_sentences") or [1])
    lines.append(json.dumps({"id": r["id"], "text": r["text"], "title": r.get("title"), "sentences": k}))
stdin = "\n".join(lines) + "\n"
scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)

def score(outputs):
    tot = [0.0, 0.0, 0.0]
    for ref, sents in zip(refs, outputs):
        s = scorer.score(ref, "\n".join(sents))
        for i, key in enumerate(["rouge1", "rouge2", "rougeLsum"]):
            tot[i] += s[key].fmeasure
    return [100 * t / len(refs) for t in tot]

def run(args):
    out = subprocess.run([a.bin] + args, input=stdin, capture_output=True, text=True, check=True).stdout
    return [json.loads(l)["sentences"] for l in out.splitlines()]

split = run(["split", "--jsonl"])
lead = score([s[: (a.k or len(r.get("summary_sentences") or [1]))] for s, r in zip(split, records)])
words = lambda outs: sum(len(" ".join(s).split()) for s in outs) / len(outs)
print(f"LEAD      R1 {lead[0]:.2f} R2 {lead[1]:.2f} RL {lead[2]:.2f}  ({len(records)} articles)")
names = [g.split("=")[0] for g in a.grid]
values = [g.split("=")[1].split(",") for g in a.grid]
best = None
for combo in itertools.product(*values) if a.grid else [()]:
    spec = ",".join([a.base] * bool(a.base) + [f"{n}={v}" for n, v in zip(names, combo)])
    outs = run(["--jsonl"] + (["--weights", spec] if spec else []))
    r = score(outs)
    print(f"{spec or 'default':60s} R1 {r[0]:.2f} R2 {r[1]:.2f} RL {r[2]:.2f}  Δ {r[0]-lead[0]:+.2f} {r[1]-lead[1]:+.2f} {r[2]-lead[2]:+.2f}  words {words(outs):.0f}", flush=True)
    if best is None or sum(r) > sum(best[1]):
        best = (spec, r)
print("best:", best[0], " ".join(f"{x:.2f}" for x in best[1]))
