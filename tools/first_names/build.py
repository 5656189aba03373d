#!/usr/bin/env python3
"""Merge seed lists (seed.py, seed2.py, mined_add.py), normalize, drop exclusions,
check corpus attestation (stats.tsv from mine.py), write first-names.tsv + notes."""
import os, re, csv, collections
from mine_norm import norm
exec(open('seed.py').read()); exec(open('seed2.py').read()); exec(open('mined_add.py').read()); exec(open('seed3.py').read())
BLOCKS = [SEED, SEED2, MINED, SEED3]
# well-known given names kept even if attested < 2 times in the corpus
SURE = set(norm(w) for w in open('sure.txt').read().split())
# words that must never be in the list (titles, places, common words, surnames)
DROP = set(norm(w) for w in open('drop.txt').read().split())
stats = {}
for r in csv.DictReader(open('stats.tsv'), delimiter='\t', quoting=csv.QUOTE_NONE):
    stats[r['word']] = (int(r['total']), int(r['follow']), int(r['al']), int(r['ctx']))
# state / place / nationality names from marsad dictionaries -> exclusion
geo = set()
for f, cols in (('states.tsv', ('names','nisba','plural','capital')), ('places.tsv', ('names',))):
    lines = [l for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'dictionaries', f), encoding='utf-8') if not l.startswith('#')]
    for r in csv.DictReader(lines, delimiter='\t'):
        for c in cols:
            for w in (r.get(c) or '').split('|'):
                w = w.strip()
                if w and ' ' not in w:
                    geo.add(norm(w))
                    if c == 'nisba': geo.add(norm(w)+'ه')
entries = collections.OrderedDict()   # key -> dict
order = ['arab','persian','kurdish','turkish','western','russian','hebrew','african','asian','other']
for B in BLOCKS:
    for origin, text in B.items():
        for tok in text.split():
            no = tok.endswith('|!')
            parts = [p.replace('\u200c','') for p in tok.rstrip('!').strip('|').split('|') if p and p != '!']
            if not parts: continue
            forms = [p for p in parts if not p.startswith('ال') and ' ' not in p]
            if not forms: continue
            k = norm(forms[0])
            e = entries.get(k)
            if e is None:
                # maybe a variant of an existing entry
                fk = {norm(f) for f in forms}
                for kk, ee in entries.items():
                    if fk & ee['keys']: e = ee; break
            if e is None:
                # first mention decides origin and starts (later blocks only add spellings;
                # starts_override.txt has the final say)
                e = entries[k] = {'forms': [], 'keys': set(), 'origin': origin, 'no': no}
            for j, f in enumerate(forms):
                # a later form that is itself a listed name's main key came from a
                # space-broken token (عليرضا|علي رضا): do not merge it as a variant
                if j > 0 and norm(f) in entries and entries[norm(f)] is not e: continue
                if norm(f) not in e['keys']:
                    e['forms'].append(f); e['keys'].add(norm(f))
OVR = {}
for l in open('starts_override.txt', encoding='utf-8'):
    if l.strip() and not l.startswith('#'):
        n, v = l.rstrip('\n').split('\t'); OVR[norm(n)] = v
ALLOW_SHORT_VARIANTS = {'تيد': ['تد']}   # explicitly requested (Ted); the only form under 3 letters
rows, dropped, weak = [], [], []
for k, e in entries.items():
    keys = [norm(f) for f in e['forms']]
    if any(len(x) < 3 for x in keys[:1]) or keys[0] in DROP:
        dropped.append((e['forms'][0], 'short/drop')); continue
    if keys[0] in geo:
        dropped.append((e['forms'][0], 'geo')); continue
    forms = [f for f in e['forms'] if len(norm(f)) >= 3 and norm(f) not in DROP
             and re.fullmatch('[\u0621-\u064A]+', f)]   # Arabic letters only (no پ/ژ)
    att = {f: stats.get(norm(f), (0,0,0,0)) for f in forms}
    follow = sum(v[1] for v in att.values())
    if follow < 2 and not (set(map(norm, forms)) & SURE):
        dropped.append((forms[0], f'unattested({follow})')); continue
    if follow < 2: weak.append((forms[0], follow))
    forms.sort(key=lambda f: -att[f][0])         # most frequent spelling first
    starts = OVR.get(norm(forms[0]), OVR.get(keys[0], 'no' if e['no'] else 'yes'))
    extra = ALLOW_SHORT_VARIANTS.get(forms[0], [])
    if extra: follow += sum(stats.get(norm(x),(0,0,0,0))[1] for x in extra)
    rows.append((forms[0], '|'.join(forms[1:] + extra), e['origin'], starts, follow, sum(v[3] for v in att.values())))
ORIGIN_OVR = {'لوكاس': 'western'}
rows = [(r[0], r[1], ORIGIN_OVR.get(r[0], r[2])) + tuple(r[3:]) for r in rows]
rows.sort(key=lambda r: (order.index(r[2]), -r[4]))
with open('first-names.tsv', 'w', encoding='utf-8') as o:
    o.write('name\tvariants\torigin\tstarts\n')
    for r in rows: o.write('\t'.join(r[:4]) + '\n')
with open('first-names-evidence.tsv', 'w', encoding='utf-8') as o:
    o.write('name\torigin\tstarts\tfollowed_by_word\tname_slot\n')
    for r in rows: o.write(f'{r[0]}\t{r[2]}\t{r[3]}\t{r[4]}\t{r[5]}\n')
with open('notes-rare.tsv', 'w', encoding='utf-8') as o:
    o.write('# kept although attested < 2 times (well-known given names)\nname\tattested\n')
    for n, c in weak: o.write(f'{n}\t{c}\n')
with open('dropped.tsv', 'w', encoding='utf-8') as o:
    for n, why in dropped: o.write(f'{n}\t{why}\n')
c = collections.Counter((r[2]) for r in rows)
assert len(set(norm(r[0]) for r in rows)) == len(rows); s = collections.Counter(r[3] for r in rows)
print(len(rows), dict(c), dict(s), 'dropped', len(dropped), 'weak', len(weak))
