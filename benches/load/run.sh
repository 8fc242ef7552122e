#!/usr/bin/env bash
# Load test against a release `serve` on loopback with wrk (Debian package `wrk`).
# 1. Throughput: 60 s with the reference article and 60 s with one short sentence,
#    reporting throughput, p50/p99/p99.9 latency, errors and resident memory
#    (benches/results/load.txt, made into load.md by benches/readme.py).
# 2. Memory: a fresh server; resident memory (VmRSS) and threads at start, sampled every
#    5 s under 60 s of load with the article, and 60 s after the load stops
#    (benches/results/memory.md).
# Usage: benches/load/run.sh [seconds] [connections]     LOAD_PARTS=memory runs part 2 only.
# Each server listens on a port the system picks (serve --addr 127.0.0.1:0).
set -euo pipefail
cd "$(dirname "$0")/../.."
secs="${1:-60}"; conns="${2:-16}"; parts="${LOAD_PARTS:-throughput memory}"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
cargo build --release --bin serve -q
pid=""
trap '[ -n "$pid" ] && kill $pid 2>/dev/null || true' EXIT
# Starts serve on a free port; sets pid and addr.
start() {
  local log; log=$(mktemp)
  ./target/release/serve --addr 127.0.0.1:0 --workers 2 --log-format json >"$log" 2>&1 &
  pid=$!
  addr=""
  until [ -n "$addr" ] && curl -fsS "$addr/health/ready" >/dev/null 2>&1; do
    kill -0 "$pid" || { cat "$log"; exit 1; }
    addr=$(grep '"message":"serving"' "$log" | sed -n 's/.*"addr":"\([^"]*\)".*/\1/p' | head -1 || true)
    sleep 0.2
  done
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }
rss() { awk '/VmRSS/ {print $2}' "/proc/$pid/status"; }
threads() { awk '/Threads/ {print $2}' "/proc/$pid/status"; }
article=../shared/seeds/morocco-world-news-khiame.txt
if [ ! -f "$article" ]; then
  article=$(mktemp)
  python3 -c 'import json,sys; print(json.load(open("src/server/assets/example.json"))["text"], end="")' > "$article"
fi
short=$(mktemp); echo "Police seized two tonnes of cocaine at the port of Antwerp on Monday." > "$short"
# Two cores: anything else running shows up in the figures, so each run waits until the
# 1-minute load average is below QUIET_LOAD (default 0.8; at most QUIET_MAX_WAIT s).
quiet="${QUIET_LOAD:-0.8}"; max_wait="${QUIET_MAX_WAIT:-1800}"
wait_quiet() {
    local waited=0
    until awk -v q="$quiet" '{ exit !($1 < q) }' /proc/loadavg || [ "$waited" -ge "$max_wait" ]; do
        sleep 5; waited=$((waited + 5))
    done
    echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
}
if [[ " $parts " == *" throughput "* ]]; then
start
{
  echo "# Load test, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "# command: benches/load/run.sh $secs $conns  (wrk -t2 -c$conns -d${secs}s, serve --workers 2)"
  wait_quiet
  # Warm-up (15 s of the same load) fills thread pools and per-thread stem caches, so
  # the memory figures below compare steady states.
  BODY_FILE="$article" wrk -t2 -c"$conns" -d15s -s benches/load/post.lua "http://$addr/v1/classify" >/dev/null
  echo "resident memory after warm-up: $(rss) kB"
  for case in reference short; do
    body="$article"; [ "$case" = short ] && body="$short"
    echo; echo "## $case ($(wc -c < "$body") bytes)"
    wait_quiet
    BODY_FILE="$body" wrk -t2 -c"$conns" -d"${secs}s" --latency -s benches/load/post.lua "http://$addr/v1/classify"
    echo "resident memory after: $(rss) kB"
  done
} | tee benches/results/load.txt
stop
fi
if [[ " $parts " == *" memory "* ]]; then
  wait_quiet >/dev/null
  start
  sleep 1
  at_start=$(rss); threads_start=$(threads)
  BODY_FILE="$article" wrk -t2 -c"$conns" -d60s -s benches/load/post.lua "http://$addr/v1/classify" > /tmp/memory-wrk.$$ &
  wrk_pid=$!
  peak=0; peak_threads=0
  for _ in $(seq 1 12); do
    sleep 5
    r=$(rss); t=$(threads)
    [ "$r" -gt "$peak" ] && peak=$r
    [ "$t" -gt "$peak_threads" ] && peak_threads=$t
  done
  wait "$wrk_pid"
  at_end=$(rss); threads_end=$(threads)
  sleep 60
  after=$(rss); threads_after=$(threads)
  stop
  rps=$(sed -n 's/Requests\/sec:[[:space:]]*//p' /tmp/memory-wrk.$$); rm -f /tmp/memory-wrk.$$
  mb() { awk -v k="$1" 'BEGIN { printf "%.0f MB", k / 1024 }'; }
  cat > benches/results/memory.md <<MD
# Resident memory of serve

$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores. Command: \`LOAD_PARTS=memory benches/load/run.sh $secs $conns\`
(\`serve --workers 2\`, \`wrk -t2 -c$conns -d60s\` posting $(wc -c < "$article") bytes to /v1/classify, $rps requests/s;
VmRSS and thread count from /proc, sampled every 5 s under load).

| when | resident memory | threads |
| --- | ---: | ---: |
| at start (models loaded, ready) | $(mb "$at_start") | $threads_start |
| under load, highest 5 s sample | $(mb "$peak") | $peak_threads |
| at the end of 60 s of load | $(mb "$at_end") | $threads_end |
| 60 s after the load stopped | $(mb "$after") | $threads_after |
MD
  cat benches/results/memory.md
fi
