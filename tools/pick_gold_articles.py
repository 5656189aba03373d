#!/usr/bin/env python3
"""Pick the development gold articles from the shared ANT corpus, deterministically.

Stratified: 8 articles from each of the five outlets, from the political categories
(middleEast, internationalNews), 1,200-4,000 characters, chosen by a seeded shuffle.
Writes eval/gold/articles.tsv (id, source, category, date, chars). The texts themselves
stay in ../shared; scorers read them from there.
"""
import gzip, json, random, sys, os

CORPUS = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpora", "ant-v2.1.jsonl.gz")
PER_SOURCE = 8
rng = random.Random(20261129)
by_source = {}
with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
    for line in f:
        d = json.loads(line)
        if d["category"] not in ("middleEast", "internationalNews"):
            continue
        n = len(d["text"])
        if 1200 <= n <= 4000:
            by_source.setdefault(d["source"], []).append((d["id"], d["source"], d["category"], d["date"], n))
out = []
for src in sorted(by_source):
    items = sorted(by_source[src])
    rng.shuffle(items)
    out.extend(items[:PER_SOURCE])
w = open(os.path.join(os.path.dirname(__file__), "..", "eval", "gold", "articles.tsv"), "w", encoding="utf-8")
w.write("id\tsource\tcategory\tdate\tchars\n")
for row in out:
    w.write("\t".join(map(str, row)) + "\n")
print(len(out), "articles", file=sys.stderr)
