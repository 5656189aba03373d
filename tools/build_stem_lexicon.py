#!/usr/bin/env python3
"""Derive marsad's clitic-segmentation stem lexicon from the shared news corpus.

Rebuild (from the repository root, with ../shared laid beside it; ~20 s, one core):

    python3 tools/build_stem_lexicon.py \
        --corpus ../shared/corpora/ant-v2.1.jsonl.gz \
        --out crates/marsad-text/data

then `cargo test -p marsad-text` and `cargo test -p marsad-eval` (the gold scores).

Writes two plain-text files that `crates/marsad-text/src/segment.rs` embeds with
`include_str!`:

- `stems.tsv`: `stem_key<TAB>M<TAB>F`, sorted by key. A stem key is the matching key
  of `marsad_text::normalize` with two unifications switched off: alef variants
  (أ إ آ ٱ) and ta marbuta (ة) stay as written; diacritics, tatweel, ى→ي and digits are
  folded. M is the expected number of corpus tokens whose stem this is (one E-step, see
  below); F the number of tokens where it stands free (alone or after the article only).
  Stems with M and F both below --min-count (2) are left out.
- `clitic_priors.tsv`: `@` rows for the model constants, then `pattern<TAB>odds` for
  every clitic pattern (`conj|mid|enclitic`, `-` for none).

Only the ANT corpus is read: no gold segmentation data goes into the lexicon.

The model. For a word, every reading allowed by the clitic grammar (`candidates`,
mirrored by `segment.rs`: keep them in step) is scored

    whole word:      M(word) + FLOOR_WHOLE
    clitic reading:  odds(pattern) * (M(stem) + FLOOR_STEM) * F(stem) / (F(stem) + KAPPA)

and the best wins. The odds are set by hand per clitic and multiplied (CONJ/MID/ENC_ODDS
below). The last factor asks that the stem be attested as a word on its own, which
keeps names whole (ريطانيا never stands alone, so بريطانيا is not ب+ريطانيا) and keeps
short strings that merely end many words (عل, لد) from being split off. Before an
enclitic a stem also counts its free form: حكومت+ه counts حكومة, مستوا+ه مستوى,
أبناؤ+ه أبناء, كتبو+ه كتبوا. (At run time a word the corpus never saw is decided by the
odds alone.)

M comes from one E-step: N(stem) = tokens of all words that could contain the stem
under some reading; each word's count is shared among its readings in proportion to the
score above computed with N in place of M. Iterating further would let every word become
its own stem (the maximum-likelihood solution of this mixture is degenerate), so it stops
after one step.
"""
import argparse
import collections
import gzip
import json
import os
import sys
import unicodedata

# ---------------------------------------------------------------- keys (mirror normalize.rs)


def _ignorable(c):
    o = ord(c)
    return (
        0x064B <= o <= 0x065F or o == 0x0670 or 0x0610 <= o <= 0x061A
        or 0x06D6 <= o <= 0x06DC or 0x06DF <= o <= 0x06E8 or 0x06EA <= o <= 0x06ED
        or 0x08D3 <= o <= 0x08FF or o == 0x0640 or 0x200B <= o <= 0x200F
        or 0x202A <= o <= 0x202E or 0x2060 <= o <= 0x2069 or o in (0xFEFF, 0x061C, 0x00AD)
    )


_FOLD = {'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ک': 'ك', 'ی': 'ي',
         'ے': 'ي', 'ۀ': 'ه', 'ہ': 'ه', 'ھ': 'ه'}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)
    _FOLD[chr(0x06F0 + _i)] = str(_i)


def fold_alef(k):
    return k.translate(_ALEF)


_ALEF = str.maketrans({'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا'})


def seg_key(s):
    """The segmenter's key: key() without the alef and ta-marbuta unifications. Stems
    keep ة so that حكومة and the enclitic ه stay apart, and hamza so that واحد is not
    و+أحد; the text and the stem it is compared with are spelled by the same hand."""
    return key(s, alef=False, ta=False)


def key(s, alef=True, ta=True):
    out = []
    for c in s:
        if c < '\x80':
            out.append(c)
            continue
        if _ignorable(c):
            continue
        o = ord(c)
        if 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF:
            for d in unicodedata.normalize('NFKD', c):
                if d != ' ' and not _ignorable(d):
                    out.append(_FOLD.get(d, d))
            continue
        if (not alef and c in 'أإآٱ') or (not ta and c == 'ة'):
            out.append(c)
        else:
            out.append(_FOLD.get(c, c))
    return ''.join(out)


def is_arabic_letter(c):
    return '\u0621' <= c <= '\u064A' or '\u0671' <= c <= '\u06D3'


def word_char(c):
    return c.isalnum() or _ignorable(c) or unicodedata.category(c) == 'Mn'


_WORD_RE = None


def words(text):
    """Maximal runs of word characters (mirrors segment_line's splitting)."""
    global _WORD_RE
    if _WORD_RE is None:
        import re
        # \w (letters, digits) plus harakat, tatweel and invisible controls; '_' is
        # dropped afterwards.
        _WORD_RE = re.compile('[\\w\u064B-\u065F\u0670\u0610-\u061A\u06D6-\u06DC\u06DF-\u06E8'
                              '\u06EA-\u06ED\u08D3-\u08FF\u0640\u200B-\u200F\u202A-\u202E'
                              '\u2060-\u2069\uFEFF\u061C\u00AD]+')
    return _WORD_RE.findall(text)


# ---------------------------------------------------------------- candidate grammar
# Keep in step with `segment.rs`.

CONJ = ['', 'و', 'ف']
# (surface key, pattern part): preposition / future / article combinations after the
# conjunction. 'لل' is ل + ال with the article's alef dropped.
MID = [('', ''), ('ب', 'ب'), ('ك', 'ك'), ('ل', 'ل'), ('س', 'س'), ('ال', 'ال'),
       ('بال', 'ب+ال'), ('كال', 'ك+ال'), ('لل', 'ل+ال')]
ENC = ['', 'ه', 'ها', 'هم', 'هما', 'هن', 'ك', 'كم', 'كما', 'كن', 'ي', 'ني', 'نا']
IMPERFECT = set('يتنأ')


def pattern_name(conj, mid, enc):
    return '|'.join([conj or '-', mid or '-', enc or '-'])


def alternatives(stem, enc):
    """Stem keys whose evidence counts for this surface stem."""
    alts = [stem]
    if enc:
        last = stem[-1]
        if last == 'ت':
            alts.append(stem[:-1] + 'ة')  # حكومت+ه -> حكومة
        elif last == 'ا':
            alts.append(stem[:-1] + 'ي')  # مستوا+ه -> مستوى
        elif last == 'و':
            alts.append(stem + 'ا')  # كتبو+ه -> كتبوا
        elif last in 'ؤئ':
            alts.append(stem[:-1] + 'ء')  # أبناؤ+ه -> أبناء
    return alts


# Function words that begin with a bare-alef ال but carry no article.
ARTICLE_WORDS = {'الله', 'الذي', 'التي', 'الذين', 'اللذان', 'اللتان', 'اللذين', 'اللتين',
                 'اللاتي', 'اللواتي', 'اللائي', 'الا', 'الي', 'اللهم'}


def candidates(w):
    """Yield (pattern, surface_stem, [stem keys]) for a word key (alef variants kept:
    the article is written with a bare alef, so ألمانيا and إلى are not ال+...)."""
    kl = w
    for conj in CONJ:
        if conj and not w.startswith(conj):
            continue
        for mid_s, mid_p in MID:
            pre = conj + mid_s
            if not w.startswith(pre):
                continue
            if 'ا' in mid_s and (kl[len(pre) - 2] != 'ا' or w[len(pre) - 2:] in ARTICLE_WORDS):
                continue  # the article needs a bare alef; الذي التي are no ال+...
            rest = w[len(pre):]
            if (conj or mid_s) and mid_s in ('', 'ب', 'ك', 'ل') and kl[len(pre):].startswith('ال') \
                    and len(rest) > 3 and rest not in ARTICLE_WORDS:
                continue  # the article belongs to the proclitics, not the stem
            for enc in ENC:
                if enc and not rest.endswith(enc):
                    continue
                stem = rest[:len(rest) - len(enc)]
                if not valid(conj, mid_p, stem, enc):
                    continue
                yield pattern_name(conj, mid_p, enc), stem, alternatives(stem, enc)


def valid(conj, mid, stem, enc):
    ls = len(stem)
    if ls == 0:
        return False
    if not conj and not mid and not enc:
        return True  # the whole word is always a reading
    if not all(is_arabic_letter(c) for c in stem):
        # A clitic before digits or Latin (و2006): the rest is taken as it is.
        return (conj or mid) and not enc and mid in ('', 'ب', 'ل', 'ك', 'ال', 'ب+ال', 'ل+ال', 'ك+ال') \
            and not is_arabic_letter(stem[0])
    if 'ال' in mid and enc:
        return False  # definite article and possessive pronoun exclude each other
    if mid == 'س':
        return ls >= 3 and stem[0] in IMPERFECT
    if ls == 1:
        # ل+ه, ب+ها, و+ل+ي: a one-letter preposition carrying an enclitic.
        return bool(enc) and mid == '' and stem in ('ل', 'ب', 'ك')
    if enc and stem[-1] == 'ه' and enc[0] == 'ه' and ls <= 2:
        return False
    if stem == 'ال':
        return False
    return True


# ---------------------------------------------------------------- priors

# Odds of each clitic against its absence, multiplied per pattern. Set by hand from the
# grammar of news Arabic (the article is near-certain once its stem is attested; و is
# the commonest proclitic; first/second person enclitics are rare in news and collide
# with nisba -ي and stems ending in -ك), not fitted to any gold data.
CONJ_ODDS = {'': 1.0, 'و': 1.0, 'ف': 0.2}
MID_ODDS = {'': 1.0, 'ب': 0.8, 'ك': 0.1, 'ل': 0.6, 'س': 0.6, 'ال': 5.0,
            'ب+ال': 3.0, 'ك+ال': 0.5, 'ل+ال': 3.0}
ENC_ODDS = {'': 1.0, 'ه': 0.6, 'ها': 0.4, 'هم': 0.2, 'هما': 0.06, 'هن': 0.01, 'نا': 0.1,
            'ك': 0.01, 'كم': 0.01, 'كما': 0.001, 'كن': 0.001, 'ي': 0.01, 'ني': 0.01}


def pattern_odds(conj, mid, enc):
    return CONJ_ODDS[conj] * MID_ODDS[mid] * ENC_ODDS[enc]


# Model constants, written into clitic_priors.tsv as @-rows for the Rust side.
KAPPA = 30.0  # free-standing count at which a stem is half-trusted
FLOOR_WHOLE = 0.05  # pseudo-count of an unknown whole word
FLOOR_STEM = 0.06  # pseudo-count of an unknown stem (slightly above: و+unknown splits)


def trust(f):
    """How far a stem is attested as a word on its own: F/(F+KAPPA)."""
    return (f + 0.01) / (f + KAPPA)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--corpus', default='../shared/corpora/ant-v2.1.jsonl.gz')
    ap.add_argument('--out', default='crates/marsad-text/data')
    ap.add_argument('--min-count', type=int, default=2)
    args = ap.parse_args()

    raw = collections.Counter()
    with gzip.open(args.corpus, 'rt', encoding='utf-8') as f:
        for line in f:
            doc = json.loads(line)
            for field in ('title', 'text'):
                raw.update(words(doc.get(field) or ''))
    counts = collections.Counter()
    for tok, c in raw.items():
        if any(is_arabic_letter(ch) for ch in tok):
            for part in tok.split('_'):
                k = seg_key(part)
                if k:
                    counts[k] += c
    print(f'{len(counts)} word types, {sum(counts.values())} tokens', file=sys.stderr)

    # F(stem): occurrences as a free-standing word, bare or with the article only.
    free = collections.Counter()
    for w, c in counts.items():
        if w.startswith('ال') and len(w) > 3 and w not in ARTICLE_WORDS:
            free[w[2:]] += c
        else:
            free[w] += c

    # N(stem): how many tokens could contain the stem under some clitic pattern.
    table = []
    n_stem = collections.Counter()
    for w, c in counts.items():
        cands = []
        for pat, _stem, alts in candidates(w):
            cands.append((pat, alts))
            for a in set(alts):
                n_stem[a] += c
        table.append((w, c, cands))

    # One E-step: share each word's count among its readings, scored as at run time
    # (odds x N x trust); M(stem) is the expected number of tokens of the stem.
    def odds(p):
        c, m, e = (x if x != '-' else '' for x in p.split('|'))
        return pattern_odds(c, m, e)

    m_stem = collections.Counter()
    for w, c, cands in table:
        scores = []
        for p, alts in cands:
            if p == '-|-|-':
                scores.append(n_stem[w] + FLOOR_WHOLE)
            else:
                ev = sum(n_stem[a] for a in alts)
                tr = max(trust(free[a]) for a in alts)
                scores.append(odds(p) * (ev + FLOOR_STEM) * tr)
        z = sum(scores)
        for (p, alts), sc in zip(cands, scores):
            share = c * sc / z / len(alts)
            for a in alts:
                m_stem[a] += share

    os.makedirs(args.out, exist_ok=True)
    keys = {s for s, v in m_stem.items() if v >= args.min_count} | {s for s, v in free.items() if v >= args.min_count}
    with open(os.path.join(args.out, 'stems.tsv'), 'w', encoding='utf-8') as f:
        f.write('# stem_key\tM (expected tokens of the stem)\tF (free-standing tokens): '
                'built by tools/build_stem_lexicon.py from ant-v2.1; do not edit\n')
        for s in sorted(keys):
            f.write(f'{s}\t{int(round(m_stem[s]))}\t{free[s]}\n')
    with open(os.path.join(args.out, 'clitic_priors.tsv'), 'w', encoding='utf-8') as f:
        f.write('# pattern(conj|mid|enclitic)\todds against the bare word: built by tools/build_stem_lexicon.py\n')
        f.write(f'@kappa\t{KAPPA}\n@floor_whole\t{FLOOR_WHOLE}\n@floor_stem\t{FLOOR_STEM}\n')
        for c in CONJ:
            for _, m in MID:
                for e in ENC:
                    f.write(f'{pattern_name(c, m, e)}\t{pattern_odds(c, m, e):.6g}\n')
    print(f'kept {len(keys)} stems', file=sys.stderr)


if __name__ == '__main__':
    main()
