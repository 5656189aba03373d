#!/usr/bin/env python3
"""Second miner: the word right after بن/بنت/ابن/أبو/أم/ابنة (kin words in Arab names:
محمد بن سلمان، أبو مازن) is usually a given name. Writes kin_counts.tsv."""
import gzip, json, re, sys, collections
from mine_norm import norm
TOK = re.compile(r'[\u0621-\u064A\u064B-\u065F\u0670\u0640]+|[^\s\w]|\w+')
KIN = {'بن','بنت','ابن','ابنه','ابو','ام'}
c = collections.Counter()
with gzip.open(sys.argv[1], 'rt') as f:
    for line in f:
        toks = [norm(t) for t in TOK.findall(json.loads(line).get('text') or '')]
        for i in range(1, len(toks)-1):
            if toks[i-1] in KIN and not toks[i].startswith('ال') and re.match(r'^[\u0621-\u064A]{3,}$', toks[i]):
                c[toks[i]] += 1
with open('kin_counts.tsv', 'w') as o:
    for w, n in c.most_common(): o.write(f'{w}\t{n}\n')
