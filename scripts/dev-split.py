#!/usr/bin/env python3
"""Splits `chronicle eval --corpus DIR --json` into the documents kept unread while the
rules and the model were written (Benchmarks/dev-heldout.txt), the rest, and the first
14 documents of the earlier corpus, and prints micro-averaged F1 for each group.

    .build/release/chronicle eval --corpus ../shared/corpus/dev --json | python3 scripts/dev-split.py
"""
import json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
held = set(open(os.path.join(here, "..", "Benchmarks", "dev-heldout.txt")).read().split())
first14 = {"c01", "c03", "c05", "c07", "c09", "c11", "c13", "l01", "l03", "l05", "l07", "l09", "l11", "l13"}
data = json.load(sys.stdin)
categories = ["events", "time_of_day", "chairs", "persons", "measures", "sets", "conveys", "titles"]
groups = {
    "all": lambda n: True,
    "held out (unread)": lambda n: n in held,
    "read (dev)": lambda n: n not in held,
    "the first 14": lambda n: n[:3] in first14,
}
print("%-20s %5s " % ("group", "docs") + " ".join("%11s" % c for c in categories))
for name, member in groups.items():
    docs = [d for d in data["documents"] if member(d["document"])]
    row = []
    for c in categories:
        tp = sum(d["scores"][c]["tp"] for d in docs)
        pr = sum(d["scores"][c]["predicted"] for d in docs)
        go = sum(d["scores"][c]["gold"] for d in docs)
        p = tp / pr if pr else (1.0 if go == 0 else 0.0)
        r = min(tp, go) / go if go else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        row.append("%5.3f(%3d)" % (f, go))
    print("%-20s %5d " % (name, len(docs)) + " ".join("%11s" % x for x in row))
