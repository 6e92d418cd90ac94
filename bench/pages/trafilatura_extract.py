#!/usr/bin/env python3
"""trafilatura on the pages of trafilatura's evaluation set (pages-trafilatura/), the benchmark's
setting: `extract(html, include_comments=False)`. Prints `{key: text}` as JSON on stdout (an empty
string when it extracts nothing or fails). Run by bench/pages/snippets.mjs with bench/.venv's python
(`bench/.venv/bin/pip install trafilatura lxml_html_clean`).

  bench/.venv/bin/python bench/pages/trafilatura_extract.py DIR
"""
import gzip
import json
import os
import sys

import trafilatura

d = sys.argv[1]
evaldata = json.load(open(os.path.join(d, "evaldata.json"), encoding="utf-8"))
out = {"__version__": trafilatura.__version__}
for key, item in evaldata.items():
    raw = gzip.open(os.path.join(d, "pages", item["file"] + ".gz")).read()
    try:
        text = trafilatura.extract(raw, include_comments=False) or ""
    except Exception:  # noqa: BLE001  (a page it cannot read: no output)
        text = ""
    out[key] = text
json.dump(out, sys.stdout, ensure_ascii=False)
