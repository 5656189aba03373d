#!/usr/bin/env python3
"""Throughput of marsad.analyze_many against the CLI on the same articles.

    python crates/marsad-py/bench/bench_analyze_many.py [--limit N] [--repeat R]
        [--corpus ../shared/corpora/ant-v2.1.jsonl.gz] [--cli target/release/marsad]

Loads the articles into memory (not timed), writes them as plain JSONL for the CLI, then
times, best of R runs each:

- ``cli``: ``marsad analyze -q FILE.jsonl > /dev/null`` (reads and parses the JSONL,
  analyses on all cores, serializes JSON);
- ``analyze_many``: ``for a in marsad.analyze_many(articles): pass`` (dicts in, dicts out);
- ``analyze_many(as_json=True)``: JSON lines out, as the CLI writes them.

Prints articles/s and MB/s of article text for each, and the ratio to the CLI.
"""

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpora", "ant-v2.1.jsonl.gz"))
    ap.add_argument("--cli", default=os.environ.get("MARSAD_BIN", os.path.join(ROOT, "target", "release", "marsad")))
    ap.add_argument("--limit", type=int, default=0, help="first N articles (default: all)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--threads", type=int, default=None)
    args = ap.parse_args()

    import marsad

    if not os.path.exists(args.corpus):
        print(f"corpus {args.corpus} absent: nothing to measure", file=sys.stderr)
        return 0
    if not os.path.exists(args.cli):
        print(f"CLI {args.cli} absent: build it with cargo build --release -p marsad-cli", file=sys.stderr)
        return 1
    articles = []
    with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
        for line in f:
            articles.append(json.loads(line))
            if args.limit and len(articles) >= args.limit:
                break
    mb = sum(len(a["text"].encode("utf-8")) for a in articles) / 1e6
    n = len(articles)
    print(f"{n} articles, {mb:.1f} MB of text; {os.cpu_count()} cores; python {sys.version.split()[0]}")

    marsad.load()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "in.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for a in articles:
                f.write(json.dumps(a, ensure_ascii=False) + "\n")
        cmd = [args.cli, "analyze", "-q", path]
        if args.threads:
            cmd[2:2] = ["-j", str(args.threads)]

        def cli():
            subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)

        def many():
            for _ in marsad.analyze_many(articles, threads=args.threads):
                pass

        def many_json():
            for _ in marsad.analyze_many(articles, threads=args.threads, as_json=True):
                pass

        results = {}
        for name, fn in (("cli", cli), ("analyze_many", many), ("analyze_many(as_json=True)", many_json)):
            times = []
            for _ in range(args.repeat):
                t = time.perf_counter()
                fn()
                times.append(time.perf_counter() - t)
            results[name] = min(times)
        base = results["cli"]
        print(f"{'path':<30} {'best s':>8} {'articles/s':>11} {'MB/s':>7} {'vs CLI':>7}")
        for name, secs in results.items():
            print(f"{name:<30} {secs:8.2f} {n / secs:11.0f} {mb / secs:7.1f} {base / secs:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
