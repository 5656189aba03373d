"""Analyses to tables: one row per event, quotation or actor mention.

The same column lists serve pandas (:func:`events_frame` and friends), Arrow
(:func:`to_arrow`, used by :mod:`marsad.spark`) and Spark schemas, so the three agree.

Column kinds and their types (pandas dtype / Arrow / Spark):

- ``str``: ``object`` holding str or None / ``string`` / ``string``
- ``int``: ``int64`` / ``int64`` / ``bigint``
- ``Int``: ``Int64`` (nullable, ``<NA>``) / ``int64`` / ``bigint``
- ``float``: ``float64`` / ``float64`` / ``double``
- ``bool``: ``bool`` / ``bool`` / ``boolean``
- ``parties``: ``object`` holding a list of Party dicts / ``list<struct>`` / ``array<struct>``

A Party is ``{start, end, text, entity, actor, country, role}`` as in the output format.
"""

import json
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple, Union

from ._marsad import FORMAT

PARTY_FIELDS: Tuple[Tuple[str, str], ...] = (
    ("start", "int"),
    ("end", "int"),
    ("text", "str"),
    ("entity", "str"),
    ("actor", "str"),
    ("country", "str"),
    ("role", "str"),
)

#: Columns of :func:`events_frame`: (name, kind, meaning).
EVENT_COLUMNS: Tuple[Tuple[str, str, str], ...] = (
    ("id", "str", "article id"),
    ("date", "str", "article date as given, or None"),
    ("event", "int", "index of the event in the article's events"),
    ("type", "str", "PLOVER event type (ASSAULT, CONSULT, ...)"),
    ("cameo", "str", "CAMEO event code, or None"),
    ("mode", "str", "PLOVER mode, or None"),
    ("actors", "parties", "list of Party dicts: who acts"),
    ("recipients", "parties", "list of Party dicts: to whom"),
    ("negated", "bool", "the text says it did not / will not happen"),
    ("modality", "str", "None for a reported fact; future, intent, hypothetical, ..."),
    ("claimed_by", "Int", "index into the article's quotes of the quote stating it, or <NA>"),
    ("sentence_start", "int", "sentence span start (code points)"),
    ("sentence_end", "int", "sentence span end (code points)"),
    ("trigger_start", "int", "trigger span start"),
    ("trigger_end", "int", "trigger span end"),
    ("trigger_text", "str", "trigger text"),
    ("confidence", "float", "confidence in [0, 1]"),
    ("rule", "str", "the rule that produced the event"),
)

#: Columns of :func:`quotes_frame`: (name, kind, meaning).
QUOTE_COLUMNS: Tuple[Tuple[str, str, str], ...] = (
    ("id", "str", "article id"),
    ("date", "str", "article date as given, or None"),
    ("quote", "int", "index of the quote in the article's quotes"),
    ("start", "int", "quoted content start (code points)"),
    ("end", "int", "quoted content end"),
    ("text", "str", "quoted content"),
    ("direct", "bool", "direct (quotation marks) or indirect"),
    ("cue_start", "int", "reporting cue start"),
    ("cue_end", "int", "reporting cue end"),
    ("cue_text", "str", "reporting cue (قال, أضاف, ...)"),
    ("speaker_start", "Int", "speaker span start, or <NA> when no speaker was found"),
    ("speaker_end", "Int", "speaker span end, or <NA>"),
    ("speaker_text", "str", "speaker text, or None"),
    ("speaker_entity", "str", "speaker's canonical name, or None"),
    ("speaker_actor", "str", "speaker's actor code (USAGOV, ...), or None"),
    ("speaker_country", "str", "speaker's country (ISO alpha-3 or IGO code), or None"),
    ("speaker_role", "str", "speaker's CAMEO role, or None"),
    ("confidence", "float", "confidence in [0, 1]"),
    ("rule", "str", "the rule that produced the quote"),
)

#: Columns of :func:`mentions_frame`: (name, kind, meaning).
MENTION_COLUMNS: Tuple[Tuple[str, str, str], ...] = (
    ("id", "str", "article id"),
    ("date", "str", "article date as given, or None"),
    ("mention", "int", "index of the mention in the article's mentions"),
    ("start", "int", "span start (code points)"),
    ("end", "int", "span end"),
    ("text", "str", "mention text"),
    ("type", "str", "state, igo, group, person, agent, metonym"),
    ("entity", "str", "canonical entity name, or None"),
    ("actor", "str", "CAMEO-style actor code, or None"),
    ("country", "str", "ISO alpha-3 or IGO code, or None"),
    ("role", "str", "CAMEO role code, or None"),
    ("rule", "str", "the dictionary entry or rule that produced it"),
    ("antecedent_start", "Int", "start of the mention a role phrase refers to, or <NA>"),
    ("antecedent_end", "Int", "end of that mention, or <NA>"),
)

COLUMNS = {"events": EVENT_COLUMNS, "quotes": QUOTE_COLUMNS, "mentions": MENTION_COLUMNS}

PANDAS_DTYPES = {"str": "object", "int": "int64", "Int": "Int64", "float": "float64", "bool": "bool", "parties": "object"}


def _party(p: Dict[str, Any]) -> Dict[str, Any]:
    return {k: p.get(k) for k, _ in PARTY_FIELDS}


def _event_rows(a: Dict[str, Any]) -> Iterator[tuple]:
    aid, date = a["id"], a.get("date")
    for i, e in enumerate(a.get("events") or ()):
        s = e["sentence"]
        t = e["trigger"]
        yield (
            aid, date, i, e["type"], e.get("cameo"), e.get("mode"),
            [_party(p) for p in e.get("actors") or ()],
            [_party(p) for p in e.get("recipients") or ()],
            bool(e.get("negated")), e.get("modality"), e.get("claimed_by"),
            s[0], s[1], t["start"], t["end"], t["text"],
            e.get("confidence"), e.get("rule"),
        )


def _quote_rows(a: Dict[str, Any]) -> Iterator[tuple]:
    aid, date = a["id"], a.get("date")
    for i, q in enumerate(a.get("quotes") or ()):
        c = q["cue"]
        sp = q.get("speaker") or {}
        yield (
            aid, date, i, q["start"], q["end"], q["text"], bool(q["direct"]),
            c["start"], c["end"], c["text"],
            sp.get("start"), sp.get("end"), sp.get("text"), sp.get("entity"),
            sp.get("actor"), sp.get("country"), sp.get("role"),
            q.get("confidence"), q.get("rule"),
        )


def _mention_rows(a: Dict[str, Any]) -> Iterator[tuple]:
    aid, date = a["id"], a.get("date")
    for i, m in enumerate(a.get("mentions") or ()):
        ante = m.get("antecedent") or (None, None)
        yield (
            aid, date, i, m["start"], m["end"], m["text"], m["type"], m.get("entity"),
            m.get("actor"), m.get("country"), m.get("role"), m.get("rule"), ante[0], ante[1],
        )


ROWS = {"events": _event_rows, "quotes": _quote_rows, "mentions": _mention_rows}

AnalysesLike = Union[Dict[str, Any], str, Iterable[Union[Dict[str, Any], str]]]


def _analyses(analyses: AnalysesLike, fn: str) -> Iterator[Dict[str, Any]]:
    """Validate the input of the frame functions: marsad/1 dicts (or their JSON lines)."""
    if isinstance(analyses, dict) or isinstance(analyses, str):
        analyses = [analyses]
    try:
        it = iter(analyses)
    except TypeError:
        raise TypeError(
            f"{fn}() takes marsad/1 analyses (an analysis dict or an iterable of them), "
            f"not {type(analyses).__name__}"
        ) from None
    for n, a in enumerate(it):
        if isinstance(a, str):
            try:
                a = json.loads(a)
            except ValueError as e:
                raise ValueError(f"{fn}(): item {n} is a str but not a JSON analysis: {e}") from None
        if not isinstance(a, dict):
            raise TypeError(f"{fn}(): item {n} is a {type(a).__name__}, not a marsad/1 analysis dict")
        if a.get("format") != FORMAT:
            hint = ""
            if "text" in a and "format" not in a:
                hint = f"; it looks like an article: use {fn}(marsad.analyze_many(articles))"
            raise ValueError(f"{fn}(): item {n} is not a {FORMAT} analysis (format={a.get('format')!r}){hint}")
        yield a


def columns(kind: str, analyses: AnalysesLike, fn: Optional[str] = None) -> Dict[str, List[Any]]:
    """The table of ``kind`` (``events``, ``quotes``, ``mentions``) as a dict of lists."""
    spec = COLUMNS[kind]
    rows_of = ROWS[kind]
    rows: List[tuple] = []
    for a in _analyses(analyses, fn or f"{kind}_frame"):
        rows.extend(rows_of(a))
    if rows:
        cols = list(zip(*rows))
        return {name: list(col) for (name, _, _), col in zip(spec, cols)}
    return {name: [] for name, _, _ in spec}


def _pandas(fn: str):
    try:
        import pandas
    except ImportError:
        raise ImportError(
            f"marsad.{fn}() needs pandas, which is not installed: "
            "pip install 'marsad[frames]' (or: pip install pandas pyarrow)"
        ) from None
    return pandas


def _frame(kind: str, analyses: AnalysesLike, fn: str):
    pd = _pandas(fn)
    cols = columns(kind, analyses, fn)
    data = {}
    for name, k, _ in COLUMNS[kind]:
        dtype = PANDAS_DTYPES[k]
        if dtype == "object":
            s = pd.Series(cols[name], dtype=object)
        else:
            s = pd.Series(pd.array(cols[name], dtype=dtype)) if dtype == "Int64" else pd.Series(cols[name], dtype=dtype)
        data[name] = s
    return pd.DataFrame(data, columns=[c[0] for c in COLUMNS[kind]])


def events_frame(analyses: AnalysesLike):
    """One row per event of the given analyses, columns :data:`EVENT_COLUMNS`.

    ``analyses``: an analysis dict, an iterable of them (e.g. ``marsad.analyze_many(...)``
    or ``marsad.read_jsonl("out.jsonl")``), or JSON lines of them. Returns a pandas
    DataFrame; an empty input gives an empty frame with the same columns and dtypes.
    """
    return _frame("events", analyses, "events_frame")


def quotes_frame(analyses: AnalysesLike):
    """One row per quotation, columns :data:`QUOTE_COLUMNS`; input as for :func:`events_frame`."""
    return _frame("quotes", analyses, "quotes_frame")


def mentions_frame(analyses: AnalysesLike):
    """One row per actor mention, columns :data:`MENTION_COLUMNS`; input as for :func:`events_frame`."""
    return _frame("mentions", analyses, "mentions_frame")


def arrow_schema(kind: str):
    """The Arrow schema of the ``kind`` table (needs pyarrow)."""
    import pyarrow as pa

    party = pa.struct([(n, pa.int64() if k == "int" else pa.string()) for n, k in PARTY_FIELDS])
    types = {
        "str": pa.string(),
        "int": pa.int64(),
        "Int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "parties": pa.list_(party),
    }
    return pa.schema([pa.field(n, types[k], nullable=k not in ("int", "bool")) for n, k, _ in COLUMNS[kind]])


def to_arrow(kind: str, analyses: AnalysesLike):
    """The ``kind`` table as a ``pyarrow.RecordBatch`` (needs pyarrow)."""
    import pyarrow as pa

    return pa.RecordBatch.from_pydict(columns(kind, analyses), schema=arrow_schema(kind))
