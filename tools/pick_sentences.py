#!/usr/bin/env python3
"""Pick the sentence-level event sets (eval/sent/, eval/sent-check/), deterministically.

A sentence-level event benchmark feeds a system one sentence at a time. These sets do the
same with sentences of the shared ANT corpus: each gold file carries `"sentence": [start,
end]`, code-point offsets into the article's `text`, and only that sentence is analysed.

- Articles: categories middleEast and internationalNews, excluding every article id
  listed in any eval/*/articles.tsv (no overlap with the other sets).
- Sentences: the text split at . ! ? ؟ and line breaks (a full stop between two digits,
  `3.5`, does not split); surrounding blanks trimmed, the closing mark kept; kept when 6-60
  words (blank-separated); at most one sentence per article in the whole sample.
- 160 sentences drawn uniformly at random among all kept sentences;
- then 100 for the six rare PLOVER type groups (17, 17, 17, 17, 16, 16 in the order below) (AID, MOBILIZE, SANCTION, CONCEDE, COOPERATE,
  RETREAT), drawn at random among the sentences containing one of the group's words (the
  brief's lists, a few words added from the PLOVER definitions in
  ../shared/reference/plover/; none from marsad's dictionaries/).
- The 260 shuffled with a fixed seed: the first 150 go to eval/sent/ (study set), the
  rest to eval/sent-check/ (check set). Each set gets resolved/NNN.json (empty labels,
  written once: an existing file is never overwritten) and articles.tsv (id, source,
  category, date, start, end, sample).
"""
import glob, gzip, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
CORPUS = os.path.join(ROOT, "..", "shared", "corpora", "ant-v2.1.jsonl.gz")
SEED = 20261204
N_RANDOM = 160
N_KEYWORD = 100  # the brief: 100 keyword sentences, "20 per type group" for six groups
# does not add up (120): 100 split as evenly as possible, 17 17 17 17 16 16 in TYPES order.
N_STUDY = 150

# Word lists per rare type group. Plain substrings of the sentence (Arabic clitics attach
# before and after, so no word boundaries). Brief's words first, then PLOVER additions.
KEYWORDS = {
    "AID": ["مساعدات", "إغاثة", "تبرع", "منحة", "قدم دعما", "قدمت دعما",
            # PLOVER AID: humanitarian, economic, military aid; relief supplies
            "معونات", "مساعدة إنسانية", "مساعدات إنسانية"],
    "MOBILIZE": ["حشد", "تعزيزات", "نشر قوات", "استنفار", "تأهب",
                 # PLOVER MOBILIZE: troop/police deployment, alert status
                 "نشر جنود", "حالة الطوارئ القصوى"],
    "SANCTION": ["عقوبات", "قطع العلاقات", "طرد سفير", "طرد السفير", "تعليق", "حظر", "مقاطعة",
                 # PLOVER SANCTION: reduce relations, halt negotiations, expel diplomats
                 "استدعاء السفير", "سحب السفير", "تجميد"],
    "CONCEDE": ["تنازل", "اعتذر", "اعترف ب", "اعترفت ب", "استقال", "سحب قواته",
                # PLOVER CONCEDE: apologise, admit responsibility, resign, ease restrictions
                "استقالة", "اعتذار"],
    "COOPERATE": ["تعاون", "تنسيق", "شراكة", "تبادل معلومات", "تبادل المعلومات"],
    "RETREAT": ["انسحب", "انسحاب", "أفرج", "إطلاق سراح", "هدنة",
                # PLOVER RETREAT: release persons, withdraw forces, ceasefire
                "الإفراج عن", "وقف إطلاق النار"],
}
TYPES = ["AID", "MOBILIZE", "SANCTION", "CONCEDE", "COOPERATE", "RETREAT"]

SPLIT = re.compile(r"(?<!\d)\.|\.(?!\d)|[!?؟]|\n")


def sentences(text):
    """(start, end) code-point spans of the sentences of `text`, closing mark included."""
    out, start = [], 0
    for m in SPLIT.finditer(text):
        end = m.end() if m.group() != "\n" else m.start()
        out.append((start, end))
        start = m.end()
    out.append((start, len(text)))
    spans = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def main():
    excluded = set()
    for tsv in glob.glob(os.path.join(ROOT, "eval", "*", "articles.tsv")):
        if os.path.basename(os.path.dirname(tsv)) in ("sent", "sent-check"):
            continue
        for line in open(tsv, encoding="utf-8"):
            excluded.add(line.split("\t")[0])
    cands = []  # (id, source, category, date, start, end, text)
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["category"] not in ("middleEast", "internationalNews") or d["id"] in excluded:
                continue
            t = d["text"]
            for s, e in sentences(t):
                n = len(t[s:e].split())
                if 6 <= n <= 60:
                    cands.append((d["id"], d["source"], d["category"], d["date"], s, e, t[s:e]))
    cands.sort(key=lambda c: (c[0], c[4]))
    print(len(excluded), "articles excluded;", len(cands), "candidate sentences", file=sys.stderr)
    rng = random.Random(SEED)
    used, picked = set(), []
    order = list(range(len(cands)))
    rng.shuffle(order)
    for i in order:
        if len(picked) == N_RANDOM:
            break
        c = cands[i]
        if c[0] not in used:
            used.add(c[0])
            picked.append((c, "random"))
    for j, ty in enumerate(TYPES):
        quota = N_KEYWORD // len(TYPES) + (1 if j < N_KEYWORD % len(TYPES) else 0)
        pool = [c for c in cands if any(k in c[6] for k in KEYWORDS[ty])]
        rng.shuffle(pool)
        n = 0
        for c in pool:
            if n == quota:
                break
            if c[0] not in used:
                used.add(c[0])
                picked.append((c, ty))
                n += 1
        print(ty, len(pool), "matching sentences", file=sys.stderr)
    rng.shuffle(picked)
    for name, part in (("sent", picked[:N_STUDY]), ("sent-check", picked[N_STUDY:])):
        d = os.path.join(ROOT, "eval", name, "resolved")
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(ROOT, "eval", name, "articles.tsv"), "w", encoding="utf-8") as w:
            w.write("id\tsource\tcategory\tdate\tstart\tend\tsample\n")
            for k, (c, sample) in enumerate(part):
                w.write("\t".join(map(str, c[:6] + (sample,))) + "\n")
                path = os.path.join(d, "%03d.json" % k)
                if os.path.exists(path):
                    continue
                rec = {"id": c[0], "date": c[3][:10], "sentence": [c[4], c[5]],
                       "mentions": [], "quotes": [], "events": [], "notes": ""}
                with open(path, "w", encoding="utf-8") as o:
                    json.dump(rec, o, ensure_ascii=False, indent=1)
                    o.write("\n")
        print(name, len(part), "sentences", file=sys.stderr)


if __name__ == "__main__":
    main()
