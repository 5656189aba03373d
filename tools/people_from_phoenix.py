#!/usr/bin/env python3
"""Build and check dictionaries/people.tsv.

Subcommands
  candidates [CCC ...]     list people in Phoenix.Countries.actors.txt with a GOV-type code
                           for the given CAMEO countries that is valid after 2000
                           (a checklist of names and dates; Phoenix stops in early 2014)
  build SRC_DIR [OUT]      compile hand-written source files (*.txt) into people.tsv
  check [TSV]              validate people.tsv (columns, ids, names, roles, dates, codes)
  compare [TSV]            print people whose GOV dates disagree with Phoenix (pre-2014)

Source format (one person a line, fields separated by `~`):
  english ~ names ~ short ~ roles ~ note [~ died]
  - a line `@CCC` sets the default country; a 3-letter role code (GOV, MIL, ELI, ...)
    in `roles` is prefixed with it; longer codes are kept as written.
  - `english` may start with `id:` to force the slug (`id:abdullah-ii Abdullah II`).
  - after the last closed role, `<country>ELI@end..` (or `..died`) is added, and gaps
    between roles are filled with `<country>ELI`; a role list ending in `!` gets none.
The Arabic names, dates and codes are written by hand; Phoenix is only a checklist.
"""
import os, re, sys, unicodedata, datetime, glob

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
PHOENIX = os.path.join(ROOT, "..", "shared", "reference", "petrarch-en",
                       "Phoenix.Countries.actors.txt")
OUT = os.path.join(ROOT, "dictionaries", "people.tsv")
ROLES = {"GOV", "MIL", "OPP", "REB", "LEG", "JUD", "ELI", "PTY", "SPY", "BUS", "MED",
         "COP", "INS", "SEP", "UAF", "CVL", "HRI", "EDU", "LAB"}
HEADER = "id\tenglish\tnames\tshort\troles\tnote"
ROLE_RE = re.compile(r"^([A-Z]{3}(?:[A-Z]{3})*)@(\d{4}(?:-\d{2}-\d{2})?)?\.\.(\d{4}(?:-\d{2}-\d{2})?)?$")
CODE_RE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def pdate(s, end=False):
    if s is None or s == "":
        return None
    if len(s) == 4:
        return datetime.date(int(s), 12, 31) if end else datetime.date(int(s), 1, 1)
    y, m, d = map(int, s.split("-"))
    return datetime.date(y, m, d)


def parse_roles(text):
    out = []
    for r in text.split(";"):
        r = r.strip()
        if not r:
            continue
        m = ROLE_RE.match(r)
        if not m:
            raise ValueError(f"bad role {r!r}")
        out.append((m.group(1), m.group(2) or "", m.group(3) or ""))
    return out


# ---------------------------------------------------------------- build
def expand(roles_text, country):
    noeli = roles_text.endswith("!")
    roles_text = roles_text.rstrip("!")
    rs = []
    for r in roles_text.split(";"):
        r = r.strip()
        if not r:
            continue
        code, _, dates = r.partition("@")
        # month precision (YYYY-MM) is written as the first of the month
        dates = re.sub(r"\b(\d{4}-\d{2})(?!-\d)", r"\1-01", dates)
        if code in ROLES:
            code = country + code
        rs.append(f"{code}@{dates}")
    return parse_roles(";".join(rs)), noeli


def home(code):
    c = code[:3]
    return None if c in ("IGO", "IMG", "NGO", "INT", "MNC") else c


def build(src_dir, out=OUT):
    people, seen_ids, seen_names = [], {}, {}
    errors = 0
    for path in sorted(glob.glob(os.path.join(src_dir, "*.txt"))):
        country = None
        for ln, line in enumerate(open(path, encoding="utf-8"), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@"):
                country = line[1:].strip()
                continue
            f = [x.strip() for x in line.split("~")]
            if len(f) not in (5, 6):
                print(f"{path}:{ln}: {len(f)} fields", file=sys.stderr); errors += 1; continue
            eng, names, short, roles_text, note = f[:5]
            died = f[5] if len(f) == 6 else ""
            if eng.startswith("id:"):
                pid, eng = eng[3:].split(" ", 1)
            else:
                pid = slug(eng)
            try:
                roles, noeli = expand(roles_text, country)
            except ValueError as e:
                print(f"{path}:{ln}: {e}", file=sys.stderr); errors += 1; continue
            roles.sort(key=lambda r: (pdate(r[1]) or datetime.date(1, 1, 1)))
            if not noeli and roles:
                filled = []
                for i, r in enumerate(roles):
                    filled.append(r)
                    if i + 1 < len(roles) and r[2]:
                        nxt = roles[i + 1]
                        h = home(r[0])
                        if h and nxt[1] and (pdate(nxt[1]) - pdate(r[2], True)).days > 31 and \
                                not any(pdate(x[1]) and pdate(x[1]) <= pdate(r[2]) and
                                        (not x[2] or pdate(x[2], True) >= pdate(nxt[1]))
                                        for x in roles if x is not r):
                            a = r[2] + "-12-31" if len(r[2]) == 4 else r[2]
                            b = nxt[1] + "-01-01" if len(nxt[1]) == 4 else nxt[1]
                            filled.append((h + "ELI", a, b))
                roles = filled
                ends = [r[2] for r in roles]
                if all(ends):
                    last = max(roles, key=lambda r: pdate(r[2], True))
                    h = home(last[0]) or next((home(r[0]) for r in reversed(roles) if home(r[0])), None)
                    if h and (not died or pdate(died) > pdate(last[2], True)):
                        roles.append((h + "ELI", last[2], died))
            if pid in seen_ids:
                print(f"{path}:{ln}: duplicate id {pid} (first {seen_ids[pid]})", file=sys.stderr)
                errors += 1; continue
            seen_ids[pid] = f"{path}:{ln}"
            people.append((pid, eng, names, short,
                           ";".join(f"{c}@{a}..{b}" for c, a, b in roles), note))
    with open(out, "w", encoding="utf-8") as o:
        o.write("# People: heads of state and government, ministers, envoys, armed-group leaders.\n")
        o.write("# Built by tools/people_from_phoenix.py from hand-written sources; Arabic spellings\n")
        o.write("# and dates are hand-checked. Roles: CODE@FROM..TO; ELI = former official/elite.\n")
        o.write(HEADER + "\n")
        for p in people:
            o.write("\t".join(p) + "\n")
    print(f"wrote {len(people)} people to {out}; {errors} source errors")
    return errors


# ---------------------------------------------------------------- check
AR_NORM = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه", "ٱ": "ا"})


def norm(s):
    s = re.sub(r"[\u064B-\u0652\u0640]", "", s)
    return " ".join(s.translate(AR_NORM).split())


def check(path=OUT):
    errs = []
    ids, names = {}, {}
    header_seen = False
    n = 0
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            if line != HEADER:
                errs.append(f"{ln}: bad header {line!r}")
            header_seen = True
            continue
        f = line.split("\t")
        if len(f) != 6:
            errs.append(f"{ln}: {len(f)} columns"); continue
        pid, eng, nm, short, roles, note = f
        n += 1
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", pid):
            errs.append(f"{ln}: bad id {pid!r}")
        if pid in ids:
            errs.append(f"{ln}: duplicate id {pid} (line {ids[pid]})")
        ids[pid] = ln
        if not eng or not nm:
            errs.append(f"{ln}: empty english/names")
        for x in nm.split("|"):
            if not x.strip() or x != x.strip():
                errs.append(f"{ln}: empty/padded name in {nm!r}")
            if re.search(r"[A-Za-z]", x):
                errs.append(f"{ln}: latin in arabic name {x!r}")
            k = norm(x)
            if k in names and names[k] != pid:
                errs.append(f"{ln}: full name {x!r} also in {names[k]}")
            names.setdefault(k, pid)
        for x in short.split("|") if short else []:
            if not x.strip() or re.search(r"[A-Za-z]", x):
                errs.append(f"{ln}: bad short {x!r}")
        if not roles:
            errs.append(f"{ln}: no roles")
        try:
            rs = parse_roles(roles)
        except ValueError as e:
            errs.append(f"{ln}: {e}"); continue
        spans = []
        for code, a, b in rs:
            if not CODE_RE.match(code):
                errs.append(f"{ln}: bad code {code}")
            try:
                da, db = pdate(a), pdate(b, True)
            except ValueError as e:
                errs.append(f"{ln}: bad date in {code}@{a}..{b}: {e}"); continue
            if da and db and da > db:
                errs.append(f"{ln}: FROM > TO in {code}@{a}..{b}")
            if da and da.year < 1900 or db and db.year > 2030:
                errs.append(f"{ln}: implausible date in {code}@{a}..{b}")
            spans.append((code, da, db))
        # overlapping identical codes are always an error
        for i in range(len(spans)):
            for j in range(i + 1, len(spans)):
                c1, a1, b1 = spans[i]; c2, a2, b2 = spans[j]
                if c1 == c2:
                    lo = max(a1 or datetime.date.min, a2 or datetime.date.min)
                    hi = min(b1 or datetime.date.max, b2 or datetime.date.max)
                    if lo < hi:
                        errs.append(f"{ln}: {pid}: overlapping {c1} ranges")
    for e in errs:
        print(e)
    print(f"{n} people, {len(errs)} errors")
    return 1 if errs else 0


# ---------------------------------------------------------------- phoenix
def phoenix():
    """name -> list of (code, from, to) from Phoenix.Countries.actors.txt."""
    ents, cur = {}, None
    def yymmdd(s):
        if not s:
            return None
        if len(s) == 8:
            return datetime.date(int(s[:4]), int(s[4:6]), int(s[6:]))
        y = int(s[:2]); y += 1900 if y >= 30 else 2000
        try:
            return datetime.date(y, int(s[2:4]), int(s[4:6]))
        except ValueError:
            return None
    for line in open(PHOENIX, encoding="utf-8", errors="replace"):
        if line.startswith("#") or not line.strip():
            continue
        if line[0] in "\t [" or line.lstrip().startswith("["):
            m = re.search(r"\[([A-Z]+)\s*([<>]?)(\d*)-?(\d*)\]", line)
            if m and cur:
                code, op, a, b = m.groups()
                if op == ">":
                    r = (code, yymmdd(a), None)
                elif op == "<":
                    r = (code, None, yymmdd(a))
                else:
                    r = (code, yymmdd(a), yymmdd(b))
                for nm in cur:
                    ents.setdefault(nm, []).append(r)
            continue
        name = line.split("#")[0].split("[")[0].strip().lstrip("+").strip("_ ")
        if line.startswith("+"):
            cur.append(name)
        else:
            cur = [name]
        m = re.search(r"\[([A-Z]+)\]", line)
        if m:
            ents.setdefault(name, []).append((m.group(1), None, None))
    return ents


def candidates(countries):
    ents = phoenix()
    for name, rs in sorted(ents.items()):
        for code, a, b in rs:
            if code[:3] in countries and "GOV" in code[3:6] and (b is None or b.year >= 2000):
                print(f"{name}\t{code}\t{a or ''}\t{b or ''}")


def compare(path=OUT):
    ents = phoenix()
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or line.startswith("id\t"):
            continue
        pid, eng, nm, short, roles, note = line.rstrip("\n").split("\t")
        key = re.sub(r"[^A-Z]+", "_", unicodedata.normalize("NFKD", eng).encode("ascii", "ignore").decode().upper()).strip("_")
        if key not in ents:
            continue
        mine = [(c, pdate(a), pdate(b, True)) for c, a, b in parse_roles(roles)]
        for code, a, b in ents[key]:
            if not a or a.year < 2000 or code[3:6] != "GOV":
                continue
            ok = any(c[:6] == code[:6] and ma and abs((ma - a).days) <= 120 for c, ma, mb in mine) or \
                any(c[:6] == code[:6] and (ma is None or ma <= a) and (mb is None or mb >= a) for c, ma, mb in mine)
            if not ok:
                print(f"{pid}\tphoenix {code} {a}..{b or ''}\tmine {roles}")


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "check"
    if cmd == "candidates":
        candidates(set(sys.argv[2:]) or {"USA"})
    elif cmd == "build":
        sys.exit(build(sys.argv[2], *(sys.argv[3:4] or [OUT])) and 1)
    elif cmd == "check":
        sys.exit(check(*(sys.argv[2:3] or [OUT])))
    elif cmd == "compare":
        compare(*(sys.argv[2:3] or [OUT]))
    else:
        print(__doc__)
