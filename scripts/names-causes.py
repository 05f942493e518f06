#!/usr/bin/env python3
"""Where Chronicle's persons and LAC's silver persons disagree, by the stage that decided:
reads the per-item log of `chronicle eval --news FILE --persons-log LOG` and counts each
name found by one side only (distinct names per item, as the eval's `persons` row) by
what the model, the rules alone and the graph said of it.

    xz -dc ../shared/corpus/news/2024.jsonl.xz | .build/release/chronicle eval --news - --persons-log /tmp/p.jsonl
    python3 scripts/names-causes.py /tmp/p.jsonl                      # the counts
    python3 scripts/names-causes.py /tmp/p.jsonl --sample 50 --seed 11 \\
        --news ../shared/corpus/news/2024.jsonl.xz                     # + 50 of each side in context

"Chronicle only" (in the graph, not in LAC's names):
  model also    the model's person spans had the name too (the model and LAC disagree)
  rule          a rule found it, the model did not
  reshaped      the graph's name is no model span and no rule's name (trimmed, split, joined)
"LAC only" (in LAC's names, not in the graph):
  model, dropped   the model had it, the graph did not keep it (by the model's score)
  rule, vetoed     the rules alone found it, the model did not, and the graph dropped it
  neither          neither the model nor the rules found it
"~" marks a name that overlaps a name of the other side (a boundary disagreement).
"""
import argparse, collections, json, lzma, random

ap = argparse.ArgumentParser()
ap.add_argument("log")
ap.add_argument("--sample", type=int, default=0)
ap.add_argument("--seed", type=int, default=11)
ap.add_argument("--news")
a = ap.parse_args()

counts = collections.Counter()
only = {"chronicle": [], "lac": []}
for line in open(a.log):
    d = json.loads(line)
    silver = set(n for n, _ in d["silver"])
    model = {}
    for n, _, score in d["model"]:
        model[n] = max(model.get(n, 0), score)
    graph = {n: rule for n, rule, _ in d["graph"]}
    rules = set(n for n, _ in d["rules"])
    for n in set(graph) - silver:
        if n in model: k = "Chronicle only: model also"
        elif graph[n] != "person:model" and n in rules: k = "Chronicle only: rule"
        else: k = "Chronicle only: reshaped"
        if any(n != s and (n in s or s in n) for s in silver): k += " ~"
        counts[k] += 1
        only["chronicle"].append((d["id"], n, graph[n] + (" model %.2f" % model[n] if n in model else "")))
    for n in silver - set(graph):
        if n in model:
            s = model[n]
            k = "LAC only: model, dropped (score %s)" % ("< 0.7" if s < 0.7 else "< 0.97" if s < 0.97 else ">= 0.97")
        elif n in rules: k = "LAC only: rule, vetoed"
        else: k = "LAC only: neither"
        if any(n != g and (n in g or g in n) for g in graph): k += " ~"
        counts[k] += 1
        only["lac"].append((d["id"], n, ("model %.2f" % model[n]) if n in model else ("rules" if n in rules else "-")))
for k, v in sorted(counts.items()):
    print("%6d  %s" % (v, k))
if a.sample and a.news:
    texts = {}
    with lzma.open(a.news, "rt") as f:
        for line in f:
            d = json.loads(line)
            texts[d["id"]] = d["text"]
    rng = random.Random(a.seed)
    for side in ("chronicle", "lac"):
        print("\n%s only, %d of %d:" % ("Chronicle" if side == "chronicle" else "LAC", min(a.sample, len(only[side])), len(only[side])))
        for i, (id_, n, note) in enumerate(rng.sample(only[side], min(a.sample, len(only[side])))):
            t = texts[id_]
            k = t.find(n)
            ctx = t[max(0, k - 14):k] + "【" + n + "】" + t[k + len(n):k + len(n) + 10]
            print("%3d %s %s  (%s)  %s" % (i + 1, id_, n, note, ctx.replace("\n", "⏎")))
