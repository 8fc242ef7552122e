#!/usr/bin/env bash
# Cost curves (issue 8): training time and peak memory against corpus size, analysis time
# against document size. Writes benches/results/{training_cost.svg, analysis_cost.svg,
# curves.md}; scratch data goes to target/curves/ (never into tracked folders).
#
#   bash benches/curves/run.sh
#
# 1. Resamples the topic training items to 1k, 3k, 10k, 30k and 100k (with replacement,
#    seeded, word-level noise on every copy; stance resampled to N/2 the same way) with a
#    task.toml per size, via benches/curves/curves.py.
# 2. Times `train --task <size>/task.toml --models <tmp> --no-eval` under /usr/bin/time -v
#    (wall clock, maximum resident set size). A size that takes longer than
#    CURVES_TRAIN_LIMIT seconds is stopped and the larger sizes are skipped.
# 3. Times Analyzer::analyze on 1 kB ... 1 MB documents (examples/analysis_scaling.rs).
# 4. Plots both curves on log-log axes and writes the numbers, slopes and machine.
# Before every measured step it waits until the 1-minute load average is below
# CURVES_LOAD_MAX, so other work on the machine does not end up in the figures.
#
# Settings (environment):
#   CURVES_SIZES="1000 3000 10000 30000 100000"   topic items per training set
#   CURVES_DOC_SIZES="1000 3000 ... 1000000"      document sizes in bytes
#   CURVES_STANCE=scaled|fixed    stance set resampled to N/2 (default) or the committed one
#   CURVES_SEED=8                 resampling seed
#   CURVES_LOAD_MAX=0.8           wait for a 1-minute load average below this
#   CURVES_MAX_WAIT=              give up after this many seconds of waiting (default: never)
#   CURVES_TRAIN_LIMIT=480        seconds allowed per training run
#   CURVES_RESULTS=benches/results  where the plots and curves.md go
#   CURVES_REV=                   measure this committed revision (e.g. HEAD) instead of the
#                                 working tree: `git archive` into target/curves/src, built
#                                 with its own target dir (for when the tree is mid-edit)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
here=benches/curves
work=target/curves
venv=target/compare-venv

SIZES=${CURVES_SIZES:-"1000 3000 10000 30000 100000"}
DOC_SIZES=${CURVES_DOC_SIZES:-"1000 3000 10000 30000 100000 300000 1000000"}
STANCE=${CURVES_STANCE:-scaled}
SEED=${CURVES_SEED:-8}
LOAD_MAX=${CURVES_LOAD_MAX:-0.8}
MAX_WAIT=${CURVES_MAX_WAIT:-}
TRAIN_LIMIT=${CURVES_TRAIN_LIMIT:-480}
RESULTS=${CURVES_RESULTS:-benches/results}
REV=${CURVES_REV:-}

command="bash benches/curves/run.sh"
for v in CURVES_SIZES CURVES_DOC_SIZES CURVES_STANCE CURVES_SEED CURVES_LOAD_MAX \
    CURVES_TRAIN_LIMIT CURVES_REV; do
    if [ -n "${!v:-}" ]; then command="$v=\"${!v}\" $command"; fi
done

[ -x /usr/bin/time ] || { echo "needs GNU time (/usr/bin/time): apt-get install time" >&2; exit 1; }
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --upgrade pip
fi
"$venv/bin/python" -c 'import matplotlib' 2>/dev/null || "$venv/bin/pip" install -q matplotlib

# Source and binaries: the working tree, or a clean export of a committed revision.
if [ -n "$REV" ]; then
    sha=$(git rev-parse --verify "$REV^{commit}")
    src=$work/src
    rm -rf "$src"
    mkdir -p "$src"
    git archive "$sha" | tar -x -C "$src"
    # This script and its example, if the revision does not have them yet.
    mkdir -p "$src/$here" "$src/examples"
    [ -e "$src/$here/curves.py" ] || cp "$here/curves.py" "$here/run.sh" "$src/$here/"
    [ -e "$src/examples/analysis_scaling.rs" ] || cp examples/analysis_scaling.rs "$src/examples/"
    (cd "$src" && CARGO_TARGET_DIR="$root/$work/build" \
        cargo build --release --bin train --example analysis_scaling)
    bin=$work/build/release
    data=$src/training_data
    models=$src/models
    source_desc="git archive of $REV ($(git log -1 --format='%h %s' "$sha"))"
else
    cargo build --release --bin train --example analysis_scaling
    bin=target/release
    data=training_data
    models=models
    source_desc="working tree at $(git log -1 --format='%h' HEAD)"
    if ! git diff --quiet HEAD -- src Cargo.toml Cargo.lock training_data models 2>/dev/null; then
        source_desc="$source_desc with uncommitted changes in src/, data or models"
    fi
fi
article=$(realpath ../shared/seeds/morocco-world-news-khiame.txt)

# Waits for a quiet machine; prints the load averages it starts with.
wait_quiet() {
    local waited=0 load
    while :; do
        load=$(cut -d' ' -f1 /proc/loadavg)
        if awk -v l="$load" -v m="$LOAD_MAX" 'BEGIN { exit !(l < m) }'; then break; fi
        if (( waited % 60 == 0 )); then
            echo "  waiting for a quiet machine: load $load, need < $LOAD_MAX (${waited} s)" >&2
        fi
        if [ -n "$MAX_WAIT" ] && (( waited >= MAX_WAIT )); then
            echo "gave up after $waited s: load $load (CURVES_MAX_WAIT=$MAX_WAIT)" >&2
            exit 3
        fi
        sleep 5
        waited=$((waited + 5))
    done
    cut -d' ' -f1-3 /proc/loadavg
}

rm -rf "$work"/n[0-9]* "$work/manifest.json" "$work"/analysis* "$work/meta.json"
mkdir -p "$work"
# shellcheck disable=SC2086
"$venv/bin/python" "$here/curves.py" generate --data "$data" --out "$work" \
    --sizes $SIZES --seed "$SEED" --stance "$STANCE"

note=""
stopped=""
for n in $SIZES; do
    d=$work/n$n
    if [ -n "$stopped" ]; then
        echo "n=$n: skipped (n=$stopped took longer than $TRAIN_LIMIT s)" >&2
        continue
    fi
    load=$(wait_quiet)
    echo "$load" > "$d/load.txt"
    echo "n=$n: training (load $load)" >&2
    tmp=$(mktemp -d "$root/$work/models.XXXXXX")
    rc=0
    /usr/bin/time -v -o "$d/time.txt" \
        timeout -k 10 "$TRAIN_LIMIT" "$bin/train" --task "$d/task.toml" --models "$tmp" --no-eval \
        > "$d/train.out" 2> "$d/train.err" || rc=$?
    # Vocabulary sizes: the number of weights each L-BFGS iteration touches grows with them.
    "$venv/bin/python" -c 'import json, sys; m = json.load(open(sys.argv[1])); print(json.dumps({t["name"]: sum(len((t["features"].get(b) or {}).get("terms", [])) for b in ("words", "chars", "pair")) for t in m["tasks"]}))' \
        "$tmp/model.json" > "$d/vocab.json" 2>/dev/null || rm -f "$d/vocab.json"
    rm -rf "$tmp"
    grep -E 'Elapsed|Maximum resident' "$d/time.txt" | sed 's/^\s*/  /' >&2
    if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
        stopped=$n
        note="Training on $n items was stopped after $TRAIN_LIMIT s (CURVES_TRAIN_LIMIT), so the series ends before it."
        echo "n=$n: stopped after $TRAIN_LIMIT s" >&2
    elif [ "$rc" -ne 0 ]; then
        echo "n=$n: train failed (exit $rc); see $d/train.err" >&2
        tail -5 "$d/train.err" >&2
        exit 1
    fi
done

load=$(wait_quiet)
echo "$load" > "$work/analysis_load.txt"
echo "analysis vs document size (load $load)" >&2
# shellcheck disable=SC2086
"$bin/examples/analysis_scaling" --models "$models" --article "$article" $DOC_SIZES \
    > "$work/analysis.json" 2> "$work/analysis.log"
cat "$work/analysis.log" >&2

cores=$(nproc)
NOTE="$note" CORES="$cores" LOAD_MAX="$LOAD_MAX" SOURCE_DESC="$source_desc" BIN="$bin" MODELS="$models" \
    CPU="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')" \
    MEM="$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)" \
    RUSTC="$(rustc --version | cut -d' ' -f1-2)" \
    "$venv/bin/python" - "$work/meta.json" <<'EOF'
import datetime, json, os, sys
json.dump({
    "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    "nproc": int(os.environ["CORES"]), "cpu": os.environ["CPU"], "mem": os.environ["MEM"],
    "rustc": os.environ["RUSTC"], "source": os.environ["SOURCE_DESC"],
    "load_max": os.environ["LOAD_MAX"], "note": os.environ["NOTE"],
    "bin": os.environ["BIN"], "models": os.environ["MODELS"],
}, open(sys.argv[1], "w"), indent=1)
EOF
"$venv/bin/python" "$here/curves.py" report --work "$work" --results "$RESULTS" --command "$command"
