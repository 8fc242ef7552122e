#!/usr/bin/env bash
# Side by side with scikit-learn (and fastText): same training data, same real-text dev
# sets, accuracy and speed in one table. Writes benches/compare/results.md.
#   bash benches/compare/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
here=benches/compare
venv=target/compare-venv

if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install -q --upgrade pip
# numpy < 2: fasttext 0.9.3's predict() fails under numpy 2.
"$venv/bin/pip" install -q scikit-learn PyStemmer "numpy<2"
"$venv/bin/pip" install -q fasttext || "$venv/bin/pip" install -q fasttext-wheel

cargo build --release --bin train --bin evaluate --example compare_timing

# The dev sets exactly as `evaluate` reads them, into target/ (never into the repository).
./target/release/examples/compare_timing --dump-dev target/compare-dev

cores=$(nproc)  # before OMP_NUM_THREADS, which nproc obeys
load=$(cut -d' ' -f1-3 /proc/loadavg)
# Per-core figures: no hidden BLAS threads; parallelism is rayon's and joblib's.
export OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1
table=$("$venv/bin/python" "$here/compare.py" --dev target/compare-dev)

{
    echo "# Side by side with scikit-learn"
    echo
    echo "Run $(date -u '+%Y-%m-%d %H:%M UTC') on $cores cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'),"
    echo "$("$venv/bin/python" -c 'import sklearn, numpy, platform; print(f"Python {platform.python_version()}, scikit-learn {sklearn.__version__}, numpy {numpy.__version__}")'), fastText $("$venv/bin/pip" show fasttext fasttext-wheel 2>/dev/null | awk '/^Version/ {print $2; exit}'), $(rustc --version | cut -d' ' -f1-2)."
    echo "Load average (1, 5, 15 min) before the run: $load; after: $(cut -d" " -f1-3 /proc/loadavg) (the run itself adds about 1-2; more means something else ran). Command: \`bash benches/compare/run.sh\`"
    echo
    echo "$table"
} > "$here/results.md"
cat "$here/results.md"
