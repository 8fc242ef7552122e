#!/usr/bin/env python3
"""Writes JSONL of {id, text} from the shared real-news sets, for the Spark job, its
comparison with `classify` and the throughput figures (inference only: no labels used).

    make_docs.py DATA_DIR OUT.jsonl [--limit N] [--parquet OUT.parquet]

Sets, in this order (a missing set is an error): wikinews_en, fakes_syria,
muc34_latam_terrorism_news (every article), then AG News test rows, even rows only
(odd rows are reserved), as the Rust evaluation reads them ("title. description").
Prints how many documents each set gave.
"""

import argparse
import csv
import json
import sys
from pathlib import Path

JSONL_SETS = ["wikinews_en", "fakes_syria", "muc34_latam_terrorism_news"]


def documents(data: Path):
    for name in JSONL_SETS:
        path = data / name / "articles.jsonl"
        with path.open(encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    r = json.loads(line)
                    if (r.get("text") or "").strip():
                        yield name, {"id": f"{name}:{r['id']}", "text": r["text"]}
    path = data / "ag_news" / "test.csv"
    clean = lambda s: s.replace("\\n", " ").replace("\\", " ")  # noqa: E731
    with path.open(newline="", encoding="utf-8") as f:
        for row_number, row in enumerate(csv.reader(f)):
            if row_number % 2 == 0:  # odd rows are reserved
                yield "ag_news", {
                    "id": f"ag_news:{row_number}",
                    "text": f"{clean(row[1])}. {clean(row[2])}",
                }


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("data", type=Path)
    p.add_argument("out", type=Path)
    p.add_argument("--limit", type=int)
    args = p.parse_args()
    counts = {}
    n = 0
    with args.out.open("w", encoding="utf-8") as out:
        for name, doc in documents(args.data):
            if args.limit is not None and n >= args.limit:
                break
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
            counts[name] = counts.get(name, 0) + 1
            n += 1
    chars = sum(len(json.loads(l)["text"]) for l in args.out.open(encoding="utf-8"))
    print(f"{n} documents ({chars:,} characters) -> {args.out}: "
          + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
