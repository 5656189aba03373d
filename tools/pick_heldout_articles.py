#!/usr/bin/env python3
"""Pick the held-out quotation articles from the shared ANT corpus, deterministically.

Stratified: 3 articles from each of the five outlets (BB-, CN-, FR-, SK-, AL- ids), from
the political categories (middleEast, internationalNews), 1,500-6,000 characters, with at
least two reporting expressions (قال، أكد، أعلن، أضاف، بحسب … with their proclitics), and
not among the development gold articles (eval/gold/articles.tsv, by id and by identical
text). Chosen by a seeded shuffle. Writes eval/heldout/articles.tsv (id, source, category,
date, chars, cues). The texts stay in ../shared; scorers read them from there.

Usage: tools/pick_heldout_articles.py   (stdlib only; same output on every run)
       tools/pick_heldout_articles.py --seed 20261130 --per-source 4 --max-chars 4000 \
           --out eval/dev2/articles.tsv --exclude eval/heldout/articles.tsv
  --exclude TSV   also leave out the articles of TSV (by id and text); eval/gold is always left out
"""
import argparse, gzip, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
CORPUS = os.path.join(ROOT, "..", "shared", "corpora", "ant-v2.1.jsonl.gz")
GOLD = os.path.join(ROOT, "eval", "gold", "articles.tsv")
OUT = os.path.join(ROOT, "eval", "heldout", "articles.tsv")
SEED = 20270301
PER_SOURCE = 3
PREFIXES = ("BB", "CN", "FR", "SK", "AL")
CATEGORIES = ("middleEast", "internationalNews")
MIN_CHARS, MAX_CHARS = 1500, 6000
MIN_CUES = 2

# A reporting verb or frame as a whole word, with an optional و/ف proclitic.
CUE = re.compile(
    r"(?<![\w\u0600-\u06ff])[وف]?(?:"
    r"قال|قالت|يقول|تقول|أكد|أكدت|يؤكد|تؤكد|أعلن|أعلنت|أضاف|أضافت|أوضح|أوضحت|أشار|أشارت|"
    r"ذكر|ذكرت|صرح|صرحت|تابع|تابعت|نفى|نفت|بحسب|حسب|حسبما|وفقا|وفقًا|وفق|نقلا|قائلا|قائلة"
    r")(?![\w\u0600-\u06ff])"
)


def short_id(full):
    return full.rsplit(":", 1)[-1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--per-source", type=int, default=PER_SOURCE)
    ap.add_argument("--max-chars", type=int, default=MAX_CHARS)
    ap.add_argument("--out", default=OUT)
    ap.add_argument("--exclude", action="append", default=[])
    args = ap.parse_args()
    gold_ids = set()
    for tsv in [GOLD] + args.exclude:
        with open(tsv, encoding="utf-8") as f:
            next(f)
            for line in f:
                if line.strip():
                    gold_ids.add(line.split("\t", 1)[0])
    pools = {p: [] for p in PREFIXES}
    gold_texts = set()
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["id"] in gold_ids:
                gold_texts.add(d["text"].strip())
                continue
            if d["category"] not in CATEGORIES:
                continue
            prefix = short_id(d["id"])[:2]
            if prefix not in pools:
                continue
            n = len(d["text"])
            if not MIN_CHARS <= n <= args.max_chars:
                continue
            cues = len(CUE.findall(d["text"]))
            if cues < MIN_CUES:
                continue
            pools[prefix].append((d["id"], d["source"], d["category"], d["date"], n, cues, d["text"].strip()))
    rng = random.Random(args.seed)
    out = []
    for prefix in PREFIXES:
        items = sorted(pools[prefix])
        rng.shuffle(items)
        picked, seen = [], set()
        for it in items:
            if it[6] in gold_texts or it[6] in seen:
                continue  # same text as a dev article, or a duplicate of one already picked
            seen.add(it[6])
            picked.append(it[:6])
            if len(picked) == args.per_source:
                break
        if len(picked) < args.per_source:
            raise SystemExit(f"only {len(picked)} candidates for {prefix}")
        out.extend(picked)
    out_path = args.out
    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    with open(out_path, "w", encoding="utf-8") as w:
        w.write("id\tsource\tcategory\tdate\tchars\tcues\n")
        for row in out:
            w.write("\t".join(map(str, row)) + "\n")
    print(f"{len(out)} articles -> {out_path}", file=sys.stderr)


if __name__ == "__main__":
    main()
