"""marsad on Spark: code a DataFrame of articles into events, quotes or mentions.

Each function takes a Spark DataFrame with a text column (and usually an id and a date
column) and returns a new DataFrame, computed lazily with ``DataFrame.mapInArrow``:
every Python worker loads the dictionaries once, receives Arrow batches of articles,
analyses them with :func:`marsad.analyze_many` and returns Arrow batches of rows. The
result columns are those of :func:`marsad.events_frame`, :func:`marsad.quotes_frame` and
:func:`marsad.mentions_frame` (see docs/python.md and docs/spark.md).

``marsad`` (with pyarrow) must be importable by the Python that Spark's workers run:
``pip install marsad`` on every node, or ship a packed virtualenv with ``--archives``
and point ``spark.pyspark.python`` at it (docs/spark.md).

Rows whose text is null are skipped; a null id becomes ``""``; the date column may be a
string, a date or a timestamp (written as ``YYYY-MM-DD`` or ``YYYY-MM-DD HH:MM:SS``).
"""

from typing import Optional

from . import _frames

__all__ = ["code_events", "code_quotes", "code_mentions", "code_analyses", "spark_schema"]


def spark_schema(kind: str):
    """The Spark schema (``StructType``) of the ``kind`` table: ``events``, ``quotes``,
    ``mentions``; the Spark twin of :func:`marsad._frames.arrow_schema`."""
    from pyspark.sql import types as T

    party = T.StructType(
        [T.StructField(n, T.LongType() if k == "int" else T.StringType(), True) for n, k in _frames.PARTY_FIELDS]
    )
    types = {
        "str": T.StringType(),
        "int": T.LongType(),
        "Int": T.LongType(),
        "float": T.DoubleType(),
        "bool": T.BooleanType(),
        "parties": T.ArrayType(party, True),
    }
    return T.StructType(
        [T.StructField(n, types[k], k not in ("int", "bool")) for n, k, _ in _frames.COLUMNS[kind]]
    )


def _articles(df, text_col: str, id_col: Optional[str], date_col: Optional[str]):
    """Select (id, text, date) as strings, checking the columns exist."""
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    if not hasattr(df, "mapInArrow"):
        raise TypeError(
            f"expected a pyspark.sql.DataFrame (Spark 3.3 or newer), not {type(df).__name__}"
        )
    names = df.columns
    for role, col in (("text_col", text_col), ("id_col", id_col), ("date_col", date_col)):
        if col is not None and col not in names:
            if role == "date_col" and col == "date":
                continue  # the default date column is optional
            raise ValueError(f"{role}={col!r}: no such column; the DataFrame has {names}")
    ttype = df.schema[text_col].dataType
    if not isinstance(ttype, T.StringType):
        raise TypeError(f"text_col={text_col!r} must be a string column, not {ttype.simpleString()}")
    id_expr = F.col(id_col).cast("string") if id_col is not None else F.lit(None).cast("string")
    if date_col is not None and date_col in names:
        date_expr = F.col(date_col).cast("string")
    else:
        date_expr = F.lit(None).cast("string")
    return df.select(id_expr.alias("id"), F.col(text_col).alias("text"), date_expr.alias("date"))


def _analyses_of(batch, threads, as_json=False):
    """One Arrow batch of (id, text, date) to analyses (or JSON lines), in order."""
    import marsad

    ids = batch.column(0).to_pylist()
    texts = batch.column(1).to_pylist()
    dates = batch.column(2).to_pylist()
    articles = (
        {"id": i if i is not None else "", "text": t, "date": d}
        for i, t, d in zip(ids, texts, dates)
        if t is not None
    )
    return marsad.analyze_many(articles, threads=threads, as_json=as_json)


def _code(df, kind, text_col, id_col, date_col, threads):
    sel = _articles(df, text_col, id_col, date_col)
    schema = spark_schema(kind)

    def run(batches):
        import pyarrow as pa

        from marsad import _frames as frames

        arrow_schema = frames.arrow_schema(kind)
        for batch in batches:
            cols = frames.columns(kind, _analyses_of(batch, threads))
            yield pa.RecordBatch.from_pydict(cols, schema=arrow_schema)

    return sel.mapInArrow(run, schema)


def code_events(df, text_col: str = "text", id_col: Optional[str] = "id", date_col: Optional[str] = "date", *, threads: Optional[int] = 1):
    """Events of every article of ``df``: one row per event, the columns of
    :func:`marsad.events_frame` (``id``, ``date``, ``event``, ``type``, ``cameo``, ...).

    ``threads`` is the number of threads each Spark task uses (default 1: Spark already
    runs one task per core; ``None`` = all cores of the executor).
    """
    return _code(df, "events", text_col, id_col, date_col, threads)


def code_quotes(df, text_col: str = "text", id_col: Optional[str] = "id", date_col: Optional[str] = "date", *, threads: Optional[int] = 1):
    """Quotations of every article: one row per quote, the columns of
    :func:`marsad.quotes_frame`. Arguments as for :func:`code_events`."""
    return _code(df, "quotes", text_col, id_col, date_col, threads)


def code_mentions(df, text_col: str = "text", id_col: Optional[str] = "id", date_col: Optional[str] = "date", *, threads: Optional[int] = 1):
    """Actor mentions of every article: one row per mention, the columns of
    :func:`marsad.mentions_frame`. Arguments as for :func:`code_events`."""
    return _code(df, "mentions", text_col, id_col, date_col, threads)


def code_analyses(df, text_col: str = "text", id_col: Optional[str] = "id", date_col: Optional[str] = "date", *, threads: Optional[int] = 1):
    """The whole ``marsad/1`` analysis of every article, as a DataFrame of
    ``(id string, analysis string)``: ``analysis`` is the JSON line ``marsad analyze``
    writes. Use it to keep everything (e.g. write it as text or Parquet) and derive
    tables later with ``marsad.events_frame`` and friends."""
    from pyspark.sql import types as T

    sel = _articles(df, text_col, id_col, date_col)
    schema = T.StructType([T.StructField("id", T.StringType(), False), T.StructField("analysis", T.StringType(), False)])

    def run(batches):
        import pyarrow as pa

        out_schema = pa.schema([pa.field("id", pa.string(), False), pa.field("analysis", pa.string(), False)])
        for batch in batches:
            ids = [
                i if i is not None else ""
                for i, t in zip(batch.column(0).to_pylist(), batch.column(1).to_pylist())
                if t is not None
            ]
            lines = list(_analyses_of(batch, threads, as_json=True))
            yield pa.RecordBatch.from_pydict({"id": ids, "analysis": lines}, schema=out_schema)

    return sel.mapInArrow(run, schema)
