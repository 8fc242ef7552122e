#!/usr/bin/env python3
"""Analyse documents with Spark: topics, quotes, speakers and stance at scale.

    spark-submit examples/spark_classify.py INPUT OUTPUT [--master local[2]]

INPUT is JSONL (`.jsonl`, `.json`, `.ndjson`, or a folder of them) or Parquet
(`.parquet`, or a folder of them) of records with a string `id` and a string `text`;
other fields are ignored. OUTPUT is a Parquet folder with one row per document:

    id      string
    labels  array<string>                      the document's topics
    topics  array<struct<label, score, threshold>>   every label, highest score first
    quotes  array<struct<text, start, end, kind, cue, source, speaker, speaker_score,
                         stance, stance_scores, labels, fragments>>
    error   string                             null, or why the document was not analysed

Each quote keeps the nested shape of the HTTP answer: `cue` and `source` are
struct<text, start, end> (null when absent), `speaker_score` the probability that the
speaker is right (null without a speaker), `stance_scores` is a map label -> probability,
`fragments` an array of struct<text, start, end>. Nested columns rather than JSON strings:
Parquet stores them natively and Spark SQL queries them directly
(`explode(quotes)`, `quotes.speaker`, `stance_scores['against']`).

The analysis runs in `mapInArrow`: Arrow batches go to the Python workers, each worker
holds one `topic_stance.Analyzer` (loaded once per worker process, cached at module level
in the package: `topic_stance.shared_analyzer()`)
and analyses a batch with `analyze_batch` outside the GIL, on `spark.task.cpus` threads.
The `topic_stance` wheel must be installed on every executor (see python/README.md).
"""

import argparse
import os
import sys
import time


def analyzer():
    """One Analyzer per Python worker process, loaded on the first batch the worker sees
    and reused by every later task of the (reused) worker. The cache is module-level in
    the installed package (`topic_stance.shared_analyzer`), not a global of this script:
    Spark ships this script's functions by value (cloudpickle), with fresh globals for
    every task, so a cache here would load the models once per task."""
    import topic_stance

    return topic_stance.shared_analyzer()


def spark_schema():
    from pyspark.sql import types as T

    marked = T.StructType(
        [
            T.StructField("text", T.StringType()),
            T.StructField("start", T.LongType()),
            T.StructField("end", T.LongType()),
        ]
    )
    topic = T.StructType(
        [
            T.StructField("label", T.StringType()),
            T.StructField("score", T.DoubleType()),
            T.StructField("threshold", T.DoubleType()),
        ]
    )
    quote = T.StructType(
        [
            T.StructField("text", T.StringType()),
            T.StructField("start", T.LongType()),
            T.StructField("end", T.LongType()),
            T.StructField("kind", T.StringType()),
            T.StructField("cue", marked),
            T.StructField("source", marked),
            T.StructField("speaker", T.StringType()),
            T.StructField("speaker_score", T.DoubleType()),
            T.StructField("stance", T.StringType()),
            T.StructField("stance_scores", T.MapType(T.StringType(), T.DoubleType())),
            T.StructField("labels", T.ArrayType(T.StringType())),
            T.StructField("fragments", T.ArrayType(marked)),
        ]
    )
    return T.StructType(
        [
            T.StructField("id", T.StringType()),
            T.StructField("labels", T.ArrayType(T.StringType())),
            T.StructField("topics", T.ArrayType(topic)),
            T.StructField("quotes", T.ArrayType(quote)),
            T.StructField("error", T.StringType()),
        ]
    )


def arrow_schema():
    """The output schema in Arrow terms, as Spark itself converts it."""
    from pyspark.sql.pandas.types import to_arrow_schema

    return to_arrow_schema(spark_schema())


def row(doc_id, result):
    """One output row from one analysis (the dict of `Analyzer.analyze`)."""
    quotes = []
    for q in result["quotes"]:
        quotes.append(
            {
                "text": q["text"],
                "start": q["start"],
                "end": q["end"],
                "kind": q["kind"],
                "cue": q["cue"],
                "source": q["source"],
                "speaker": q["speaker"],
                "speaker_score": q["speaker_score"],
                "stance": q["stance"],
                # a map keeps the model's label order as written
                "stance_scores": list(q["stance_scores"].items()),
                "labels": q["labels"],
                "fragments": q["fragments"],
            }
        )
    return {
        "id": doc_id,
        "labels": result["labels"],
        "topics": result["topics"],
        "quotes": quotes,
        "error": None,
    }


def failed(doc_id, message):
    return {"id": doc_id, "labels": None, "topics": None, "quotes": None, "error": message}


def analyse_batches(threads):
    """The function `mapInArrow` runs on each partition: Arrow batches of {id, text} in,
    Arrow batches of the output schema out."""

    def run(batches):
        import pyarrow as pa

        a = analyzer()
        schema = arrow_schema()
        for batch in batches:
            ids = batch.column(batch.schema.get_field_index("id")).to_pylist()
            texts = batch.column(batch.schema.get_field_index("text")).to_pylist()
            ids = [None if i is None else str(i) for i in ids]
            try:
                results = a.analyze_batch(
                    ["" if t is None else t for t in texts], threads=threads
                )
                rows = [row(i, r) for i, r in zip(ids, results)]
            except ValueError:
                # a blank or missing text in the batch: analyse one by one, keep the rest
                rows = []
                for i, t in zip(ids, texts):
                    try:
                        rows.append(row(i, a.analyze(t or "")))
                    except ValueError as e:
                        rows.append(failed(i, str(e)))
            yield pa.RecordBatch.from_pylist(rows, schema=schema)

    return run


def read_input(spark, path):
    """JSONL or Parquet of {id, text}, chosen by the extension (or a folder's files)."""
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    lower = path.rstrip("/").lower()
    is_parquet = lower.endswith(".parquet")
    if os.path.isdir(path) and not is_parquet:
        is_parquet = any(n.endswith(".parquet") for n in os.listdir(path))
    if is_parquet:
        df = spark.read.parquet(path)
    else:
        schema = T.StructType(
            [T.StructField("id", T.StringType()), T.StructField("text", T.StringType())]
        )
        df = spark.read.schema(schema).json(path)
    missing = {"id", "text"} - set(df.columns)
    if missing:
        raise SystemExit(f"{path}: no column {', '.join(sorted(missing))} (need id and text)")
    return df.select(F.col("id").cast("string"), F.col("text").cast("string"))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="JSONL or Parquet of {id, text}")
    parser.add_argument("output", help="Parquet folder to write (replaced)")
    parser.add_argument("--master", help="Spark master when not given by spark-submit (e.g. local[2])")
    parser.add_argument(
        "--partitions", type=int, help="repartition the input (default: as read)"
    )
    parser.add_argument(
        "--batch-size",
        type=int,
        default=256,
        help="documents per Arrow batch (spark.sql.execution.arrow.maxRecordsPerBatch)",
    )
    args = parser.parse_args(argv)

    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("topic-stance")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.config(
        "spark.sql.execution.arrow.maxRecordsPerBatch", str(args.batch_size)
    ).getOrCreate()
    started = time.monotonic()
    threads = int(spark.conf.get("spark.task.cpus", "1"))
    df = read_input(spark, args.input)
    if args.partitions:
        df = df.repartition(args.partitions)
    out = df.mapInArrow(analyse_batches(threads), spark_schema())
    out.write.mode("overwrite").parquet(args.output)

    written = spark.read.parquet(args.output)
    stats = written.selectExpr(
        "count(*) AS documents",
        "sum(CASE WHEN error IS NULL THEN 0 ELSE 1 END) AS errors",
        "sum(size(quotes)) AS quotes",
    ).first()
    seconds = time.monotonic() - started
    print(
        f"topic-stance: {stats.documents} documents ({stats.errors} errors), "
        f"{stats.quotes} quotes in {seconds:.1f} s "
        f"({stats.documents / seconds:.1f} documents/s) -> {args.output}"
    )
    from pyspark.sql import functions as F

    def show_counts(title, array_column, key, name):
        """How many entries of an array column have each value of `key` (shown as `name`)."""
        print(title)
        (
            written.select(F.explode(array_column).alias("item"))
            .groupBy(F.col(key).alias(name))
            .count()
            .orderBy(F.desc("count"))
            .show(truncate=False)
        )

    show_counts("documents per label:", "labels", "item", "label")
    show_counts("quotes per stance:", "quotes", "item.stance", "stance")
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
