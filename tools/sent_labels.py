#!/usr/bin/env python3
"""Write the sentence sets' compact hand labels into their gold files.

eval/SET/labels.txt holds one event a line, `NNN TYPE CAMEO ACTOR RECIPIENT FLAGS TRIGGER`
(`-` for null; FLAGS `-` or a comma list of c = claimed, n = negated, m:MODALITY), `NNN -`
for a sentence with no event, `NNN # text` for a note. Each line's events go into
eval/SET/resolved/NNN.json (paragraph 0: the sentence is analysed alone); the record's id,
date and sentence offsets (written by tools/pick_sentences.py) are kept. Fails on a
sentence without a label line, an unknown type or a malformed line.
Usage: tools/sent_labels.py sent sent-check
"""
import json, os, sys

TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def nul(x):
    return None if x == "-" else x


def main(sets):
    for name in sets:
        d = os.path.join(ROOT, "eval", name)
        events, notes, seen = {}, {}, set()
        for n, line in enumerate(open(os.path.join(d, "labels.txt"), encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            key, _, rest = line.partition(" ")
            if not (len(key) == 3 and key.isdigit()):
                sys.exit(f"{name}/labels.txt:{n}: bad line {line!r}")
            seen.add(key)
            if rest.startswith("#"):
                notes.setdefault(key, []).append(rest[1:].strip())
                continue
            if rest.strip() == "-":
                events.setdefault(key, [])
                continue
            f = rest.split(" ", 5)
            if len(f) < 6 or f[0] not in TYPES:
                sys.exit(f"{name}/labels.txt:{n}: bad event {line!r}")
            ty, cameo, act, rec, flags, trig = f
            fl = [] if flags == "-" else flags.split(",")
            mod = [x[2:] for x in fl if x.startswith("m:")]
            bad = [x for x in fl if x not in ("c", "n") and not x.startswith("m:")]
            if bad:
                sys.exit(f"{name}/labels.txt:{n}: bad flags {bad}")
            events.setdefault(key, []).append({
                "paragraph": 0, "trigger": trig.strip(), "type": ty, "cameo": nul(cameo),
                "actor_country": nul(act), "recipient_country": nul(rec),
                "negated": "n" in fl, "modality": mod[0] if mod else None, "claimed": "c" in fl})
        files = sorted(os.listdir(os.path.join(d, "resolved")))
        for fn in files:
            key = fn[:3]
            if key not in events:
                sys.exit(f"{name}: {fn} has no label line")
            p = os.path.join(d, "resolved", fn)
            rec = json.load(open(p, encoding="utf-8"))
            rec["events"] = events[key]
            rec["notes"] = "; ".join(notes.get(key, []))
            with open(p, "w", encoding="utf-8") as o:
                json.dump(rec, o, ensure_ascii=False, indent=1)
                o.write("\n")
        extra = seen - {fn[:3] for fn in files}
        if extra:
            sys.exit(f"{name}: labels for missing files {sorted(extra)}")
        n_ev = sum(len(v) for v in events.values())
        print(f"{name}: {len(files)} sentences, {n_ev} events", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:] or ["sent", "sent-check"])
