"""marsad: Arabic news to structured political data.

Every result is a ``marsad/1`` analysis (``docs/output-format.md``): a dict with the
article's metadata, its paragraphs and sentences, actor ``mentions``, ``quotes`` and
``events``, each a span of the text given as Unicode code-point offsets
(``text[start:end] == span["text"]``). A result is equal to ``json.loads`` of the line
``marsad analyze`` writes for the same article.

Functions:

- :func:`analyze` -- one article (a str) to one analysis dict;
- :func:`analyze_json` -- the same, as the CLI's JSON line;
- :func:`analyze_many` -- an iterable of article dicts to an iterator of analyses, in
  input order, in parallel on all cores with the GIL released;
- :func:`events_frame`, :func:`quotes_frame`, :func:`mentions_frame` -- analyses to
  pandas DataFrames with documented columns (needs pandas);
- :func:`read_jsonl` -- read the CLI's output (or articles) back, ``.gz`` or not;
- :func:`read_db` -- a table of a marsad SQLite store as a DataFrame;
- :mod:`marsad.spark` -- the same on Spark DataFrames (``mapInArrow``).

The dictionaries are embedded in the extension and compiled once per process, on first
use (or by :func:`load`).
"""

from ._marsad import (  # noqa: F401
    FORMAT,
    AnalysisIterator,
    __version__,
    analyze,
    analyze_json,
    analyze_many,
    load,
)
from ._frames import (  # noqa: F401
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    QUOTE_COLUMNS,
    events_frame,
    mentions_frame,
    quotes_frame,
)
from ._io import read_db, read_jsonl  # noqa: F401

__all__ = [
    "FORMAT",
    "__version__",
    "analyze",
    "analyze_json",
    "analyze_many",
    "load",
    "events_frame",
    "quotes_frame",
    "mentions_frame",
    "EVENT_COLUMNS",
    "QUOTE_COLUMNS",
    "MENTION_COLUMNS",
    "read_jsonl",
    "read_db",
]
