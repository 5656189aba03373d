#!/usr/bin/env python3
"""Score marsad's event types on UniversalPetrarch's Arabic GSR validation sentences.

The sentences are not part of marsad: pass the paths yourself, either the XML files of
UniversalPetrarch (validate/arabic/arabic_*_gsr_validation*.xml) or JSONL files with one
labelled sentence per line (fields: id, text, date, plover, eventtext, source_country,
target_country).

    python3 tools/score_gsr.py --marsad target/release/marsad FILE... [--misses N]

Each sentence is analysed as one article dated by the sentence. For each input file and
each gold category it reports:

- recall: of the sentences whose gold names an event word (non-empty eventtext), the
  share where marsad emits at least one event of the gold PLOVER type;
- anchored: the same, counting only events whose trigger shares a word with eventtext;
- type precision: of all events marsad emits in the file, the share of the gold type
  (other types are not always wrong: a protest sentence may also report arrests);
- actor / recipient country: among recalled sentences whose gold source (target) code
  names a country, the share where an event of the gold type has an actor (recipient)
  of that country (the first three letters of its code).
"""
import argparse, collections, json, os, re, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه", "ـ": None})
DIACRITICS = re.compile("[\u064b-\u0652\u0670]")


def fold(word):
    return DIACRITICS.sub("", word).translate(FOLD)


def read_xml(path):
    for s in ET.parse(path).getroot().iter("Sentence"):
        text = (s.findtext("Text") or "").strip()
        ev = s.find("EventText")
        code = s.find("EventCoding")
        date = s.get("date", "")

        def country(attr):
            c = (code.get(attr, "None") if code is not None else "None").split()
            return None if not c or c[0] == "None" else c[0]

        yield {
            "id": s.get("id"),
            "text": text,
            "date": f"{date[:4]}-{date[4:6]}-{date[6:8]}" if len(date) == 8 else None,
            "plover": (code.get("plover") if code is not None else None) or s.get("category"),
            "eventtext": ev.get("eventtext", "") if ev is not None else "",
            "source_country": country("sourcecode"),
            "target_country": country("targetcode"),
        }


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def read(path):
    return list(read_xml(path) if path.endswith(".xml") else read_jsonl(path))


def analyse(marsad, sentences):
    with tempfile.TemporaryDirectory() as tmp:
        inp = os.path.join(tmp, "in.jsonl")
        with open(inp, "w", encoding="utf-8") as f:
            for s in sentences:
                art = {"id": s["id"], "text": s["text"], "source": "gsr"}
                if s.get("date"):
                    art["date"] = s["date"]
                f.write(json.dumps(art, ensure_ascii=False) + "\n")
        out = subprocess.run([marsad, "analyze", "-q", inp], check=True, capture_output=True, text=True).stdout
    return {d["id"]: d["events"] for d in map(json.loads, out.splitlines())}


def party_countries(parties):
    return {(p.get("country") or (p.get("actor") or "")[:3]) for p in parties}


def score(name, sentences, events, misses):
    by_cat = collections.defaultdict(lambda: collections.Counter())
    missed = []
    for s in sentences:
        cat = s["plover"]
        evs = events.get(s["id"], [])
        c = by_cat[cat]
        c["sentences"] += 1
        c["events"] += len(evs)
        c["events_of_type"] += sum(e["type"] == cat for e in evs)
        if not s.get("eventtext"):
            continue
        c["labelled"] += 1
        typed = [e for e in evs if e["type"] == cat]
        words = {fold(w) for w in s["eventtext"].split()}
        words |= {w[1:] for w in words if w[:1] in "وف" and len(w) > 3}
        if typed:
            c["recalled"] += 1
            if any(words & {fold(w) for w in e["trigger"]["text"].split()} for e in typed):
                c["anchored"] += 1
            for side, key, field in (("actor", "source_country", "actors"), ("recipient", "target_country", "recipients")):
                if s.get(key):
                    c[side + "_gold"] += 1
                    if any(s[key] in party_countries(e[field]) for e in typed):
                        c[side + "_match"] += 1
        else:
            missed.append((s, evs))
    total = collections.Counter()
    for cat, c in sorted(by_cat.items()):
        total.update(c)
        report(f"{name} {cat}", c)
    if len(by_cat) > 1:
        report(f"{name} all", total)
    for s, evs in missed[:misses]:
        got = ", ".join(f"{e['type']}:{e['trigger']['text']}" for e in evs) or "-"
        print(f"  miss {s['id']} [{s['plover']} «{s['eventtext']}»] got {got}\n    {s['text']}")
    return total


def pct(a, b):
    return f"{a / b:.3f} ({a}/{b})" if b else "-"


def report(label, c):
    print(f"{label}: sentences {c['sentences']}, labelled {c['labelled']}")
    print(f"  recall   {pct(c['recalled'], c['labelled'])}   anchored {pct(c['anchored'], c['labelled'])}")
    print(f"  type precision {pct(c['events_of_type'], c['events'])}")
    print(f"  actor country {pct(c['actor_match'], c['actor_gold'])}   recipient country {pct(c['recipient_match'], c['recipient_gold'])}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+")
    ap.add_argument("--marsad", default="marsad")
    ap.add_argument("--misses", type=int, default=0, help="print the first N missed sentences per file")
    args = ap.parse_args()
    for path in args.files:
        sentences = read(path)
        events = analyse(args.marsad, sentences)
        score(os.path.basename(path), sentences, events, args.misses)


if __name__ == "__main__":
    sys.exit(main())
