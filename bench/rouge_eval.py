#!/usr/bin/env python3
"""ROUGE evaluation of abridge against LEAD-k (and optionally sumy / summa peers).

Normally run through bench/rouge.sh, which sets up bench/.venv and builds the CLI.

  rouge_eval.py --bin target/release/abridge --data DIR --dataset cnndm|bbc|xsum|multilingual|all
                [--peers] [--out bench/out]

Metrics: Google's rouge-score, ROUGE-1 / ROUGE-2 / ROUGE-Lsum F1, mean over articles x100.
ROUGE-Lsum is computed with one sentence a line on both sides. English datasets use the
default rouge-score tokenizer with Porter stemming; the multilingual set uses a Unicode
tokenizer (below) without stemming.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import time
import warnings

import regex

from rouge_score import rouge_scorer

ROUGE_TYPES = ["rouge1", "rouge2", "rougeLsum"]
DATASETS = ["cnndm", "bbc", "xsum", "multilingual"]
MINUS = "\u2212"

PROTOCOLS = {
    "cnndm": "3 sentences per article vs LEAD-3; rouge-score, Porter stemming, Lsum one sentence a line",
    "bbc": "k = number of reference sentences (len(summary_sentences)) vs LEAD-k; records with "
           "duplicate_of skipped; rouge-score, Porter stemming",
    "xsum": "1 sentence per article vs LEAD-1; rouge-score, Porter stemming",
    "multilingual": "k = number of reference sentences (naive split, usually 1) vs LEAD-k; language "
                    "passed to the CLI; Unicode tokenizer (\\w+ words incl. combining marks, CJK/kana/"
                    "Thai/Lao/Khmer/Myanmar one token per character), lowercase, no stemming; "
                    "average = mean over languages",
}


# --------------------------------------------------------------------------------------------
# Tokenization and naive sentence splitting
# --------------------------------------------------------------------------------------------

# Scripts written without spaces between words: every character is its own token.
_CHAR_SCRIPTS = (
    "\u2e80-\u2fdf"      # CJK radicals, Kangxi
    "\u3005-\u3007"      # 々 〆 〇
    "\u3040-\u309f"      # Hiragana
    "\u30a0-\u30ff"      # Katakana
    "\u31f0-\u31ff"      # Katakana phonetic extensions
    "\u3400-\u4dbf"      # CJK extension A
    "\u4e00-\u9fff"      # CJK unified ideographs
    "\uf900-\ufaff"      # CJK compatibility ideographs
    "\uff66-\uff9f"      # half-width Katakana
    "\U00020000-\U0003134f"  # CJK extensions B..G
    "\u0e00-\u0e7f"      # Thai
    "\u0e80-\u0eff"      # Lao
    "\u1780-\u17ff"      # Khmer
    "\u19e0-\u19ff"      # Khmer symbols
    "\u1000-\u109f"      # Myanmar
    "\ua9e0-\ua9ff"      # Myanmar extended-B
    "\uaa60-\uaa7f"      # Myanmar extended-A
)


class UnicodeTokenizer:
    """Language-neutral tokenizer for rouge-score (it calls .tokenize(text)).

    A word is a run of letters, digits, "_" and combining marks (Mn/Mc/Me, so that Devanagari,
    Bengali, Tamil, ... words are not cut at every vowel sign), outside the scripts above;
    each character of those scripts is a token of its own. The classes are the `regex`
    module's Unicode properties (rouge-score already depends on `regex` through nltk).
    """

    _re = regex.compile(
        rf"[{_CHAR_SCRIPTS}]|(?:[[\p{{L}}\p{{N}}_]--[{_CHAR_SCRIPTS}]]|\p{{M}})+", regex.V1
    )

    def tokenize(self, text):
        return self._re.findall(text.lower())


_SENT_END = re.compile(
    # Latin-style terminators need whitespace after them; terminators of other scripts
    # (CJK, Devanagari danda, Arabic, Urdu, Ethiopic, Myanmar) split directly.
    r"[.!?\u2026][\"'\u201d\u2019\u00bb)\]]*\s+"
    r"|[\u3002\uff01\uff1f\u0964\u0965\u061f\u06d4\u1362\u104b][\"'\u201d\u2019\u300d\u300f)\uff09]*\s*"
)


def naive_sentences(text):
    """Split a reference summary into sentences (only used when summary_sentences is absent)."""
    text = (text or "").strip()
    parts, last = [], 0
    for m in _SENT_END.finditer(text):
        end = m.end()
        # No split before a lower-case letter ("15. final", "z. B. die", "etc. and").
        if end < len(text) and text[end].islower():
            continue
        # No split after an initial or an initialism ("George H.W. Bush", "V. S. Naipaul").
        if text[m.start()] == ".":
            words = text[last:m.start()].split()
            word = words[-1].lstrip("(\"'\u201c\u2018") if words else ""
            if (len(word) == 1 and word.isalpha()) or "." in word:
                continue
        parts.append(text[last:end].strip())
        last = end
    parts.append(text[last:].strip())
    # Fragments without any letter or digit (a stray quote, an ellipsis) join the previous one.
    merged = []
    for p in parts:
        if not p:
            continue
        if merged and not re.search(r"[^\W_]", p):
            merged[-1] = merged[-1] + " " + p
        else:
            merged.append(p)
    return merged


def reference_sentences(rec):
    ss = rec.get("summary_sentences")
    if ss:
        return [s.strip() for s in ss if s and s.strip()]
    return naive_sentences(rec.get("summary", ""))


# --------------------------------------------------------------------------------------------
# Running the CLI
# --------------------------------------------------------------------------------------------

def cli_records(dataset, items):
    """The `--jsonl` input for prepared items: id, text, the sentence budget, title and language."""
    lines = []
    for r, k, _ in items:
        line = {"id": r["id"], "text": r["text"], "sentences": k}
        if r.get("title"):
            line["title"] = r["title"]
        if dataset == "multilingual" and r.get("language"):
            line["language"] = r["language"]
        lines.append(line)
    return lines


def run_cli(binary, args, records):
    payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    proc = subprocess.run([binary] + args, input=payload.encode("utf-8"),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode != 0:
        sys.exit(f"error: `{binary} {' '.join(args)}` exited {proc.returncode}:\n"
                 f"{proc.stderr.decode('utf-8', 'replace')[-2000:]}")
    out = {}
    for line in proc.stdout.decode("utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            out[obj["id"]] = [s for s in obj.get("sentences", []) if isinstance(s, str)]
    missing = [r["id"] for r in records if r["id"] not in out]
    if missing:
        sys.exit(f"error: `{binary} {' '.join(args)}` gave no output for {len(missing)} ids "
                 f"(first: {missing[0]})")
    return out


# --------------------------------------------------------------------------------------------
# Peers (sumy, summa) -- optional
# --------------------------------------------------------------------------------------------

_PUNKT = None


def punkt_available():
    """True if nltk's punkt models are present (trying a download once)."""
    global _PUNKT
    if _PUNKT is not None:
        return _PUNKT
    try:
        import nltk
    except ImportError:
        _PUNKT = False
        return _PUNKT

    def works():
        try:
            from sumy.nlp.tokenizers import Tokenizer
            t = Tokenizer("english")
            return len(t.to_sentences("This is one. This is two.")) == 2 and bool(t.to_words("a b"))
        except Exception:
            return False

    if not works():
        # nltk.download prints to stdout and may hang without network: run it in a child
        # with a time limit.
        code = "import nltk; [nltk.download(p, quiet=True, raise_on_error=False) for p in ('punkt', 'punkt_tab')]"
        try:
            subprocess.run([sys.executable, "-c", code], timeout=60,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except Exception:
            pass
    _PUNKT = works()
    return _PUNKT


class BasicTokenizer:
    """\w+ words, lowercase: enough for English text."""

    _re = re.compile(r"[^\W_]+")

    def tokenize(self, text):
        return self._re.findall(text.lower())


class SimpleWordTokenizer:
    """Stand-in for sumy's Tokenizer when punkt is not available: Unicode words, lowercase."""

    def __init__(self, unicode_tokenizer):
        self._t = unicode_tokenizer

    def to_words(self, sentence):
        return tuple(self._t.tokenize(sentence))

    def to_sentences(self, paragraph):  # not used on the pre-split path
        return tuple(naive_sentences(paragraph))


class Peers:
    SUMY = ["LexRank", "TextRank", "Luhn", "LSA", "Edmundson"]

    def __init__(self, english, utok):
        self.english = english
        self.utok = utok if utok is not None else BasicTokenizer()
        self.errors = {}      # system -> message
        self.available = []   # systems that could be set up
        self.notes = []
        self.sumy_mode = None
        try:
            from sumy.summarizers.lex_rank import LexRankSummarizer
            from sumy.summarizers.text_rank import TextRankSummarizer
            from sumy.summarizers.luhn import LuhnSummarizer
            from sumy.summarizers.lsa import LsaSummarizer
            from sumy.summarizers.edmundson import EdmundsonSummarizer
            from sumy.nlp.stemmers import Stemmer, null_stemmer
            from sumy.utils import get_stop_words
            self._sumy_classes = {
                "LexRank": LexRankSummarizer, "TextRank": TextRankSummarizer,
                "Luhn": LuhnSummarizer, "LSA": LsaSummarizer, "Edmundson": EdmundsonSummarizer,
            }
            if english:
                self._stemmer = Stemmer("english")
                self._stop = frozenset(get_stop_words("english"))
            else:
                self._stemmer = null_stemmer
                self._stop = frozenset()
            if english and punkt_available():
                from sumy.nlp.tokenizers import Tokenizer
                self.sumy_mode = "punkt"
                self._sumy_tok = Tokenizer("english")
                self.notes.append("sumy: nltk punkt available; sumy parses the raw article text "
                                  "itself (PlaintextParser), so its sentences can differ from abridge's")
            else:
                self.sumy_mode = "split"
                self._sumy_tok = SimpleWordTokenizer(self.utok)
                why = "nltk punkt data could not be downloaded (offline)" if english else \
                    "non-English text"
                self.notes.append(f"sumy: {why}; sumy is fed the sentences of `abridge split --jsonl` "
                                  "as an ObjectDocumentModel with a simple \\w+ word tokenizer"
                                  + ("" if english else ", no stemmer, no stop words"))
            self.available += [f"sumy {n}" for n in self.SUMY]
        except Exception as e:  # pragma: no cover - reported in the table
            for n in self.SUMY:
                self.errors[f"sumy {n}"] = f"sumy unavailable: {e!r}"
        try:
            from summa import summarizer as summa_summarizer  # noqa: F401
            from summa.preprocessing import textcleaner  # noqa: F401
            self.available.append("summa TextRank")
            self.notes.append("summa: fed the same `abridge split` sentences, "
                              + ("summa's own English cleaning (stop words, Snowball stemming)"
                                 if english else "Unicode tokens, no stemming or stop words")
                              + "; sentences ranked by its PageRank scores, top k in document order")
        except Exception as e:
            self.errors["summa TextRank"] = f"summa unavailable: {e!r}"

    # ---- sumy ----
    def _sumy_summarizer(self, name, title_words):
        cls = self._sumy_classes[name]
        s = cls(self._stemmer)
        if name == "Edmundson":
            # As sumy's own CLI does it: null words = stop words, bonus words = heading (title)
            # words or sumy's default list, stigma words = sumy's default list.
            from sumy.parsers.parser import DocumentParser
            s.null_words = self._stop or frozenset(["the"])
            bonus = [w for w in title_words if w not in self._stop]
            s.bonus_words = bonus or DocumentParser.SIGNIFICANT_WORDS
            s.stigma_words = DocumentParser.STIGMA_WORDS
        else:
            s.stop_words = self._stop
        return s

    def _sumy_document(self, rec, sentences):
        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
        if self.sumy_mode == "punkt":
            from sumy.parsers.plaintext import PlaintextParser
            text = rec["text"]
            if rec.get("title"):
                text = rec["title"].strip() + "\n\n" + text
            return PlaintextParser.from_string(text, self._sumy_tok).document
        items = []
        if rec.get("title"):
            items.append(Sentence(rec["title"], self._sumy_tok, is_heading=True))
        items += [Sentence(s, self._sumy_tok) for s in sentences]
        return ObjectDocumentModel([Paragraph(items)])

    def sumy(self, name, rec, sentences, k):
        """The k best sentences in document order; with k=None, every sentence best first."""
        doc = self._sumy_document(rec, sentences)
        # Raw lower-case title words: sumy's bonus_words setter stems them itself.
        title_words = [w.lower() for w in self._sumy_tok.to_words(rec.get("title") or "")]
        s = self._sumy_summarizer(name, title_words)
        if k is not None:
            return [str(x) for x in s(doc, k)]
        # sumy accepts a callable count: it is given the sentences sorted by rating (the last
        # call is the final ranking; Edmundson rates by several methods first).
        ranked = []

        def every_sentence(infos):
            ranked[:] = [str(i.sentence) for i in infos]
            return infos
        s(doc, every_sentence)
        return ranked

    # ---- summa ----
    def summa(self, rec, sentences, k):
        """The k best sentences in document order; with k=None, every sentence best first."""
        from summa import summarizer as sm
        from summa.preprocessing import textcleaner
        from summa.commons import build_graph, remove_unreachable_nodes
        from summa.pagerank_weighted import pagerank_weighted_scipy
        if self.english:
            textcleaner.init_textcleanner("english", None)
            filtered = textcleaner.filter_words(list(sentences))
        else:
            filtered = [" ".join(self.utok.tokenize(s)) for s in sentences]
        units = textcleaner.merge_syntactic_units(list(sentences), filtered)
        if not units:
            return []
        graph = build_graph([u.token for u in units])
        sm._set_graph_edge_weights(graph)
        remove_unreachable_nodes(graph)
        if len(graph.nodes()) == 0:
            return []
        scores = pagerank_weighted_scipy(graph)
        sm._add_scores_to_sentences(units, scores)
        ranked = sorted(units, key=lambda u: u.score, reverse=True)
        if k is None:  # every sentence, best first
            return [u.text for u in ranked]
        ranked = ranked[:k]
        ranked.sort(key=lambda u: u.index)
        return [u.text for u in ranked]

    def run(self, system, rec, sentences, k):
        if system == "summa TextRank":
            return self.summa(rec, sentences, k)
        return self.sumy(system.split(" ", 1)[1], rec, sentences, k)


# --------------------------------------------------------------------------------------------
# Evaluation
# --------------------------------------------------------------------------------------------

def load(data_dir, dataset):
    path = os.path.join(data_dir, f"{dataset}-dev.jsonl")
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def prepare(dataset, records):
    """-> list of (record, k, reference sentences), skipped count."""
    items, skipped = [], 0
    for r in records:
        if dataset == "bbc" and r.get("duplicate_of") is not None:
            skipped += 1
            continue
        ref = reference_sentences(r)
        if not ref:
            skipped += 1
            continue
        if dataset == "cnndm":
            k = 3
        elif dataset == "xsum":
            k = 1
        else:  # bbc, multilingual: as many as the reference has
            k = max(1, len(ref))
        items.append((r, k, ref))
    return items, skipped


_SCORER = None


def _score_chunk(pairs):
    out = []
    for ref, pred in pairs:
        s = _SCORER.score("\n".join(ref), "\n".join(pred))
        out.append([100.0 * s[t].fmeasure for t in ROUGE_TYPES])
    return out


def score_all(scorer, refs, preds, jobs):
    """Per-article F1 x100 triples (in a process pool for large sets)."""
    global _SCORER
    _SCORER = scorer
    pairs = list(zip(refs, preds))
    if jobs <= 1 or len(pairs) < 200:
        return _score_chunk(pairs)
    import multiprocessing
    size = max(1, len(pairs) // (jobs * 8))
    chunks = [pairs[i:i + size] for i in range(0, len(pairs), size)]
    # fork: the workers inherit _SCORER (and its tokenizer) without pickling.
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        return [row for part in pool.map(_score_chunk, chunks) for row in part]


def mean(rows):
    if not rows:
        return [float("nan")] * 3
    return [sum(r[i] for r in rows) / len(rows) for i in range(3)]


def fmt_table(title_lines, rows, notes=()):
    """rows: (name, r1, r2, rl, n) or None for a separator."""
    w = max([len("system")] + [len(r[0]) for r in rows if r])
    head = f"{'system':<{w}} | {'R-1':>6} | {'R-2':>6} | {'R-Lsum':>6} | {'words':>5} | {'n':>5}"
    sep = "-" * len(head)
    lines = list(title_lines) + [head, sep]
    for r in rows:
        if r is None:
            lines.append(sep)
            continue
        name, a, b, c, words, n = r
        if isinstance(a, str):  # failed system
            lines.append(f"{name:<{w}} | {a}")
            continue
        sign = lambda v: f"{v:+6.2f}" if name.startswith("abridge " + MINUS) else f"{v:6.2f}"
        wd = f"{words:+5.1f}" if name.startswith("abridge " + MINUS) else f"{words:5.1f}"
        lines.append(f"{name:<{w}} | {sign(a)} | {sign(b)} | {sign(c)} | {wd} | {n:>5}")
    lines += [f"  note: {x}" for x in notes]
    return "\n".join(lines)


def count_words(sentences):
    """Words of a summary: runs of non-space characters (the budget's unit for every system)."""
    return len(" ".join(sentences).split())


def fill_budget(ranked, budget, order):
    """Sentences taken best first while they fit in `budget` words (one that does not fit is
    skipped, as abridge's maxWords does), in document order (`order`: sentence -> index)."""
    chosen, used = [], 0
    for rank, sentence in enumerate(ranked):
        w = count_words([sentence])
        if used + w <= budget:
            chosen.append((order.get(sentence, rank), sentence))
            used += w
    return [x for _, x in sorted(chosen)]


def equal_budget(dataset, args, items, split, peers, scorer):
    """Every system given the reference's length in words (maxWords for abridge; the same rule
    over LEAD's order and each peer's full ranking): a gain is not just longer sentences."""
    budgets = [max(1, count_words(ref)) for _, _, ref in items]
    cli_in = []
    for (r, _, _), b in zip(items, budgets):
        line = {"id": r["id"], "text": r["text"], "maxWords": b}
        if r.get("title"):
            line["title"] = r["title"]
        cli_in.append(line)
    out = run_cli(args.bin, ["--jsonl"], cli_in)
    systems = {"abridge": [out[r["id"]] for r, _, _ in items]}
    orders = [{x: i for i, x in reversed(list(enumerate(split[r["id"]])))} for r, _, _ in items]
    lead_name = "LEAD"  # the article's sentences in order, as many as fit
    systems[lead_name] = [fill_budget(split[r["id"]], b, o) for (r, _, _), b, o in zip(items, budgets, orders)]
    for name in (peers.available if peers else []):
        try:
            systems[name] = [fill_budget(peers.run(name, r, split[r["id"]], None), b, o)
                             for (r, _, _), b, o in zip(items, budgets, orders)]
        except Exception as e:
            print(f"  [{dataset}] equal budget: {name} failed: {e!r}", file=sys.stderr)
    refs = [ref for _, _, ref in items]
    rows, result = [], {}
    for name, preds in systems.items():
        m = mean(score_all(scorer, refs, preds, args.jobs))
        w = sum(map(count_words, preds)) / len(preds)
        rows.append((name, *m, w, len(items)))
        result[name] = dict(zip(["rouge1", "rouge2", "rougeLsum", "words"], [*m, w]))
    lead = result[lead_name]
    rows.insert(2, (f"abridge {MINUS} {lead_name}", *[result["abridge"][k] - lead[k] for k in
                                                      ("rouge1", "rouge2", "rougeLsum", "words")], len(items)))
    rows.insert(3, None)
    title = [f"   equal word budget: every system gets the reference's length in words "
             f"(mean {sum(budgets) / len(budgets):.1f})"]
    return fmt_table(title, rows), result


def evaluate(dataset, args, utok):
    t0 = time.time()
    records = load(args.data, dataset)
    items, skipped = prepare(dataset, records)
    english = dataset != "multilingual"
    scorer = (rouge_scorer.RougeScorer(ROUGE_TYPES, use_stemmer=True) if english
              else rouge_scorer.RougeScorer(ROUGE_TYPES, use_stemmer=False, tokenizer=utok))

    cli_in = cli_records(dataset, items)
    default_k = {"cnndm": 3, "xsum": 1}.get(dataset, 1)
    chosen = run_cli(args.bin, ["--jsonl", "--sentences", str(default_k)], cli_in)
    split = run_cli(args.bin, ["split", "--jsonl"], cli_in)
    t_cli = time.time() - t0

    refs = [ref for _, _, ref in items]
    ids = [r["id"] for r, _, _ in items]
    systems = {}  # name -> list of predictions
    systems["abridge"] = [chosen[i] for i in ids]
    lead_name = {"cnndm": "LEAD-3", "xsum": "LEAD-1"}.get(dataset, "LEAD-k")
    systems[lead_name] = [split[r["id"]][:k] for r, k, _ in items]

    notes, failed = [], {}
    if args.peers:
        peers = Peers(english, utok)
        notes += peers.notes
        failed.update(peers.errors)
        for name in peers.available:
            preds, err, tp = [], None, time.time()
            for r, k, _ in items:
                try:
                    preds.append(peers.run(name, r, split[r["id"]], k))
                except Exception as e:
                    err = f"{type(e).__name__}: {e}"
                    break
            if err:
                failed[name] = err
            else:
                systems[name] = preds
                print(f"  [{dataset}] {name}: {time.time() - tp:.1f}s", file=sys.stderr)

    scores = {name: score_all(scorer, refs, preds, args.jobs) for name, preds in systems.items()}
    langs = [r.get("language") for r, _, _ in items]

    def aggregate(rows):
        if dataset != "multilingual":
            return mean(rows)
        by = {}
        for lang, row in zip(langs, rows):
            by.setdefault(lang, []).append(row)
        return mean([mean(v) for v in by.values()])

    means = {name: aggregate(rows) for name, rows in scores.items()}
    n = len(items)
    diff = [a - b for a, b in zip(means["abridge"], means[lead_name])]

    ks = [k for _, k, _ in items]
    k_desc = (f"k={ks[0]}" if len(set(ks)) == 1 else
              f"k per article: mean {sum(ks) / len(ks):.2f}, min {min(ks)}, max {max(ks)}")
    title = [f"== {dataset}: {n} articles"
             + (f" ({skipped} skipped)" if skipped else "")
             + f" from {os.path.join(args.data, dataset + '-dev.jsonl')}",
             f"   protocol: {PROTOCOLS[dataset]}; {k_desc}"]
    if dataset == "multilingual":
        title.append(f"   scores are the mean over {len(set(langs))} languages "
                     f"(micro mean over articles in the JSON)")
    words = {name: sum(map(count_words, preds)) / max(1, len(preds)) for name, preds in systems.items()}
    rows = [("abridge", *means["abridge"], words["abridge"], n), (lead_name, *means[lead_name], words[lead_name], n),
            (f"abridge {MINUS} {lead_name}", *diff, words["abridge"] - words[lead_name], n)]
    peer_names = [s for s in systems if s not in ("abridge", lead_name)]
    if peer_names or failed:
        rows.append(None)
        for s in peer_names:
            rows.append((s, *means[s], words[s], n))
        for s, msg in failed.items():
            rows.append((s, f"FAILED: {msg}", "", "", "", ""))
    table = fmt_table(title, rows, notes)

    budget = None
    if english:
        budget_table, budget = equal_budget(dataset, args, items, split, peers if args.peers else None, scorer)
        table = table + "\n" + budget_table

    per_lang = None
    if dataset == "multilingual":
        per_lang = {}
        for lang in sorted(set(langs)):
            idx = [i for i, l in enumerate(langs) if l == lang]
            per_lang[lang] = {name: {"n": len(idx), **dict(zip(["rouge1", "rouge2", "rougeLsum"],
                                                               mean([rows_[i] for i in idx])))}
                              for name, rows_ in scores.items()}
        w = max(len(l) for l in per_lang)
        lines = [f"   per language (abridge | {lead_name} | abridge {MINUS} {lead_name}), R-1 / R-2 / R-Lsum:",
                 f"{'lang':<{w}} | {'n':>3} | {'abridge':^22} | {lead_name:^22} | {'diff':^24}"]
        for lang, d in per_lang.items():
            a, l = d["abridge"], d[lead_name]
            f3 = lambda x: f"{x['rouge1']:6.2f} {x['rouge2']:6.2f} {x['rougeLsum']:6.2f}"
            dd = f"{a['rouge1'] - l['rouge1']:+7.2f} {a['rouge2'] - l['rouge2']:+7.2f} " \
                 f"{a['rougeLsum'] - l['rougeLsum']:+7.2f}"
            lines.append(f"{lang:<{w}} | {a['n']:>3} | {f3(a)} | {f3(l)} | {dd}")
        table = table + "\n" + "\n".join(lines)

    result = {
        "dataset": dataset,
        "data": os.path.abspath(os.path.join(args.data, f"{dataset}-dev.jsonl")),
        "protocol": PROTOCOLS[dataset],
        "articles": n,
        "skipped": skipped,
        "lead": lead_name,
        "aggregate": "mean over languages" if dataset == "multilingual" else "mean over articles",
        "systems": {name: dict(zip(["rouge1", "rouge2", "rougeLsum", "words"], [*m, words[name]]))
                    for name, m in means.items()},
        "abridge_minus_lead": dict(zip(["rouge1", "rouge2", "rougeLsum"], diff)),
        "equal_word_budget": budget,
        "failed": failed,
        "notes": notes,
        "per_article": {
            "ids": ids, "k": ks,
            "scores": {name: [[round(x, 3) for x in row] for row in rows_] for name, rows_ in scores.items()},
        },
    }
    if dataset == "multilingual":
        result["micro_mean_over_articles"] = {
            name: dict(zip(["rouge1", "rouge2", "rougeLsum"], mean(rows_))) for name, rows_ in scores.items()}
        result["per_language"] = per_lang
    os.makedirs(args.out, exist_ok=True)
    out_path = os.path.join(args.out, f"rouge-{dataset}.json")
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=1)
    took = time.time() - t0
    table += f"\n   ({took:.1f}s, CLI {t_cli:.1f}s; JSON: {out_path})"
    return table


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--bin", required=True, help="path to the abridge CLI")
    p.add_argument("--data", required=True, help="directory with <dataset>-dev.jsonl")
    p.add_argument("--dataset", default="all", choices=DATASETS + ["all"])
    p.add_argument("--peers", action="store_true", help="also score sumy and summa")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes for ROUGE scoring")
    p.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "out"))
    args = p.parse_args()
    # sumy's LexRank power iteration divides by a zero norm on degenerate documents.
    warnings.filterwarnings("ignore", category=RuntimeWarning, module=r"sumy\.")
    utok = UnicodeTokenizer() if args.dataset in ('multilingual', 'all') else None
    for ds in (DATASETS if args.dataset == "all" else [args.dataset]):
        print(evaluate(ds, args, utok), flush=True)
        print(flush=True)


if __name__ == "__main__":
    main()
