#!/usr/bin/env bash
# The stance anchors (evaluation/anchors.py) in their own venv: always `against`, VADER,
# scikit-learn with our n-grams, and the readers. Writes evaluation/anchors.md.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=target/anchors-venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q scikit-learn==1.9.1 "numpy<2" PyStemmer vaderSentiment==3.3.2 fasttext-wheel joblib
cargo build --release --example compare_timing
./target/release/examples/compare_timing --dump-dev target/compare-dev
"$venv/bin/python" evaluation/anchors.py target/compare-dev
