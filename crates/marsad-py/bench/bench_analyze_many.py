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

The paths run in turn (cli, analyze_many, as_json, cli, ...) so that a change in the
machine's load hits all of them alike. Prints, for each, the best wall time, articles/s
and MB/s of article text, the ratio to the CLI, the CPU time (user + system, all
threads; for the CLI its process) with its ratio to the CLI's, and for the Python paths
the CPU time of the calling thread per article (reading the input and making the Python
objects, which needs the GIL; the analysis runs on the other threads). On a busy machine,
the CPU ratio is the steadier figure; the wall-time ratio is the one the issue asks for.
The load average is printed before and after: compare wall times only from a quiet
machine.
"""

import argparse
import gzip
import json
import os
import resource
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
    print_load()

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

        paths = (("cli", cli), ("analyze_many", many), ("analyze_many(as_json=True)", many_json))
        walls = {name: [] for name, _ in paths}
        cpus = {name: [] for name, _ in paths}
        mains = {name: [] for name, _ in paths}
        # Round robin (cli, dicts, json, cli, ...): on a shared machine, a change in load
        # then hits every path alike instead of one path's block of runs.
        for _ in range(args.repeat):
            for name, fn in paths:
                r0 = resource.getrusage(resource.RUSAGE_SELF)
                c0 = resource.getrusage(resource.RUSAGE_CHILDREN)
                m = time.thread_time()
                t = time.perf_counter()
                fn()
                walls[name].append(time.perf_counter() - t)
                mains[name].append(time.thread_time() - m)
                r1 = resource.getrusage(resource.RUSAGE_SELF)
                c1 = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu = sum(b.ru_utime + b.ru_stime - a.ru_utime - a.ru_stime for a, b in ((r0, r1), (c0, c1)))
                cpus[name].append(cpu)
        base = min(walls["cli"])
        base_cpu = min(cpus["cli"])
        print(
            f"{'path':<30} {'best s':>8} {'articles/s':>11} {'MB/s':>7} {'vs CLI':>7} {'CPU s':>7}"
            f" {'CPU vs CLI':>10} {'main µs/art':>11}"
        )
        for name, _ in paths:
            secs, cpu = min(walls[name]), min(cpus[name])
            main_us = "" if name == "cli" else f"{1e6 * min(mains[name]) / n:11.1f}"
            print(
                f"{name:<30} {secs:8.2f} {n / secs:11.0f} {mb / secs:7.1f} {base / secs:7.2f}"
                f" {cpu:7.2f} {base_cpu / cpu:10.2f} {main_us}"
            )
        if args.repeat > 1:
            print("all runs, s: " + "; ".join(f"{k} {' '.join(f'{x:.2f}' for x in v)}" for k, v in walls.items()))
        print_load()
    return 0


def print_load():
    try:
        print(f"load average (1, 5, 15 min): {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    except OSError:
        pass


if __name__ == "__main__":
    sys.exit(main())
