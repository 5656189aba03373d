#!/usr/bin/env python3
"""Draft sanity check for the actor dictionaries (states, metonyms, igos).

Checks, per file: header and column count, empty required fields, well-formed codes;
across files: the same normalised surface form listed for two different entries, and
derived nisba forms that collide with another entry's names.

Normalisation follows dictionaries/FORMAT.md: أ إ آ -> ا, ى -> ي, ة -> ه, diacritics and
tatweel dropped; a leading article ال is dropped for the duplicate check because the
matcher handles the article itself.

IGO/NGO codes are checked against ../shared/reference/petrarch-en/Phoenix.International.actors.txt
when that folder exists; a code absent from Phoenix must say "code not in Phoenix" in its note.

Usage: python3 tools/check_dict_draft.py [DICT_DIR]   (exit status 1 on errors)
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DICT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "dictionaries")
PHOENIX_INTL = os.path.join(ROOT, "..", "shared", "reference", "petrarch-en",
                            "Phoenix.International.actors.txt")

ROLES = {"COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS",
         "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF",
         "MOD", "RAD"}

DIAC = re.compile("[\u064B-\u065F\u0670\u0640]")

errors = []
warnings = []


def norm(s):
    s = DIAC.sub("", s)
    s = s.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ى", "ي").replace("ة", "ه")
    s = re.sub(r"\s+", " ", s).strip()
    return s


def key(s):
    s = norm(s)
    if s.startswith("ال") and len(s) > 4:
        s = s[2:]
    return s


def read(name, header):
    path = os.path.join(DICT, name)
    if not os.path.exists(path):
        warnings.append(f"{name}: missing, skipped")
        return []
    rows = []
    seen_header = False
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        f = line.split("\t")
        if not seen_header:
            seen_header = True
            if f != header:
                errors.append(f"{name}:{n}: header {f} != {header}")
            continue
        if len(f) != len(header):
            errors.append(f"{name}:{n}: {len(f)} columns, expected {len(header)}")
            continue
        if "" in [x for x in f[0:1]]:
            errors.append(f"{name}:{n}: empty first column")
        for x in f:
            if x != x.strip():
                errors.append(f"{name}:{n}: stray whitespace in {x!r}")
            if "||" in x or x.startswith("|") or x.endswith("|"):
                errors.append(f"{name}:{n}: empty list item in {x!r}")
        rows.append((n, dict(zip(header, f))))
    return rows


def phoenix_codes():
    if not os.path.exists(PHOENIX_INTL):
        return None
    codes = set()
    for line in open(PHOENIX_INTL, encoding="latin-1"):
        for c in re.findall(r"\[([A-Z]{3,})[^\]]*\]", line.split("#")[0]):
            codes.add(c)
    return codes


def main():
    surfaces = {}  # key -> (file, line, entry id)

    def claim(form, file, line, ident):
        k = key(form)
        if not k:
            errors.append(f"{file}:{line}: empty name")
            return
        if k in surfaces and surfaces[k][2] != ident:
            f0, l0, id0 = surfaces[k]
            errors.append(f"{file}:{line}: {form!r} ({ident}) duplicates {f0}:{l0} ({id0})")
        elif k in surfaces and surfaces[k][:2] != (file, line):
            warnings.append(f"{file}:{line}: {form!r} listed twice for {ident} (normalised)")
        surfaces.setdefault(k, (file, line, ident))

    # states
    states = read("states.tsv", ["code", "iso3", "english", "names", "nisba", "plural", "capital"])
    state_codes = set()
    nisbas = []
    for n, r in states:
        c = r["code"]
        if not re.fullmatch(r"[A-Z]{3}", c):
            errors.append(f"states.tsv:{n}: code {c!r} is not 3 uppercase letters")
        if c in state_codes:
            errors.append(f"states.tsv:{n}: code {c} used twice")
        state_codes.add(c)
        if r["iso3"] and not re.fullmatch(r"[A-Z]{3}", r["iso3"]):
            errors.append(f"states.tsv:{n}: iso3 {r['iso3']!r} malformed")
        if not r["names"]:
            errors.append(f"states.tsv:{n}: no names")
        ident = "state " + c
        for col in ("names", "nisba", "plural", "capital"):
            for form in filter(None, r[col].split("|")):
                if re.search(r"[A-Za-z0-9()]", form):
                    errors.append(f"states.tsv:{n}: non-Arabic text in {col}: {form!r}")
                claim(form, "states.tsv", n, ident)
        for form in filter(None, r["nisba"].split("|")):
            nisbas.append((n, c, form))

    # igos
    igos = read("igos.tsv", ["code", "english", "names", "note"])
    ph = phoenix_codes()
    igo_codes = set()
    for n, r in igos:
        c = r["code"]
        if not re.fullmatch(r"(IGO|NGO)([A-Z]{3})*", c) and c not in ("IGO", "NGO"):
            errors.append(f"igos.tsv:{n}: code {c!r} malformed")
        if ph is not None and c not in ph and "code not in Phoenix" not in r["note"]:
            errors.append(f"igos.tsv:{n}: {c} not in Phoenix and note does not say so")
        igo_codes.add(c)
        if not r["names"]:
            errors.append(f"igos.tsv:{n}: no names")
        for form in filter(None, r["names"].split("|")):
            if re.search(r"[A-Za-z()]", form):
                errors.append(f"igos.tsv:{n}: non-Arabic text in names: {form!r}")
            claim(form, "igos.tsv", n, f"igo {c} {r['english']}")

    # metonyms
    mets = read("metonyms.tsv", ["phrase", "code", "english"])
    for n, r in mets:
        c = r["code"]
        ok = False
        if c[:3] in state_codes:
            rest = c[3:]
            ok = len(rest) % 3 == 0 and all(rest[i:i + 3] in ROLES for i in range(0, len(rest), 3))
        elif c in igo_codes:
            ok = True
        if not ok:
            errors.append(f"metonyms.tsv:{n}: code {c!r} is not state+roles or a known IGO code")
        if re.search(r"[A-Za-z0-9()]", r["phrase"]):
            errors.append(f"metonyms.tsv:{n}: non-Arabic text in phrase: {r['phrase']!r}")
        if "|" in r["phrase"]:
            errors.append(f"metonyms.tsv:{n}: one phrase a row")
        claim(r["phrase"], "metonyms.tsv", n, f"metonym {c} {r['english']}")

    # derived nisba forms against other entries' surfaces
    for n, c, form in nisbas:
        words = form.split(" ")
        for suf in ("", "ة", "ون", "ين", "ان", "تان", "ات"):
            derived = " ".join(w + suf for w in words)
            k = key(derived)
            if k in surfaces and surfaces[k][2] != "state " + c:
                warnings.append(f"states.tsv:{n}: derived nisba {derived!r} ({c}) equals "
                                f"{surfaces[k][0]}:{surfaces[k][1]} ({surfaces[k][2]})")

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print(f"states {len(states)}, igos {len(igos)}, metonyms {len(mets)}; "
          f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
