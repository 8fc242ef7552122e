#!/usr/bin/env python3
"""Documents per second, and per core, for the four ways to run the analysis on the same
documents: `Analyzer.analyze_batch` from Python, the `classify` CLI, the HTTP service
(`POST /v1/classify/batch`, 100 documents a request) and Spark local[N] end to end.

    python benches/python/throughput.py DOCS.jsonl [--cores 2] [--out benches/results/python.md]

Needs the `topic_stance` package and pyspark in the running Python, and
target/release/{classify,serve} (CARGO_TARGET_DIR respected). Every way runs once over
all documents, full analysis (sentences and quotes), wall-clock time; the models are
loaded before the clock starts except for Spark, whose figure is spark-submit end to
end (JVM start, reading, analysing, writing Parquet).
"""

import argparse
import http.client
import json
import os
import platform
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TARGET = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def python_batch(docs, cores):
    import topic_stance

    a = topic_stance.Analyzer()
    texts = [d["text"] for d in docs]
    t = time.perf_counter()
    out = a.analyze_batch(texts, threads=cores)
    seconds = time.perf_counter() - t
    assert len(out) == len(docs)
    return seconds


def cli(path, cores):
    env = dict(os.environ, RAYON_NUM_THREADS=str(cores))
    t = time.perf_counter()
    with open(path, "rb") as f:
        subprocess.run(
            [str(TARGET / "release" / "classify"), "--models", str(REPO / "models")],
            stdin=f, stdout=subprocess.DEVNULL, check=True, env=env,
        )
    return time.perf_counter() - t


def http_batch(docs, cores):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, RAYON_NUM_THREADS=str(cores))
    proc = subprocess.Popen(
        [str(TARGET / "release" / "serve"), "--addr", f"127.0.0.1:{port}",
         "--models", str(REPO / "models"), "--workers", str(cores)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health/ready", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        bodies = [
            json.dumps([{"id": d["id"], "text": d["text"]} for d in docs[i : i + 100]]).encode()
            for i in range(0, len(docs), 100)
        ]
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
        n = 0
        t = time.perf_counter()
        for body in bodies:
            conn.request("POST", "/v1/classify/batch", body, {"Content-Type": "application/json"})
            r = conn.getresponse()
            data = r.read()
            assert r.status == 200, data[:200]
            n += len(json.loads(data)["results"])
        seconds = time.perf_counter() - t
        assert n == len(docs)
        return seconds
    finally:
        proc.terminate()
        proc.wait()


def spark(path, cores):
    bin_dir = Path(sys.executable).parent
    submit = bin_dir / "spark-submit"
    out = tempfile.mkdtemp(prefix="ts-spark-")
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    t = time.perf_counter()
    run = subprocess.run(
        [str(submit), "--master", f"local[{cores}]", "--driver-memory", "2g",
         "--conf", "spark.ui.enabled=false",
         str(REPO / "examples" / "spark_classify.py"), str(path), out],
        check=True, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    seconds = time.perf_counter() - t
    print("  " + run.stdout.splitlines()[0], flush=True)
    return seconds


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("docs", type=Path)
    p.add_argument("--cores", type=int, default=2)
    p.add_argument("--out", type=Path, help="write the Markdown table here too")
    p.add_argument("--repeat", type=int, default=3, help="runs of each in-process way (median)")
    p.add_argument("--skip-spark", action="store_true")
    args = p.parse_args()
    docs = load(args.docs)
    chars = sum(len(d["text"]) for d in docs)
    ways = [
        ("Python `Analyzer.analyze_batch(threads=%d)`" % args.cores, lambda: python_batch(docs, args.cores)),
        ("`classify` CLI (JSONL stdin → stdout)", lambda: cli(args.docs, args.cores)),
        ("HTTP `POST /v1/classify/batch` (100 docs/request, 1 client)", lambda: http_batch(docs, args.cores)),
    ]
    if not args.skip_spark:
        ways.append(("Spark local[%d] `spark_classify.py`, end to end" % args.cores, lambda: spark(args.docs, args.cores)))
    # --repeat rounds, each running every in-process way once, so that a slow spell of
    # the machine falls on all of them; each way's figure is its median. Spark runs once
    # (it is end to end).
    times = {name: [] for name, _ in ways}
    for round_ in range(args.repeat):
        for name, run in ways:
            if name.startswith("Spark") and round_ > 0:
                continue
            times[name].append(run())
            print(f"  round {round_ + 1}: {name}: {times[name][-1]:.2f} s", flush=True)
    rows = []
    for name, _ in ways:
        ts = sorted(times[name])
        seconds = ts[len(ts) // 2]
        rate = len(docs) / seconds
        rows.append((name, seconds, rate, rate / args.cores))
        print(f"{name}: {seconds:.2f} s, {rate:.0f} docs/s, {rate / args.cores:.0f} docs/s/core", flush=True)
    lines = [
        f"{len(docs):,} documents ({chars:,} characters) from `{args.docs.name}`, "
        f"{args.cores} cores ({platform.processor() or platform.machine()}, {os.cpu_count()} logical CPUs on the machine):",
        "",
        "| way | seconds | documents/s | documents/s per core |",
        "| --- | ---: | ---: | ---: |",
    ]
    lines += [f"| {n} | {s:.2f} | {r:,.0f} | {c:,.0f} |" for n, s, r, c in rows]
    python_rate, cli_rate = rows[0][2], rows[1][2]
    lines += ["", f"Python per core / CLI per core: {python_rate / cli_rate:.0%} (median of {args.repeat} interleaved rounds)."]
    table = "\n".join(lines)
    print()
    print(table)
    if args.out:
        args.out.write_text(table + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
