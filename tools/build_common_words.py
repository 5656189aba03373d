#!/usr/bin/env python3
"""Build crates/marsad-core/data/common_words.txt: Arabic words the press writes with the
article (الطيران، المسلحة), as verbs (after قد، لم، لن، لا، سوف, or with the future
prefix سـ, or after التي، الذي، الذين، ثم), or as the first noun of a construct (مكافحة الإرهاب، ارتكاب الجرائم: most of its
bare occurrences right before a definite word that is no nisba), counted over the shared
corpus. A word after an organisation's head noun
that is none of these and no dictionary knows is read as a proper name
(crates/marsad-core/src/mentions/org_names.rs).

Keys are folded as marsad's matching keys are (diacritics and tatweel dropped, أ إ آ ٱ
as ا, ى as ي, ة as ه). A word is listed when such readings are at least MIN_COUNT and at
least 1/RATIO of its bare occurrences (الفيسبوك is rare next to فيسبوك: a name).

Usage: tools/build_common_words.py CORPUS.jsonl[.gz] > crates/marsad-core/data/common_words.txt
Standard library only.
"""
import collections
import gzip
import json
import re
import sys

MIN_COUNT = 3
RATIO = 50
# A construct noun: at least this many bare occurrences before a definite word, and at
# least half of them.
CONSTRUCT_MIN = 5
DIACRITICS = re.compile('[\u064B-\u0652\u0670\u0640]')
TOKEN = re.compile('[\u0621-\u064A\u0671\u064B-\u0652\u0670\u0640]+|\\S')
FOLD = str.maketrans({'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه'})
ARTICLE = ['وبال', 'وكال', 'وال', 'فال', 'بال', 'كال', 'ال']
# Particles and relative pronouns a verb follows.
PARTICLES = {'قد', 'لقد', 'وقد', 'فقد', 'لم', 'ولم', 'لن', 'ولن', 'سوف', 'وسوف', 'لا', 'ولا', 'كي', 'لكي', 'التي', 'الذي',
             'الذين', 'ثم'}
FUTURE = ('وس', 'فس', 'س')


def key(word):
    return DIACRITICS.sub('', word).translate(FOLD)


def main(path):
    opener = gzip.open if path.endswith('.gz') else open
    bare, definite, verbal = collections.Counter(), collections.Counter(), collections.Counter()
    construct = collections.Counter()
    with opener(path, 'rt', encoding='utf-8') as f:
        for line in f:
            prev = ''
            prev_bare = False
            for w in TOKEN.findall(json.loads(line).get('text', '')):
                k = key(w)
                is_definite = k.startswith('لل') and len(k) > 4 or any(k.startswith(p) and len(k) - len(p) >= 3 for p in ARTICLE)
                nisba = k.endswith('ي') or k.endswith('يه') or k.endswith('يين') or k.endswith('يون')
                if is_definite and not nisba and prev_bare:
                    construct[prev] += 1
                prev_bare = False
                if k.startswith('لل') and len(k) > 4:
                    definite[k[2:]] += 1
                else:
                    for p in ARTICLE:
                        if k.startswith(p) and len(k) - len(p) >= 3:
                            definite[k[len(p):]] += 1
                            break
                    else:
                        bare[k] += 1
                        prev_bare = True
                        if prev in PARTICLES:
                            verbal[k] += 1
                        for p in FUTURE:
                            if k.startswith(p) and len(k) > len(p) + 2 and k[len(p)] in 'يتنا':
                                verbal[k[len(p):]] += 1
                                break
                prev = k
    common = {w for w, n in construct.items() if n >= CONSTRUCT_MIN and 2 * n >= bare[w]}
    for counts in (definite, verbal):
        for w, n in counts.items():
            if n >= MIN_COUNT and n * RATIO >= bare[w]:
                common.add(w)
    print('# Arabic words written with the article, as verbs or as construct nouns in the shared corpus (keys):')
    print('# built by tools/build_common_words.py; do not edit')
    for w in sorted(common):
        print(w)


if __name__ == '__main__':
    main(sys.argv[1])
