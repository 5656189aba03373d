"""Shared fixtures: the CLI binary, the shared corpus, and a wall-time report."""

import gzip
import json
import os
import shutil
import subprocess

import pytest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
CORPUS = os.environ.get("MARSAD_CORPUS", os.path.join(ROOT, "..", "shared", "corpora", "ant-v2.1.jsonl.gz"))

#: Wall times recorded by tests, printed at the end of the run.
TIMINGS = {}


def find_cli():
    for p in (
        os.environ.get("MARSAD_BIN"),
        os.path.join(ROOT, "target", "release", "marsad"),
        os.path.join(ROOT, "target", "debug", "marsad"),
        shutil.which("marsad"),
    ):
        if p and os.path.isfile(p) and os.access(p, os.X_OK):
            return p
    return None


@pytest.fixture(scope="session")
def cli():
    p = find_cli()
    if p is None:
        pytest.skip("marsad CLI not found (set MARSAD_BIN or cargo build --release -p marsad-cli)")
    return p


def run_cli(cli, inputs, stdin=None, extra=()):
    """Run `marsad analyze -q` and return its output lines (without newlines)."""
    r = subprocess.run(
        [cli, "analyze", "-q", *extra, *inputs],
        input=stdin,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        check=False,
    )
    assert r.returncode in (0, 3), r.stderr.decode("utf-8", "replace")
    # Split on "\n" only: JSON strings may hold U+2028, which str.splitlines() splits on.
    out = r.stdout.decode("utf-8").split("\n")
    if out and out[-1] == "":
        out.pop()
    return out


def corpus_articles(n):
    """The first n articles of the shared corpus (id, text, date, title, source, url)."""
    if not os.path.exists(CORPUS):
        pytest.skip(f"shared corpus absent ({CORPUS})")
    out = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            out.append({k: d.get(k) for k in ("id", "text", "date", "title", "source", "url") if k in d})
            if len(out) >= n:
                break
    return out


def canonical(obj):
    return json.dumps(obj, sort_keys=True, ensure_ascii=False)


def pytest_terminal_summary(terminalreporter):
    if TIMINGS:
        terminalreporter.section("marsad wall times")
        for name, secs in TIMINGS.items():
            terminalreporter.write_line(f"{name}: {secs:.2f} s")
