#!/usr/bin/env bash
# Over HTTP, side by side (issue 8): the same wrk command against our release `serve` and
# against a minimal FastAPI/uvicorn service wrapping the scikit-learn pipeline of
# compare.py, for the reference article and for one short sentence.
#
#   bash benches/compare/http.sh [seconds] [connections]     (defaults: 30 8)
#
# Environment: WARMUP (seconds of the same load before each measured run, default 5),
# QUIET_LOAD (wait before each case until the 1-minute load average is below this,
# default 0.8), QUIET_MAX_WAIT (give up after this many seconds, default 3600),
# OUT (default benches/compare/http_results.md).
# Each server runs alone: scikit-learn first, stopped, then ours.
set -euo pipefail
cd "$(dirname "$0")/../.."
here=benches/compare
venv=target/compare-venv
secs="${1:-30}"; conns="${2:-8}"
warmup="${WARMUP:-5}"; quiet="${QUIET_LOAD:-0.8}"; max_wait="${QUIET_MAX_WAIT:-3600}"
out="${OUT:-$here/http_results.md}"
ours_port=18183; theirs_port=18184
article=../shared/seeds/morocco-world-news-khiame.txt
wrk_cmd="wrk -t2 -c$conns -d${secs}s --latency -s benches/load/post.lua"

command -v wrk >/dev/null || { echo "wrk is missing (Debian package wrk)" >&2; exit 1; }
for port in $ours_port $theirs_port; do
    if curl -s -o /dev/null "127.0.0.1:$port/"; then echo "port $port is already in use" >&2; exit 1; fi
done

# --- the venv: compare.py's packages (it is imported), plus FastAPI and uvicorn ---------
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q --upgrade pip
fi
# numpy < 2: fasttext 0.9.3's predict() fails under numpy 2 (see run.sh).
"$venv/bin/pip" install -q scikit-learn PyStemmer "numpy<2" fastapi "uvicorn[standard]"
"$venv/bin/python" -c 'import fasttext' 2>/dev/null \
    || "$venv/bin/pip" install -q fasttext || "$venv/bin/pip" install -q fasttext-wheel

cargo build --release --bin serve -q

# --- scikit-learn: trained exactly as compare.py does, pickled to target/ ---------------
model=target/sklearn-service.pkl
echo "scikit-learn: training (compare.training_data + compare.train_sklearn)" >&2
"$venv/bin/python" "$here/sklearn_service.py" --train "$model"

short=$(mktemp); raw=$(mktemp)
echo "Police seized two tonnes of cocaine at the port of Antwerp on Monday." > "$short"
pid=""
stop() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""; fi; }
trap 'stop; rm -f "$short" "$raw" "${tms:-}"' EXIT

wait_quiet() {
    local start=$SECONDS
    until awk -v q="$quiet" '{ exit !($1 < q) }' /proc/loadavg; do
        if (( SECONDS - start > max_wait )); then
            echo "load average still $(cut -d' ' -f1 /proc/loadavg) after ${max_wait}s; not measuring" >&2; exit 1
        fi
        echo "waiting for quiet: load average $(cut -d' ' -f1-3 /proc/loadavg), need 1-min < $quiet" >&2
        sleep 15
    done
}

ready() {
    local port=$1 i
    for i in $(seq 300); do
        curl -fsS "127.0.0.1:$port/health/ready" >/dev/null 2>&1 && return 0
        kill -0 "$pid" 2>/dev/null || { echo "server on port $port exited" >&2; exit 1; }
        sleep 0.2
    done
    echo "server on port $port not ready after 60 s" >&2; exit 1
}

# CPU accounting, in clock ticks: all of the machine's user+system time (/proc/stat), that of
# the server under test (its process and its children: uvicorn's workers), and that of the
# children of this shell (wrk). What is left was used by something else during the run.
hz=$(getconf CLK_TCK)
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4; exit }' /proc/stat; }
server_ticks() {
    local p t=0
    for p in $pid $(pgrep -P "$pid" || true); do
        # utime + stime: fields 14 and 15, counted after the ")" that ends the command name.
        t=$(( t + $(sed 's/.*) //' "/proc/$p/stat" 2>/dev/null | awk '{ t = $12 + $13 } END { print t + 0 }') ))
    done
    echo $t
}
# `times` must run in this shell, not in a $(...) subshell, which starts with no children.
tms=$(mktemp)
child_ticks() { awk -v hz="$hz" 'NR == 2 { t = 0; for (i = 1; i <= 2; i++) { split($i, a, /[ms]/); t += a[1] * 60 + a[2] } printf "%.0f", t * hz }' "$tms"; }

# measure NAME PORT: both bodies against the server on PORT; appends rows to $rows. A run in
# which other processes used more than MAX_OTHER_CPU % of the machine (default 3) is
# recorded in the raw output, discarded, and redone once the machine is quiet again.
rows=""; max_other="${MAX_OTHER_CPU:-3}"; worst_other=0
measure() {
    local name=$1 port=$2 case body log rps p50 p99 p999 non200 sock load_before attempt m0 s0 c0 s1 t0 elapsed other busy
    for case in reference short; do
        body=$article; [ "$case" = short ] && body=$short
        # The same response check for both: a 200 with topic scores, before any load.
        curl -fsS -H 'Content-Type: text/plain; charset=utf-8' --data-binary @"$body" \
            "127.0.0.1:$port/v1/classify" | grep -q '"topics"' \
            || { echo "$name gave no topic scores for the $case body" >&2; exit 1; }
        for attempt in 1 2 3 4 5 6; do
            wait_quiet
            load_before=$(cut -d' ' -f1 /proc/loadavg)
            echo "$name, $case: warm-up ${warmup}s, then ${secs}s (load average $load_before)" >&2
            BODY_FILE="$body" wrk -t2 -c"$conns" -d"${warmup}s" -s benches/load/post.lua "http://127.0.0.1:$port/v1/classify" >/dev/null
            times > "$tms"; m0=$(machine_ticks); s0=$(server_ticks); c0=$(child_ticks); t0=$(date +%s%N)
            log=$(BODY_FILE="$body" $wrk_cmd "http://127.0.0.1:$port/v1/classify")
            times > "$tms"; s1=$(server_ticks); elapsed=$(( $(date +%s%N) - t0 ))  # ns
            busy=$(awk -v t=$(( s1 - s0 )) -v e="$elapsed" -v hz="$hz" 'BEGIN { printf "%.2f", t / hz / (e / 1e9) }')
            other=$(awk -v m=$(( $(machine_ticks) - m0 - (s1 - s0) - ($(child_ticks) - c0) )) \
                -v e="$elapsed" -v hz="$hz" -v n="$(nproc)" 'BEGIN { printf "%.1f", (m < 0 ? 0 : m) / hz / (n * e / 1e9) * 100 }')
            printf '## %s, %s (%s bytes), attempt %s: 1-min load average before %s, after %s; the server used %s cores, other processes %s%% of the CPU\n%s\n\n' \
                "$name" "$case" "$(wc -c < "$body")" "$attempt" "$load_before" "$(cut -d' ' -f1 /proc/loadavg)" "$busy" "$other" "$log" >> "$raw"
            awk -v o="$other" -v m="$max_other" 'BEGIN { exit !(o <= m) }' && break
            echo "$name, $case: other processes used $other% of the CPU during the run; discarded, measuring again" >&2
            [ "$attempt" = 6 ] && { echo "no quiet run in 6 attempts; not reporting" >&2; exit 1; }
        done
        worst_other=$(awk -v a="$worst_other" -v b="$other" 'BEGIN { printf "%.1f", (b > a ? b : a) }')
        rps=$(awk '/^Requests\/sec:/ {print $2}' <<< "$log")
        p50=$(awk '/^p50 latency:/ {print $3}' <<< "$log")
        p99=$(awk '/^p99 latency:/ {print $3}' <<< "$log")
        p999=$(awk '/^p99.9 latency:/ {print $3}' <<< "$log")
        non200=$(awk '/^non-200 responses:/ {print $3}' <<< "$log")
        # "Socket errors: connect 0, read 0, write 0, timeout 0" appears only when some occurred.
        sock=$(awk '/Socket errors:/ { gsub(",", ""); print $4 + $6 + $8 + $10; f = 1 } END { if (!f) print 0 }' <<< "$log")
        rows+="$name|$case|$rps|$p50|$p99|$p999|$non200|$sock|$busy"$'\n'
    done
}

# --- the scikit-learn service: uvicorn, one worker process per core ----------------------
# One BLAS/OpenMP thread per worker, so two workers do not oversubscribe two cores.
OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 SKLEARN_SERVICE_MODEL="$model" \
    "$venv/bin/uvicorn" sklearn_service:app --app-dir "$here" --host 127.0.0.1 --port $theirs_port \
    --workers 2 --no-access-log --log-level warning &
pid=$!
ready $theirs_port
measure scikit-learn $theirs_port
stop

# --- ours: release serve, two workers ------------------------------------------------------
./target/release/serve --addr "127.0.0.1:$ours_port" --workers 2 >/dev/null 2>&1 &
pid=$!
ready $ours_port
measure ours $ours_port
stop

# --- the table -------------------------------------------------------------------------------
get() { awk -F'|' -v n="$1" -v c="$2" -v k="$3" '$1 == n && $2 == c { print $k }' <<< "$rows"; }
thousands() { printf '%.0f' "$1" | sed ':a; s/\B[0-9]\{3\}\>/,&/; ta'; }
versions=$("$venv/bin/python" -c 'import platform, sklearn, numpy, fastapi, uvicorn; print(f"Python {platform.python_version()}, scikit-learn {sklearn.__version__}, numpy {numpy.__version__}, FastAPI {fastapi.__version__}, uvicorn {uvicorn.__version__}")')
{
    echo "# Over HTTP, side by side with scikit-learn behind FastAPI/uvicorn"
    echo
    echo "Run $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)),"
    echo "$versions, $(rustc --version | cut -d' ' -f1-2), $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)."
    echo
    echo "Command: \`bash benches/compare/http.sh $secs $conns\` (warm-up ${warmup} s per case; each case starts once the 1-minute load average is below $quiet)."
    echo "Each case: \`BODY_FILE=<body> $wrk_cmd http://127.0.0.1:<port>/v1/classify\`,"
    echo "against \`target/release/serve --workers 2\` and against \`uvicorn sklearn_service:app --workers 2\` (uvloop, httptools, no access log), one server at a time, on loopback."
    echo "During each reported run, processes other than the server and wrk used at most $worst_other% of the CPU (a run above $max_other% is discarded and redone; all attempts are in the wrk output below)."
    echo "Server CPU: user+system time of the server's processes during the run, in cores (of $(nproc); wrk on the same machine takes most of the rest)."
    echo
    echo "| server | body | requests/s | p50 ms | p99 ms | p99.9 ms | non-200 | socket errors | server CPU, cores | requests/s ours/theirs |"
    echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    for case in reference short; do
        label="reference article ($(wc -c < "$article") B)"; [ "$case" = short ] && label="one short sentence ($(wc -c < "$short") B)"
        ratio=$(awk -v a="$(get ours $case 3)" -v b="$(get scikit-learn $case 3)" 'BEGIN { printf "%.1f×", a / b }')
        for name in ours scikit-learn; do
            r=""; [ "$name" = ours ] && r=$ratio
            printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$label" \
                "$(thousands "$(get $name $case 3)")" "$(get $name $case 4)" "$(get $name $case 5)" \
                "$(get $name $case 6)" "$(get $name $case 7)" "$(get $name $case 8)" "$(get $name $case 9)" "$r"
        done
    done
    echo
    awk -v a="$(get ours reference 3)" -v b="$(get scikit-learn reference 3)" -v p99="$(get ours reference 5)" \
        -v e="$(( $(get ours reference 7) + $(get ours reference 8) ))" 'BEGIN {
        ok = a / b >= 10 && p99 < 10 && e == 0
        printf "Goal (reference article): at least 10× the scikit-learn service'"'"'s requests/s, with our p99 under 10 ms and no errors: "
        printf "%.1f×, p99 %s ms, %d errors: %s.\n", a / b, p99, e, ok ? "met" : "**not met**" }'
    echo
    echo "Not the same work. Per request the scikit-learn service does document-level work only: the"
    echo "document's topic probabilities and labels, and stance probabilities for the whole text read as one"
    echo "quote without context (benches/compare/sklearn_service.py; models trained by compare.py's own"
    echo "\`training_data\` and \`train_sklearn\`). Our server does strictly more: the same document-level topics,"
    echo "plus sentence splitting with topics for every sentence, quote detection, speaker attribution and"
    echo "stance for every quote."
    echo
    echo "<details><summary>wrk output</summary>"
    echo
    echo '```'
    cat "$raw"
    echo '```'
    echo
    echo "</details>"
} > "$out"
cat "$out"
