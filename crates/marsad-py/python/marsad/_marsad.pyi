"""Type stubs for the compiled extension ``marsad._marsad``."""

import datetime
from typing import Any, Dict, Iterable, Iterator, Mapping, Optional, Union

FORMAT: str
"""The output format version, ``"marsad/1"``."""

__version__: str

Analysis = Dict[str, Any]
"""A ``marsad/1`` analysis (see docs/output-format.md)."""

DateLike = Union[str, datetime.date, None]
IdLike = Union[str, int, None]

def analyze(
    text: str,
    *,
    id: IdLike = None,
    date: DateLike = None,
    title: Optional[str] = None,
    source: Optional[str] = None,
    url: Optional[str] = None,
) -> Analysis:
    """Analyse one article and return its ``marsad/1`` analysis as a dict.

    ``text`` must be a ``str`` (bytes: decode first). ``id`` defaults to ``""``; an int id
    is written in decimal. ``date`` (``YYYY-MM-DD``, optionally followed by a time, or a
    ``datetime.date``) picks dated actor codes; an unreadable date gives a diagnostic,
    not an error. Raises ``TypeError`` for arguments of the wrong type and ``ValueError``
    for a str that is not valid Unicode (lone surrogates).
    """

def analyze_json(
    text: str,
    *,
    id: IdLike = None,
    date: DateLike = None,
    title: Optional[str] = None,
    source: Optional[str] = None,
    url: Optional[str] = None,
) -> str:
    """Like :func:`analyze`, but return the analysis as one line of JSON (no newline),
    byte for byte what ``marsad analyze`` writes for the same article."""

class AnalysisIterator(Iterator[Any]):
    """The iterator returned by :func:`analyze_many`."""

    def __iter__(self) -> "AnalysisIterator": ...
    def __next__(self) -> Any: ...

def analyze_many(
    articles: Iterable[Union[Mapping[str, Any], str]],
    threads: Optional[int] = None,
    *,
    batch_size: int = 512,
    as_json: bool = False,
) -> AnalysisIterator:
    """Analyse many articles in parallel and yield their analyses in input order.

    Each item is a dict with ``"text"`` (str) and optional ``"id"`` (str or int),
    ``"date"`` (str or ``datetime.date``), ``"title"``, ``"source"``, ``"url"``; or a plain
    str (the text). A missing or None id becomes the item's position in the input
    (``"0"``, ``"1"``, ...).

    Articles are taken ``batch_size`` at a time (at most 32 MB of text), analysed on
    ``threads`` threads (default: all cores, rayon's global pool) with the GIL released,
    and yielded as dicts, or as JSON lines identical to the CLI's with ``as_json=True``.
    The input is consumed lazily, so memory stays bounded for any input length.

    At most three batches are in flight: two analysed in the background while the
    previous one is converted. A bad item (or an exception from the input) ends the
    input: the analyses of the items before it are yielded, then ``TypeError`` /
    ``ValueError`` (naming its position and id) or the input's own exception is raised.
    """

def load() -> int:
    """Compile the embedded dictionaries now (otherwise done on first use); returns the
    number of dictionary entries. Safe to call many times."""
