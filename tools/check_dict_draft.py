#!/usr/bin/env python3
"""Draft sanity check for the actor dictionaries (states, metonyms, igos).

Checks, per file: header and column count, empty required fields, well-formed codes;
across files: the same normalised surface form listed for two different entries, and
derived nisba forms that collide with another entry's names.

Normalisation follows docs/dictionaries.md: أ إ آ -> ا, ى -> ي, ة -> ه, diacritics and
tatweel dropped; a leading article ال is dropped for the duplicate check because the
matcher handles the article itself.

IGO/NGO codes are checked against ../shared/reference/petrarch-en/Phoenix.International.actors.txt
when that folder exists; a code absent from Phoenix must say "code not in Phoenix" in its note.

Also (groups/agents/discards): CAMEO codes as 3-letter chunks (country/region + roles +
Phoenix specials ISI/ALQ/HMS), role = a chunk of the code, ISO3 countries, dates and from<=to,
duplicate names only across date-disjoint rows, single-word agent forms without ال, discards
that are not also a group name or agent form.

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


# ---------------------------------------------------------------------------
# groups.tsv, agents.tsv, discards.tsv (added by the groups/agents helper)
# ---------------------------------------------------------------------------
from pathlib import Path

GA_ROLES = set("""COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG
MED REF MOD RAD AMN IRC GRP UNO PKO UIS IGO IMG INT MNC NGM NGO SET PTY REL MUS PPL""".split())
# Special group/religion chunks used in Phoenix codes (e.g. IMGMUSISI, PSEREBHMS, IMGMUSALQ)
SPECIAL = {"ISI", "ALQ", "HMS", "SHI", "SUN", "CHR", "JEW", "HIN", "BUD"}
# Region codes used by Phoenix for groups (NAFREB, MEAREB, ...)
REGIONS = {"AFR", "ASA", "BLK", "CAS", "EAF", "EEU", "EUR", "LAM", "MEA", "NAF", "NMR", "SAF",
           "SAM", "SAS", "SEA", "WAF", "WEU", "WST", "CFR", "CRB", "NAM"}
ISO3 = set("""AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH
BWA BRA BRN BGR BFA BDI KHM CMR CAN CPV CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI
DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND
HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE
LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC
NER NGA MKD NOR OMN PAK PLW PSE PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU
SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TWN TJK TZA THA TLS TGO TON TTO
TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VAT VEN VNM YEM ZMB ZWE ESH XKX HKG""".split())
COUNTRY_CODES = ISO3 | {"KSV"}

def chunks(code):
    return [code[i:i + 3] for i in range(0, len(code), 3)]

def code_ok(code):
    if not re.fullmatch(r"(?:[A-Z]{3})+", code):
        return False
    cs = chunks(code)
    first, rest = cs[0], cs[1:]
    if first not in COUNTRY_CODES | REGIONS | GA_ROLES:
        return False
    return all(c in GA_ROLES | SPECIAL for c in rest)

def role_ok(role):
    return bool(re.fullmatch(r"(?:[A-Z]{3})+", role)) and all(c in GA_ROLES for c in chunks(role))

GA_DIAC = re.compile("[\u064B-\u0652\u0670\u0640]")
def ga_norm(s):
    s = GA_DIAC.sub("", s)
    s = re.sub("[أإآٱ]", "ا", s).replace("ة", "ه").replace("ى", "ي")
    s = re.sub(r"\s+", " ", s.strip())
    # article-insensitive key on the first word, as the matcher handles ال itself
    if s.startswith("ال") and len(s.split(" ")[0]) > 4:
        s = s[2:]
    return s

def parse_date(d, end=False):
    if not d:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", d)
    if not m:
        raise ValueError(d)
    y, mo, da = m.group(1), m.group(2), m.group(3)
    if da and not mo:
        raise ValueError(d)
    mo = mo or ("12" if end else "01")
    da = da or ("31" if end else "01")
    if not (1 <= int(mo) <= 12 and 1 <= int(da) <= 31):
        raise ValueError(d)
    return f"{y}{mo}{da}"

def ga_rows(path, ncol, header):
    errs, out = [], []
    seen_header = False
    for i, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("\t")
        if not seen_header:
            seen_header = True
            if f != header:
                errs.append(f"{path.name}:{i}: header {f} != {header}")
            continue
        if len(f) != ncol:
            errs.append(f"{path.name}:{i}: {len(f)} columns, expected {ncol}")
            continue
        if any(x != x.strip() for x in f):
            errs.append(f"{path.name}:{i}: stray whitespace around a field")
        out.append((i, f))
    return errs, out

def check_groups(d):
    p = d / "groups.tsv"
    errs, rs = ga_rows(p, 8, "code english names country role from to note".split())
    keys = {}
    for i, (code, eng, names, country, role, fr, to, note) in rs:
        if not code_ok(code):
            errs.append(f"groups:{i}: bad code {code!r}")
        if not role_ok(role) or role not in chunks(code):
            errs.append(f"groups:{i}: role {role!r} is not a role chunk of {code}")
        if country and country not in ISO3:
            errs.append(f"groups:{i}: country {country!r} is not ISO3")
        if not eng or not names:
            errs.append(f"groups:{i}: empty english/names")
        try:
            a, b = parse_date(fr), parse_date(to, end=True)
            if a and b and a > b:
                errs.append(f"groups:{i}: from {fr} after to {to}")
        except ValueError as e:
            errs.append(f"groups:{i}: bad date {e}")
            a = b = None
        local = set()
        for n in names.split("|"):
            if not n.strip():
                errs.append(f"groups:{i}: empty name")
                continue
            k = ga_norm(n)
            if k in local:
                errs.append(f"groups:{i}: name {n!r} repeated in the row")
            local.add(k)
            for j, a2, b2 in keys.get(k, []):
                if (a or "00000000") <= (b2 or "99999999") and (a2 or "00000000") <= (b or "99999999"):
                    errs.append(f"groups:{i}: name {n!r} also on line {j} with overlapping dates")
            keys.setdefault(k, []).append((i, a, b))
    return errs, rs, keys

def check_agents(d):
    p = d / "agents.tsv"
    errs, rs = ga_rows(p, 4, "forms role english note".split())
    keys = {}
    for i, (forms, role, eng, note) in rs:
        if not role_ok(role):
            errs.append(f"agents:{i}: bad role {role!r}")
        for fm in forms.split("|"):
            if not fm.strip():
                errs.append(f"agents:{i}: empty form")
                continue
            if " " not in fm and fm.startswith("ال") and len(fm) > 4:
                errs.append(f"agents:{i}: single-word form {fm!r} carries the article")
            k = ga_norm(fm)
            if k in keys:
                errs.append(f"agents:{i}: form {fm!r} duplicates line {keys[k]}")
            keys[k] = i
    return errs, rs, keys

def check_discards(d, gkeys, akeys):
    p = d / "discards.tsv"
    errs, rs = ga_rows(p, 2, "phrase reason".split())
    seen = {}
    for i, (ph, reason) in rs:
        k = ga_norm(ph)
        if k in seen:
            errs.append(f"discards:{i}: {ph!r} duplicates line {seen[k]}")
        seen[k] = i
        if not reason.strip():
            errs.append(f"discards:{i}: no reason")
        if k in gkeys:
            errs.append(f"discards:{i}: {ph!r} is also a group name (line {gkeys[k][0][0]})")
        if k in akeys:
            errs.append(f"discards:{i}: {ph!r} is also an agent form (line {akeys[k]})")
    return errs, rs


def ga_main():
    d = Path(DICT)
    e1, g, gk = check_groups(d) if (d / "groups.tsv").exists() else ([], [], {})
    e2, a, ak = check_agents(d) if (d / "agents.tsv").exists() else ([], [], {})
    e3, di = check_discards(d, gk, ak) if (d / "discards.tsv").exists() else ([], [])
    errs = e1 + e2 + e3
    # group names that are also a state/IGO/metonym surface (cross-file collisions): warnings
    warn = []
    for fname, col in (("states.tsv", 3), ("igos.tsv", 2), ("metonyms.tsv", 0)):
        p = d / fname
        if not p.exists():
            continue
        first = True
        for n, line in enumerate(p.read_text(encoding="utf-8").split("\n"), 1):
            if not line.strip() or line.startswith("#"):
                continue
            if first:
                first = False
                continue
            f = line.split("\t")
            if len(f) <= col:
                continue
            for form in filter(None, f[col].split("|")):
                k = ga_norm(form)
                if k in gk:
                    warn.append(f"groups.tsv:{gk[k][0][0]}: {form!r} also in {fname}:{n}")
    for w in warn:
        print("warning:", w)
    for e in errs:
        print("error:", e)
    print(f"groups {len(g)} ({len({r[1][0] for r in g})} codes), agents {len(a)}, discards {len(di)}; "
          f"{len(errs)} errors, {len(warn)} warnings")
    return 1 if errs else 0


if __name__ == "__main__":
    rc = main()
    sys.exit(max(rc, ga_main()))
