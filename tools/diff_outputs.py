#!/usr/bin/env python3
"""diff_outputs.py BASE.jsonl NEW.jsonl [N] [SEED] [--quotes|--mentions] [--corpus=PATH]

Compare two `marsad analyze` outputs of the same corpus, in the same order (two builds'
readings of it). Prints how many items were removed and added, then N random changed
sites (default 30, seed 1) with their sentence, the base items (-) and the new items (+),
for reading a change by hand. Events are keyed by type, CAMEO code, trigger, parties
with their codes, negation, modality and rule; quotes by span, speaker and rule; mentions
by span, code and rule. The texts come from the corpus (default the shared ANT corpus).
"""
import gzip, json, random, sys

args = [a for a in sys.argv[1:] if not a.startswith('--')]
flags = [a for a in sys.argv[1:] if a.startswith('--')]
base, new = args[0], args[1]
n = int(args[2]) if len(args) > 2 else 30
seed = int(args[3]) if len(args) > 3 else 1
kind = 'quotes' if '--quotes' in flags else 'mentions' if '--mentions' in flags else 'events'
corpus = next((f.split('=', 1)[1] for f in flags if f.startswith('--corpus=')),
              '../shared/corpora/ant-v2.1.jsonl.gz')
texts = {}
for l in (gzip.open if corpus.endswith('.gz') else open)(corpus, 'rt'):
    d = json.loads(l)
    texts[d['id']] = d.get('text') or d.get('body') or ''

def key(x):
    if kind == 'events':
        return (x['type'], x['cameo'], x['trigger']['start'], x['trigger']['text'],
                tuple((a['text'], a['actor']) for a in x['actors']),
                tuple((a['text'], a['actor']) for a in x['recipients']),
                x['negated'], x['modality'], x.get('rule'))
    if kind == 'quotes':
        sp = x.get('speaker') or {}
        return (x['start'], x['end'], x['direct'], sp.get('text') if isinstance(sp, dict) else sp,
                sp.get('actor') if isinstance(sp, dict) else None, x.get('rule'))
    return (x['start'], x['end'], x['actor'], x.get('rule'))

def show(x):
    if kind == 'events':
        a = ','.join(f"{p['text']}={p['actor']}" for p in x['actors'])
        r = ','.join(f"{p['text']}={p['actor']}" for p in x['recipients'])
        neg = ' NEG' if x['negated'] else ''
        mod = f" {x['modality']}" if x['modality'] else ''
        return f"{x['type']} {x['cameo']} [{x['trigger']['text']}] {a or '-'} -> {r or '-'}{neg}{mod} ({x['rule']})"
    if kind == 'quotes':
        sp = x.get('speaker') or {}
        s = f"{sp.get('text')}={sp.get('actor')}" if isinstance(sp, dict) else str(sp)
        return f"{'D' if x['direct'] else 'I'} «{x['text'][:160]}» spk {s} ({x.get('rule')})"
    return f"{x['text']}={x['actor']} ({x.get('rule')})"

def site(x, sents):
    if kind == 'events':
        return tuple(x['sentence'])
    for s in sents:
        if s[0] <= x['start'] < s[1]:
            return tuple(s)
    return (x['start'], x['end'])

removed = added = 0
sites = []
with open(base) as fb, open(new) as fn:
    for lb, ln in zip(fb, fn):
        b, w = json.loads(lb), json.loads(ln)
        assert b['id'] == w['id'], (b['id'], w['id'])
        kb = {key(x): x for x in b[kind]}
        kn = {key(x): x for x in w[kind]}
        gone = [kb[k] for k in kb if k not in kn]
        came = [kn[k] for k in kn if k not in kb]
        removed += len(gone); added += len(came)
        per = {}
        for x in gone:
            per.setdefault(site(x, b['sentences']), ([], []))[0].append(x)
        for x in came:
            per.setdefault(site(x, w['sentences']), ([], []))[1].append(x)
        for s, (g, c) in per.items():
            sites.append((b['id'], s, g, c))
print(f"{kind}: removed {removed}, added {added}, changed sites {len(sites)}, "
      f"articles {len({s[0] for s in sites})}")
random.seed(seed)
for doc, s, g, c in random.sample(sites, min(n, len(sites))):
    t = texts.get(doc, '')
    print(f"\n== {doc} {s}\n{t[s[0]:s[1]]}")
    for x in g: print('  - ' + show(x))
    for x in c: print('  + ' + show(x))
