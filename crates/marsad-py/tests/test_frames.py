"""DataFrames: documented columns and dtypes, values, errors; read_jsonl and read_db."""

import gzip
import json
import sqlite3
import sys

import pytest

import marsad
from marsad import _frames
from conftest import corpus_articles

pd = pytest.importorskip("pandas", reason="pandas not installed: frame tests skipped")

FRAMES = [
    (marsad.events_frame, marsad.EVENT_COLUMNS),
    (marsad.quotes_frame, marsad.QUOTE_COLUMNS),
    (marsad.mentions_frame, marsad.MENTION_COLUMNS),
]

# The documented dtypes (docs/python.md), by column kind.
DTYPES = {"str": "object", "int": "int64", "Int": "Int64", "float": "float64", "bool": "bool", "parties": "object"}

PARTY = {"start": 0, "end": 5, "text": "إيران", "entity": None, "actor": "IRN", "country": "IRN", "role": None}

# A hand-made analysis with two events, so the events table is exercised whatever the
# events layer finds today.
FAKE = {
    "format": "marsad/1", "id": "fake", "date": "2019-05-02", "title": None, "source": None, "url": None,
    "paragraphs": [[0, 40]], "sentences": [[0, 40]], "mentions": [], "quotes": [], "diagnostics": [],
    "events": [
        {"type": "THREATEN", "cameo": "138", "mode": None, "actors": [PARTY], "recipients": [],
         "negated": False, "modality": None, "claimed_by": None, "sentence": [0, 40],
         "trigger": {"start": 6, "end": 10, "text": "تهدد"}, "confidence": 0.7, "rule": "verb:هدد"},
        {"type": "CONSULT", "cameo": "040", "mode": "visit", "actors": [PARTY, PARTY], "recipients": [PARTY],
         "negated": True, "modality": "future", "claimed_by": 0, "sentence": [0, 40],
         "trigger": {"start": 12, "end": 16, "text": "زيارة"}, "confidence": 0.5, "rule": "noun:زيارة"},
    ],
}


@pytest.fixture(scope="module")
def analyses():
    try:
        arts = corpus_articles(300)
    except pytest.skip.Exception:
        arts = [{"id": "e1", "text": "قال وزير الخارجية الإيراني محمد جواد ظريف إن «بلاده لن تتفاوض»."}]
    return list(marsad.analyze_many(arts))


def check_schema(df, spec):
    assert list(df.columns) == [c[0] for c in spec]
    for name, kind, _ in spec:
        assert str(df[name].dtype) == DTYPES[kind], (name, kind, df[name].dtype)


@pytest.mark.parametrize("fn, spec", FRAMES)
def test_columns_and_dtypes(fn, spec, analyses):
    df = fn(analyses + [FAKE])
    check_schema(df, spec)
    empty = fn([])
    check_schema(empty, spec)
    assert len(empty) == 0


def test_row_counts_and_values(analyses):
    q = marsad.quotes_frame(analyses)
    m = marsad.mentions_frame(iter(analyses))
    assert len(q) == sum(len(a["quotes"]) for a in analyses)
    assert len(m) == sum(len(a["mentions"]) for a in analyses)
    assert len(marsad.events_frame(analyses)) == sum(len(a["events"]) for a in analyses)
    for a in analyses:
        for i, x in enumerate(a["quotes"]):
            row = q[(q["id"] == a["id"]) & (q["quote"] == i)].iloc[0]
            assert row["text"] == x["text"] and row["cue_text"] == x["cue"]["text"]
            sp = x["speaker"]
            assert row["speaker_actor"] == (sp and sp["actor"])
            if sp is None:
                assert row["speaker_start"] is pd.NA
            else:
                assert row["speaker_start"] == sp["start"]
            assert row["confidence"] == x["confidence"]
        break


def test_events_frame_values():
    df = marsad.events_frame(FAKE)
    assert len(df) == 2
    r0, r1 = df.iloc[0], df.iloc[1]
    assert (r0["id"], r0["date"], r0["event"], r0["type"], r0["cameo"]) == ("fake", "2019-05-02", 0, "THREATEN", "138")
    assert r0["claimed_by"] is pd.NA and r1["claimed_by"] == 0
    assert r0["actors"] == [PARTY] and r0["recipients"] == []
    assert bool(r1["negated"]) and r1["modality"] == "future" and r1["mode"] == "visit"
    assert (r1["trigger_start"], r1["trigger_end"], r1["trigger_text"]) == (12, 16, "زيارة")
    assert r0["confidence"] == 0.7
    # Exploded into one row per actor: the dyadic view.
    assert len(df.explode("actors")) == 3


def test_frames_accept_json_lines():
    line = json.dumps(FAKE, ensure_ascii=False)
    assert len(marsad.events_frame([line])) == 2
    assert len(marsad.events_frame(line)) == 2


def test_frames_reject_articles_and_junk():
    with pytest.raises(ValueError, match="looks like an article"):
        marsad.events_frame([{"id": "a", "text": "x"}])
    with pytest.raises(TypeError, match="not a marsad/1 analysis"):
        marsad.quotes_frame([1])
    with pytest.raises(TypeError):
        marsad.mentions_frame(5)
    with pytest.raises(ValueError, match="not a JSON analysis"):
        marsad.mentions_frame(["{oops"])


def test_clear_import_error_without_pandas(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install 'marsad\[frames\]'"):
        marsad.events_frame([])
    with pytest.raises(ImportError, match="pandas"):
        marsad.read_db("x.db", "articles")


def test_arrow_tables_match_frames(analyses):
    pa = pytest.importorskip("pyarrow")
    for kind in ("events", "quotes", "mentions"):
        batch = _frames.to_arrow(kind, analyses + [FAKE])
        assert batch.schema == _frames.arrow_schema(kind)
        assert batch.num_rows == len(_frames.columns(kind, analyses + [FAKE])["id"])
    assert isinstance(batch, pa.RecordBatch)


def test_read_jsonl_roundtrip(tmp_path, analyses):
    p = tmp_path / "out.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as f:
        for a in analyses[:20]:
            f.write(json.dumps(a, ensure_ascii=False) + "\n\n")
    back = list(marsad.read_jsonl(p))
    assert back == analyses[:20]
    assert len(marsad.quotes_frame(marsad.read_jsonl(str(p)))) == sum(len(a["quotes"]) for a in analyses[:20])
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"a": 1}\n{oops\n')
    with pytest.raises(ValueError, match="bad.jsonl:2"):
        list(marsad.read_jsonl(bad))


def test_read_db(tmp_path):
    db = tmp_path / "store.db"
    con = sqlite3.connect(db)
    con.execute("PRAGMA application_id = 0x4D525344")
    con.execute('CREATE TABLE mentions(article INTEGER, idx INTEGER, start INTEGER, "end" INTEGER, text TEXT, actor TEXT)')
    con.execute("INSERT INTO mentions VALUES (1, 0, 4, 9, 'إيران', 'IRN'), (1, 1, 12, 20, 'واشنطن', NULL)")
    con.commit()
    con.close()
    df = marsad.read_db(db, "mentions")
    assert list(df.columns) == ["article", "idx", "start", "end", "text", "actor"]
    assert df["text"].tolist() == ["إيران", "واشنطن"]
    with pytest.raises(ValueError, match="no table 'nope'"):
        marsad.read_db(db, "nope")
    with pytest.raises(FileNotFoundError):
        marsad.read_db(tmp_path / "missing.db", "mentions")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t(x)").connection.close()
    with pytest.raises(ValueError, match="not a marsad store"):
        marsad.read_db(other, "t")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(ValueError):
        marsad.read_db(junk, "t")


def test_read_db_on_a_store_written_by_the_cli(cli, tmp_path):
    """A real store (`marsad ingest`, crate marsad-store) read back with sqlite3."""
    import os
    import subprocess

    from conftest import ROOT, run_cli

    examples = os.path.join(ROOT, "examples", "articles.jsonl")
    db = tmp_path / "marsad.db"
    r = subprocess.run([cli, "ingest", "-q", "--db", str(db), examples], capture_output=True, text=True)
    if r.returncode != 0 and "unrecognized subcommand" in r.stderr:
        pytest.skip("this marsad CLI has no `ingest` (store not built in)")
    assert r.returncode == 0, r.stderr
    analyses = [json.loads(l) for l in run_cli(cli, [examples])]
    arts = marsad.read_db(db, "articles")
    assert len(arts) == len(analyses)
    assert sorted(arts["ext_id"]) == sorted(a["id"] for a in analyses)
    assert len(marsad.read_db(db, "quotes")) == sum(len(a["quotes"]) for a in analyses)
    assert len(marsad.read_db(db, "mentions")) == sum(len(a["mentions"]) for a in analyses)
    assert len(marsad.read_db(str(db), "events")) == sum(len(a["events"]) for a in analyses)
