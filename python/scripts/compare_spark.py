#!/usr/bin/env python3
"""Compares the Spark job's Parquet with `classify`'s JSONL for the same documents:
per id, `labels`, `topics` and `quotes` must be equal (floats exactly).

    compare_spark.py SPARK_OUTPUT_DIR CLASSIFY.jsonl

Prints the counts; exits 1 on any difference (the first ones are shown).
"""

import json
import sys

import pyarrow.parquet as pq


def from_parquet(row):
    quotes = None
    if row["quotes"] is not None:
        quotes = []
        for q in row["quotes"]:
            q = dict(q)
            q["stance_scores"] = dict(q["stance_scores"])
            quotes.append(q)
    return {"labels": row["labels"], "topics": row["topics"], "quotes": quotes}


def from_classify(r):
    quotes = []
    for q in r["quotes"]:
        q = {k: v for k, v in q.items() if k != "explanation"}
        quotes.append(q)
    return {"labels": r["labels"], "topics": r["topics"], "quotes": quotes}


def main():
    spark_dir, classify_path = sys.argv[1], sys.argv[2]
    table = pq.read_table(spark_dir)
    spark = {}
    errors = 0
    for row in table.to_pylist():
        if row["error"] is not None:
            errors += 1
        spark[row["id"]] = from_parquet(row)
    ref = {}
    with open(classify_path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            ref[r["id"]] = from_classify(r)
    differences = []
    unequal = set()
    for doc_id, want in ref.items():
        got = spark.get(doc_id)
        if got is None:
            unequal.add(doc_id)
            differences.append(f"{doc_id}: missing from the Spark output")
            continue
        for field in ("labels", "topics", "quotes"):
            if got[field] != want[field]:
                unequal.add(doc_id)
                differences.append(f"{doc_id}: {field} differ:\n  spark    {got[field]!r:.300}\n  classify {want[field]!r:.300}")
    extra = set(spark) - set(ref)
    for doc_id in sorted(extra)[:5]:
        differences.append(f"{doc_id}: in the Spark output only")
    quotes = sum(len(v["quotes"] or []) for v in spark.values())
    equal = len(ref) - len(unequal)
    print(
        f"spark rows {len(spark)} ({errors} with an error), classify lines {len(ref)}, "
        f"quotes {quotes}; equal labels, topics and quotes: {equal}/{len(ref)}"
    )
    for d in differences[:10]:
        print("DIFFERENT " + d)
    if differences or len(spark) != len(ref) or not ref:
        print(f"FAILED: {len(differences)} differences")
        return 1
    print("Spark output equals classify for every document")
    return 0


if __name__ == "__main__":
    sys.exit(main())
