"""marsad.analyze / analyze_json / analyze_many against the CLI, and bad input."""

import datetime
import json
import os
import subprocess
import sys
import threading

import pytest

import marsad
from conftest import ROOT, canonical, corpus_articles, run_cli

EXAMPLES = os.path.join(ROOT, "examples")

# Texts that have broken text tools before: empty, blank, control characters, CRLF,
# invisible and bidi marks, combining marks alone, emoji sequences, astral characters,
# unbalanced and runaway quotation marks, U+2028, a BOM, very long lines.
ADVERSARIAL = [
    "",
    "   \n\t ",
    "\x00قال\x00 الوزير\x00",
    "قال الوزير:\r\n«نعم»\r\n",
    "\ufeffقال\u200f الرئيس\u200e الأميركي\u200d: «لا».",
    "\u0651\u064b\u0652 ـــــ",
    "قال 🏳️‍🌈👨‍👩‍👧 المتحدث 𝕏𝕐 إن «🙂».",
    "«" * 5000 + "قال" + "»" * 3,
    "قال\u2028 الوزير\u2029 إن\u0085 «شيئا»",
    "وقال وزير الخارجية الإيراني محمد جواد ظريف: " + "«كلام» " * 2000,
    "Trump said: \"no\". قال ترامب «لا».",
    "\ud7ff\ue000\uffff",
]


def adversarial_articles():
    return [{"id": f"adv-{i}", "text": t} for i, t in enumerate(ADVERSARIAL)]


def write_jsonl(path, articles):
    with open(path, "w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")


def test_format_and_load():
    assert marsad.FORMAT == "marsad/1"
    assert marsad.load() > 1000
    assert marsad.load() == marsad.load()
    assert isinstance(marsad.__version__, str)


def test_examples_equal_cli(cli):
    jsonl = os.path.join(EXAMPLES, "articles.jsonl")
    txt = os.path.join(EXAMPLES, "envoy-briefing.txt")
    lines = run_cli(cli, [jsonl, txt])
    articles = [json.loads(l) for l in open(jsonl, encoding="utf-8") if l.strip()]
    with open(txt, encoding="utf-8") as f:
        articles.append({"id": "envoy-briefing", "text": f.read()})
    assert len(lines) == len(articles)
    many = list(marsad.analyze_many(articles))
    for line, art, m in zip(lines, articles, many):
        expected = canonical(json.loads(line))
        assert canonical(m) == expected
        one = marsad.analyze(
            art["text"], id=art["id"], date=art.get("date"), title=art.get("title"),
            source=art.get("source"), url=art.get("url"),
        )
        assert canonical(one) == expected
    assert any(a["quotes"] for a in many), "the examples should hold quotations"


def test_corpus_sample_and_adversarial_equal_cli(cli, tmp_path):
    articles = corpus_articles(400) + adversarial_articles()
    path = tmp_path / "in.jsonl"
    write_jsonl(path, articles)
    lines = run_cli(cli, [str(path)])
    assert len(lines) == len(articles)
    for threads in (None, 1, 2):
        got = list(marsad.analyze_many(articles, threads=threads, batch_size=37))
        assert len(got) == len(lines)
        for line, g in zip(lines, got):
            assert canonical(g) == canonical(json.loads(line))
    # as_json: the CLI's lines byte for byte.
    assert list(marsad.analyze_many(articles, as_json=True)) == lines
    for art, line in zip(articles[-len(ADVERSARIAL):], lines[-len(ADVERSARIAL):]):
        assert marsad.analyze_json(art["text"], id=art["id"]) == line
        assert canonical(marsad.analyze(art["text"], id=art["id"])) == canonical(json.loads(line))


def test_stdin_and_numeric_ids_like_cli(cli):
    arts = [{"id": 7, "text": "قال الرئيس."}, {"id": "b", "text": "x", "date": "2018-12-20 10:00"}]
    lines = run_cli(cli, ["-"], stdin="".join(json.dumps(a) + "\n" for a in arts).encode())
    got = list(marsad.analyze_many(arts))
    assert [canonical(g) for g in got] == [canonical(json.loads(l)) for l in lines]
    assert got[0]["id"] == "7"


def test_order_preserved_and_lazy():
    texts = [f"قال الوزير رقم {i} إن «الأمر {'ك' * (i % 97)}»." for i in range(2000)]
    got = [a["id"] for a in marsad.analyze_many(({"id": f"n{i}", "text": t} for i, t in enumerate(texts)), batch_size=64)]
    assert got == [f"n{i}" for i in range(2000)]
    # Plain strings are accepted; ids are positions.
    assert [a["id"] for a in marsad.analyze_many(texts[:5])] == ["0", "1", "2", "3", "4"]
    # The input is consumed lazily, one batch at a time.
    taken = []

    def gen():
        for i in range(10_000):
            taken.append(i)
            yield {"text": "نص"}

    it = marsad.analyze_many(gen(), batch_size=10)
    next(it)
    assert len(taken) == 30, "one batch yielded, the next two in flight"
    assert list(marsad.analyze_many([])) == []


def test_garbage_collector_state_is_kept():
    # analyze_many pauses the cyclic GC while it builds a batch, and must leave it as it
    # found it, on or off.
    import gc

    arts = [{"text": "قال الوزير إن «نعم»."}] * 50
    assert gc.isenabled()
    assert len(list(marsad.analyze_many(arts, batch_size=7))) == 50
    assert gc.isenabled()
    gc.disable()
    try:
        assert len(list(marsad.analyze_many(arts, batch_size=7))) == 50
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_dates_and_metadata():
    a = marsad.analyze("قال الرئيس.", id="x", date=datetime.date(2018, 12, 20), title="t", source="s", url="u")
    assert (a["id"], a["date"], a["title"], a["source"], a["url"]) == ("x", "2018-12-20", "t", "s", "u")
    b = marsad.analyze("قال الرئيس.", date="2018-12-20")
    assert b["date"] == "2018-12-20" and b["id"] == ""
    c = marsad.analyze("قال الرئيس.", date="not a date")
    assert c["date"] == "not a date" and c["diagnostics"], "an unreadable date is a diagnostic, not an error"
    [d] = marsad.analyze_many([{"text": "x", "date": datetime.datetime(2018, 1, 2, 3, 4)}])
    assert d["date"] == "2018-01-02T03:04:00"


def test_offsets_index_python_strings():
    text = "🙂 قال وزير الخارجية الإيراني إن «بلاده لن تتفاوض».\n\nوأضاف: «نعم»."
    a = marsad.analyze(text)
    for m in a["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]
    for q in a["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]
        assert text[q["cue"]["start"]:q["cue"]["end"]] == q["cue"]["text"]
    assert a["quotes"]


@pytest.mark.parametrize(
    "call, exc, words",
    [
        (lambda: marsad.analyze(None), TypeError, "not None"),
        (lambda: marsad.analyze(b"\xd9\x82"), TypeError, "decode"),
        (lambda: marsad.analyze(bytearray(b"x")), TypeError, "decode"),
        (lambda: marsad.analyze(42), TypeError, "int"),
        (lambda: marsad.analyze(["x"]), TypeError, "list"),
        (lambda: marsad.analyze("\ud800x"), ValueError, "Unicode"),
        (lambda: marsad.analyze("x", id=1.5), TypeError, "id"),
        (lambda: marsad.analyze("x", date=20181220), TypeError, "date"),
        (lambda: marsad.analyze("x", title=b"t"), TypeError, "title"),
        (lambda: marsad.analyze(), TypeError, "text"),
        (lambda: marsad.analyze("x", "y"), TypeError, "positional"),
        (lambda: marsad.analyze_json(None), TypeError, "not None"),
        (lambda: marsad.analyze_many("abc"), TypeError, "iterable"),
        (lambda: marsad.analyze_many({"text": "x"}), TypeError, "iterable"),
        (lambda: marsad.analyze_many(5), TypeError, "iterable"),
        (lambda: marsad.analyze_many(None), TypeError, "iterable"),
        (lambda: marsad.analyze_many([], threads=0), ValueError, "at least 1"),
        (lambda: marsad.analyze_many([], threads="2"), TypeError, "threads"),
        (lambda: marsad.analyze_many([], threads=True), TypeError, "threads"),
        (lambda: marsad.analyze_many([], batch_size=0), ValueError, "batch_size"),
        (lambda: marsad.analyze_many([], batch_size=-1), OverflowError, ""),
        (lambda: list(marsad.analyze_many([{"text": "a"}, {"id": "b", "text": None}])), TypeError, "article 1 (id \"b\")"),
        (lambda: list(marsad.analyze_many([{"id": "a"}])), ValueError, "no \"text\""),
        (lambda: list(marsad.analyze_many([{"text": b"x"}])), TypeError, "decode"),
        (lambda: list(marsad.analyze_many([1])), TypeError, "article 0"),
        (lambda: list(marsad.analyze_many([None])), TypeError, "NoneType"),
        (lambda: list(marsad.analyze_many([{"text": "x", "date": 3}])), TypeError, "date"),
        (lambda: list(marsad.analyze_many([{"text": "x", "url": 3}])), TypeError, "url"),
        (lambda: list(marsad.analyze_many([{"text": "\udc80"}])), ValueError, "Unicode"),
    ],
)
def test_bad_input_raises_clearly(call, exc, words):
    with pytest.raises(exc) as e:
        call()
    assert words in str(e.value)


def test_errors_from_the_input_iterator_propagate_and_end_the_iterator():
    def gen():
        yield {"text": "x"}
        raise KeyError("boom")

    # What came before the error is yielded, then the error is raised.
    it = marsad.analyze_many(gen())
    assert next(it)["id"] == "0"
    with pytest.raises(KeyError):
        next(it)
    assert list(it) == []
    bad = marsad.analyze_many([{"text": "a"}, {"text": "b"}, 3, {"text": "c"}], batch_size=1)
    assert [a["id"] for a in (next(bad), next(bad))] == ["0", "1"]
    with pytest.raises(TypeError, match="article 2"):
        next(bad)
    assert list(bad) == []
    with pytest.raises(TypeError):
        list(marsad.analyze_many([{"text": "a"}, 3]))


def test_bad_input_never_crashes_the_interpreter():
    # Run the nastiest calls in a child interpreter and check it exits normally.
    code = r'''
import marsad
for bad in (None, b"x", 1, 1.0, object(), "\ud800", ["x"], {"text": "x"}):
    for f in (lambda: marsad.analyze(bad), lambda: list(marsad.analyze_many([bad])),
              lambda: list(marsad.analyze_many(bad)), lambda: marsad.analyze("x", id=bad),
              lambda: marsad.analyze("x", date=bad)):
        try:
            f()
        except (TypeError, ValueError):
            pass
print("alive")
'''
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "alive"


def test_threads_from_python_threads_agree():
    arts = [{"id": str(i), "text": f"قال الرئيس {i}: «نعم»."} for i in range(300)]
    expected = [canonical(a) for a in marsad.analyze_many(arts, threads=1)]
    results = {}

    def work(k):
        results[k] = [canonical(a) for a in marsad.analyze_many(arts, threads=2, batch_size=17)]

    ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert all(results[k] == expected for k in range(4))
