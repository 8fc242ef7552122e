#!/usr/bin/env bash
# The Python package and the Spark job (issue 18), on a clean machine as root:
#   1. a venv under the target folder; the wheel built from python/ (`pip install ./python`,
#      sharing the cargo target folder, so the main crate's dependencies are not rebuilt);
#   2. pytest python/tests: the package's answers equal the HTTP service's (`serve` on a
#      free port) for the reference article and 200 AG News texts; batch = single; errors;
#   3. pyspark (pinned 3.5, Java 17): examples/spark_classify.py on local[2] over ≥5,000
#      real news documents, and `classify` on the same JSONL: labels, topics and quotes
#      must be equal for every id.
# Needs the shared data: $TOPIC_STANCE_DATA, or ../shared/data beside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
t0=$(date +%s)
step() { echo; echo "--- $* ($(date -u +%H:%M:%S), $(( $(date +%s) - t0 )) s)"; }

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$repo/target}"
export TOPIC_STANCE_DATA="${TOPIC_STANCE_DATA:-$repo/../shared/data}"
export TOPIC_STANCE_REQUIRE_DATA=1
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore
PYSPARK_PIN="pyspark==3.5.5"
if [ ! -d "$TOPIC_STANCE_DATA" ]; then
  echo "error: no shared data at $TOPIC_STANCE_DATA (set TOPIC_STANCE_DATA)" >&2
  exit 1
fi

# What the machine may lack: a venv module, Java for Spark.
need=()
python3 -c 'import venv, ensurepip' 2>/dev/null || need+=(python3-venv)
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jre-headless)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

work="$CARGO_TARGET_DIR/python-ci"
rm -rf "$work"
mkdir -p "$work"
venv="$work/venv"
py="$venv/bin/python"

step "venv and packages"
python3 -m venv "$venv"
"$py" -m pip install -q --upgrade pip
"$py" -m pip install -q "maturin>=1.7,<2" "pytest>=7" "$PYSPARK_PIN" "pyarrow>=12,<18" "pandas>=1.5,<2.3" "numpy<2"

step "cargo build --release (serve, classify: already built by CI)"
cargo build --release --bins

step "pip install ./python"
"$py" -m pip install -q ./python
"$py" -c 'import topic_stance as t; a = t.Analyzer(); print("topic_stance", t.__version__, a)'

step "pytest python/tests"
"$py" -m pytest -q -rs python/tests

step "documents for Spark"
docs="$work/docs.jsonl"
"$py" python/scripts/make_docs.py "$TOPIC_STANCE_DATA" "$docs"
count=$(wc -l < "$docs")
if [ "$count" -lt 5000 ]; then
  echo "error: only $count documents for the Spark comparison (want at least 5,000)" >&2
  exit 1
fi

step "spark-submit examples/spark_classify.py on local[2] ($count documents)"
export PYSPARK_PYTHON="$py" PYSPARK_DRIVER_PYTHON="$py"
"$venv/bin/spark-submit" --master 'local[2]' --driver-memory 2g \
  --conf spark.ui.enabled=false --conf spark.sql.shuffle.partitions=4 \
  examples/spark_classify.py "$docs" "$work/spark-out" 2> "$work/spark.log" \
  || { tail -50 "$work/spark.log"; exit 1; }

step "classify on the same JSONL"
"$CARGO_TARGET_DIR/release/classify" --models models < "$docs" > "$work/classify.jsonl"

step "Spark output vs classify, per id"
"$py" python/scripts/compare_spark.py "$work/spark-out" "$work/classify.jsonl"

step "Parquet input: the first 500 documents"
"$py" - "$docs" "$work/docs500.parquet" <<'PY'
import json, sys
import pyarrow as pa, pyarrow.parquet as pq
rows = [json.loads(l) for _, l in zip(range(500), open(sys.argv[1], encoding="utf-8"))]
pq.write_table(pa.Table.from_pylist(rows), sys.argv[2])
PY
"$venv/bin/spark-submit" --master 'local[2]' --conf spark.ui.enabled=false \
  examples/spark_classify.py "$work/docs500.parquet" "$work/spark-out-500" \
  > "$work/spark500.out" 2> "$work/spark500.log" || { tail -50 "$work/spark500.log"; exit 1; }
head -1 "$work/spark500.out"
head -500 "$docs" | "$CARGO_TARGET_DIR/release/classify" --models models > "$work/classify500.jsonl"
"$py" python/scripts/compare_spark.py "$work/spark-out-500" "$work/classify500.jsonl"

step "python and spark: done in $(( $(date +%s) - t0 )) s"
