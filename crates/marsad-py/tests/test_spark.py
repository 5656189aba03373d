"""Spark local mode: marsad.spark (mapInArrow) against RDD.pipe through the CLI and the
CLI alone, on ~2,000 articles of the shared corpus written to several Parquet files.

Skipped with a message when Java, pyspark, pyarrow, the CLI or the corpus is missing.
"""

import json
import os
import shlex
import shutil
import subprocess
import sys
import time
from collections import Counter

import pytest

from marsad import _frames
from conftest import TIMINGS, canonical, corpus_articles, run_cli

N_ARTICLES = 2000
N_FILES = 4


def java():
    home = os.environ.get("JAVA_HOME")
    if home and os.path.exists(os.path.join(home, "bin", "java")):
        return os.path.join(home, "bin", "java")
    return shutil.which("java")


@pytest.fixture(scope="module")
def spark():
    if java() is None:
        pytest.skip("Java not found (no java on PATH, no JAVA_HOME): Spark tests skipped")
    pytest.importorskip("pyspark", reason="pyspark not installed: Spark tests skipped")
    pytest.importorskip("pyarrow", reason="pyarrow not installed: Spark tests skipped")
    # Workers must run this Python (with marsad installed), not the system one.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    t = time.perf_counter()
    session = (
        SparkSession.builder.master("local[2]")
        .appName("marsad-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.driver.memory", "2g")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    TIMINGS["spark session start-up"] = time.perf_counter() - t
    yield session
    session.stop()


@pytest.fixture(scope="module")
def parquet_dir(tmp_path_factory):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    arts = corpus_articles(N_ARTICLES)
    d = tmp_path_factory.mktemp("articles.parquet")
    per = (len(arts) + N_FILES - 1) // N_FILES
    for k in range(N_FILES):
        chunk = arts[k * per:(k + 1) * per]
        table = pa.table(
            {
                "id": pa.array([a["id"] for a in chunk], pa.string()),
                "text": pa.array([a["text"] for a in chunk], pa.string()),
                "date": pa.array([a.get("date") for a in chunk], pa.string()),
            }
        )
        pq.write_table(table, d / f"part-{k:05d}.parquet")
    return d


def rows_of(kind, analyses):
    cols = _frames.columns(kind, analyses)
    names = list(cols)
    return [dict(zip(names, r)) for r in zip(*cols.values())]


def multiset(rows):
    return Counter(canonical(r) for r in rows)


def test_three_ways_agree(spark, cli, parquet_dir, tmp_path):
    import pyarrow.parquet as pq
    from pyspark.sql import functions as F

    from marsad import spark as mspark

    df = spark.read.parquet(str(parquet_dir))
    assert len(os.listdir(parquet_dir)) == N_FILES
    assert df.rdd.getNumPartitions() >= 2, "the input should be split across partitions"
    n = df.count()

    # 1. marsad.spark: mapInArrow.
    t = time.perf_counter()
    spark_events = [r.asDict(recursive=True) for r in mspark.code_events(df).collect()]
    TIMINGS["1. spark mapInArrow: code_events"] = time.perf_counter() - t
    t = time.perf_counter()
    spark_quotes = [r.asDict(recursive=True) for r in mspark.code_quotes(df).collect()]
    TIMINGS["1. spark mapInArrow: code_quotes"] = time.perf_counter() - t
    t = time.perf_counter()
    spark_analyses = mspark.code_analyses(df).collect()
    TIMINGS["1. spark mapInArrow: code_analyses (full JSON)"] = time.perf_counter() - t

    # 2. RDD.pipe through the CLI, JSONL in and out.
    t = time.perf_counter()
    jsonl = df.select(F.to_json(F.struct("id", "text", "date")).alias("j")).rdd.map(lambda r: r.j)
    piped = jsonl.pipe(f"{shlex.quote(cli)} analyze -q -j 1 -").collect()
    TIMINGS["2. spark RDD.pipe through the CLI (all layers)"] = time.perf_counter() - t

    # 3. The CLI alone on the same articles (Parquet to JSONL, then marsad analyze).
    t = time.perf_counter()
    table = pq.read_table(str(parquet_dir))
    inp = tmp_path / "in.jsonl"
    with open(inp, "w", encoding="utf-8") as f:
        for a in table.to_pylist():
            f.write(json.dumps({k: v for k, v in a.items() if v is not None}, ensure_ascii=False) + "\n")
    alone = run_cli(cli, [str(inp)])
    TIMINGS["3. CLI alone (Parquet to JSONL + marsad analyze)"] = time.perf_counter() - t

    assert len(piped) == len(alone) == len(spark_analyses) == n
    # Whole analyses: identical JSON lines, whichever way.
    assert Counter(piped) == Counter(alone)
    assert Counter(r["analysis"] for r in spark_analyses) == Counter(alone)
    alone_analyses = [json.loads(l) for l in alone]
    piped_analyses = [json.loads(l) for l in piped]

    # Events and quotes: identical sets of rows.
    ev_alone = multiset(rows_of("events", alone_analyses))
    assert multiset(spark_events) == ev_alone
    assert multiset(rows_of("events", piped_analyses)) == ev_alone
    q_alone = multiset(rows_of("quotes", alone_analyses))
    assert sum(q_alone.values()) > 100, "the sample should hold quotations"
    assert multiset(spark_quotes) == q_alone
    assert multiset(rows_of("quotes", piped_analyses)) == q_alone
    TIMINGS[f"(rows compared: {sum(ev_alone.values())} events, {sum(q_alone.values())} quotes, {n} articles)"] = 0.0


def test_schema_is_the_documented_one(spark):
    from pyspark.sql import types as T

    from marsad import spark as mspark

    df = spark.createDataFrame([("a", "قال الرئيس: «نعم».", None)], "id string, text string, date string")
    for kind, fn in (("events", mspark.code_events), ("quotes", mspark.code_quotes), ("mentions", mspark.code_mentions)):
        out = fn(df)
        assert out.columns == [c[0] for c in _frames.COLUMNS[kind]]
        assert out.schema == mspark.spark_schema(kind)
    parties = mspark.spark_schema("events")["actors"].dataType
    assert isinstance(parties, T.ArrayType) and isinstance(parties.elementType, T.StructType)


def test_nulls_dates_and_argument_errors(spark):
    import datetime

    from marsad import spark as mspark

    df = spark.createDataFrame(
        [
            (1, "قال الرئيس: «نعم».", datetime.date(2018, 12, 20)),
            (None, "وقال الوزير: «لا».", None),
            (3, None, None),
        ],
        "num long, body string, day date",
    )
    rows = mspark.code_quotes(df, text_col="body", id_col="num", date_col="day").collect()
    got = sorted((r["id"], r["date"]) for r in rows)
    assert got == [("", None), ("1", "2018-12-20")]
    # No date column, no id column.
    rows = mspark.code_quotes(df, text_col="body", id_col=None, date_col=None).collect()
    assert len(rows) == 2
    assert len(mspark.code_mentions(df.withColumnRenamed("body", "text"), id_col="num").collect()) >= 0
    with pytest.raises(ValueError, match="no such column"):
        mspark.code_events(df)
    with pytest.raises(ValueError, match="no such column"):
        mspark.code_events(df, text_col="body", id_col="nope")
    with pytest.raises(TypeError, match="string column"):
        mspark.code_events(df, text_col="num", id_col="num")
    with pytest.raises(TypeError, match="DataFrame"):
        mspark.code_events([{"text": "x"}])
