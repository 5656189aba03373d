#!/usr/bin/env python3
"""Third miner: in Arab triple names (محمد X الY), X after a listed Arab first name and
before an ال- surname is usually the father's given name. Counts X; writes middle_counts.tsv."""
import gzip, json, re, sys, csv, collections
from mine_norm import norm
TOK = re.compile(r'[\u0621-\u064A\u064B-\u065F\u0670\u0640]+|[^\s\w]|\w+')
first = set()
for r in csv.DictReader(open('first-names.tsv'), delimiter='\t'):
    if r['origin'] == 'arab' and r['starts'] == 'yes': first.add(norm(r['name']))
c = collections.Counter()
with gzip.open(sys.argv[1], 'rt') as f:
    for line in f:
        toks = [norm(t) for t in TOK.findall(json.loads(line).get('text') or '')]
        for i in range(1, len(toks)-1):
            if toks[i-1] in first and toks[i+1].startswith('ال') and len(toks[i+1]) > 4 \
               and not toks[i].startswith('ال') and re.match(r'^[\u0621-\u064A]{3,}$', toks[i]):
                c[toks[i]] += 1
with open('middle_counts.tsv', 'w') as o:
    for w, n in c.most_common(): o.write(f'{w}\t{n}\n')
