#!/usr/bin/env python3
"""Check hand labels against the article texts and add code-point offsets.

Labels are written by hand in eval/gold/labels/NN.json with surface strings only
(see eval/README.md); this script finds every surface in the article text, in document
order, and writes eval/gold/resolved/NN.json with `start`/`end` code-point offsets
(end exclusive). It fails loudly, naming file and item, when a surface is not found.

Usage: tools/gold_resolve.py [NN.json ...]   (default: all label files)
       tools/gold_resolve.py --labels eval/heldout/labels --out eval/heldout/resolved
  --labels DIR  read every *.json of DIR instead of eval/gold/labels
  --out DIR     write the resolved files to DIR instead of eval/gold/resolved
"""
import argparse, gzip, json, os, sys, glob

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
CORPUS = os.path.join(ROOT, "..", "shared", "corpora", "ant-v2.1.jsonl.gz")


def load_texts(ids):
    out = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["id"] in ids:
                out[d["id"]] = d
    return out


def is_word_char(c):
    return c.isalnum() or ("\u0610" <= c <= "\u061a") or ("\u064b" <= c <= "\u065f") or c == "\u0640"


def find_plain(text, surface, after, where):
    i = text.find(surface, after)
    if i < 0:
        raise SystemExit(f"{where}: surface {surface!r} not found after offset {after}")
    return i, i + len(surface)


def find_in_order(text, surface, after, where):
    """The first whole-word occurrence of `surface` at or after `after` (a surface that
    starts or ends with a letter must not continue a word on that side)."""
    i = text.find(surface, after)
    while i >= 0:
        before_ok = i == 0 or not (is_word_char(surface[0]) and is_word_char(text[i - 1]))
        j = i + len(surface)
        after_ok = j >= len(text) or not (is_word_char(surface[-1]) and is_word_char(text[j]))
        if before_ok and after_ok:
            return i, j
        i = text.find(surface, i + 1)
    raise SystemExit(f"{where}: surface {surface!r} not found as whole words after offset {after}")


def resolve(label, text, path):
    errors = []
    pos = 0
    for k, m in enumerate(label.get("mentions", [])):
        s, e = find_in_order(text, m["text"], pos, f"{path}: mentions[{k}]")
        m["start"], m["end"] = s, e
        pos = e
    pos = 0
    for k, q in enumerate(label.get("quotes", [])):
        # Quote texts may start inside a word (أنه → "ه …"), so no word-boundary check.
        s, e = find_plain(text, q["text"], pos, f"{path}: quotes[{k}].text")
        q["start"], q["end"] = s, e
        # the cue is the nearest occurrence before the quote, or after it for post-posed cues
        cue = q["cue"]
        b = text.rfind(cue, 0, s)
        a = text.find(cue, e)
        if b < 0 and a < 0:
            raise SystemExit(f"{path}: quotes[{k}].cue {cue!r} not found")
        c = b if (b >= 0 and (a < 0 or s - b <= a - e or q.get("cue_after") is not True)) else a
        q["cue_start"], q["cue_end"] = c, c + len(cue)
        pos = s
    for k, ev in enumerate(label.get("events", [])):
        t = ev["trigger"]
        i = text.find(t)
        if i < 0:
            raise SystemExit(f"{path}: events[{k}].trigger {t!r} not found")
    return label


def main():
    ap = argparse.ArgumentParser(description="Resolve hand labels to code-point offsets.")
    ap.add_argument("files", nargs="*", help="label files (default: every *.json of --labels)")
    ap.add_argument("--labels", default=os.path.join(ROOT, "eval", "gold", "labels"),
                    help="directory of label files (default: eval/gold/labels)")
    ap.add_argument("--out", default=os.path.join(ROOT, "eval", "gold", "resolved"),
                    help="directory for the resolved files (default: eval/gold/resolved)")
    args = ap.parse_args()
    files = args.files or sorted(glob.glob(os.path.join(args.labels, "*.json")))
    labels = [(p, json.load(open(p, encoding="utf-8"))) for p in files]
    texts = load_texts({l["id"] for _, l in labels})
    os.makedirs(args.out, exist_ok=True)
    for p, l in labels:
        if l["id"] not in texts:
            raise SystemExit(f"{p}: article id {l['id']} not in corpus")
        r = resolve(l, texts[l["id"]]["text"], p)
        out = os.path.join(args.out, os.path.basename(p))
        json.dump(r, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f"resolved {len(labels)} label files", file=sys.stderr)


if __name__ == "__main__":
    main()
