"""Reading marsad files back: the CLI's JSONL output and marsad SQLite stores."""

import gzip
import json
import os
import sqlite3
from typing import Any, Dict, Iterator, Union

PathLike = Union[str, "os.PathLike[str]"]

#: ``PRAGMA application_id`` of a marsad store (``MRSD`` in ASCII; docs/store.md).
STORE_APPLICATION_ID = 0x4D525344


def read_jsonl(path: PathLike) -> Iterator[Dict[str, Any]]:
    """Yield the JSON objects of a JSONL file, one per non-blank line, lazily.

    Reads ``marsad analyze`` output (analyses) as well as article files; ``.gz`` files
    (also multi-member) are decompressed. A malformed line raises ``ValueError`` naming
    the file and line.
    """
    path = os.fspath(path)
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except ValueError as e:
                raise ValueError(f"{path}:{n}: not a JSON line: {e}") from None


def read_db(path: PathLike, table: str):
    """Read one table of a marsad SQLite store into a pandas DataFrame.

    Uses Python's ``sqlite3`` (no Rust code is involved); the database is opened
    read-only, so a store being written by ``marsad`` is safe to read. ``table`` is one of
    the store's tables (see docs/store.md), e.g. ``"articles"``, ``"mentions"``,
    ``"quotes"``, ``"events"``; columns are the table's, in schema order.

    Raises ``FileNotFoundError`` for a missing file, ``ValueError`` for a file that is not
    a marsad store or a table it does not have, and ``ImportError`` without pandas.
    """
    try:
        import pandas as pd
    except ImportError:
        raise ImportError(
            "marsad.read_db() needs pandas, which is not installed: "
            "pip install 'marsad[frames]' (or: pip install pandas)"
        ) from None
    if not isinstance(table, str):
        raise TypeError(f"read_db(): table must be a str, not {type(table).__name__}")
    path = os.fspath(path)
    if not os.path.isfile(path):
        raise FileNotFoundError(f"read_db(): no such file: {path}")
    uri = "file:" + path.replace("?", "%3f").replace("#", "%23") + "?mode=ro"
    con = sqlite3.connect(uri, uri=True)
    try:
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
        except sqlite3.DatabaseError as e:
            raise ValueError(f"read_db(): {path} is not an SQLite database: {e}") from None
        if app_id != STORE_APPLICATION_ID:
            raise ValueError(
                f"read_db(): {path} is not a marsad store (application_id {app_id:#x}, "
                f"expected {STORE_APPLICATION_ID:#x})"
            )
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        if table not in tables:
            raise ValueError(f"read_db(): {path} has no table {table!r}; it has: {', '.join(tables)}")
        quoted = '"' + table.replace('"', '""') + '"'
        return pd.read_sql_query(f"SELECT * FROM {quoted}", con)
    finally:
        con.close()
