#!/usr/bin/env bash
# Load test against a release `serve` on loopback with wrk (Debian package `wrk`):
# 60 s with the reference article and 60 s with one short sentence, reporting
# throughput, p50/p99/p99.9 latency, errors and resident memory before and after.
# Usage: benches/load/run.sh [seconds] [connections]   Output: benches/results/load.txt
set -euo pipefail
cd "$(dirname "$0")/../.."
secs="${1:-60}"; conns="${2:-16}"; port=18181
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
cargo build --release --bin serve -q
./target/release/serve --addr "127.0.0.1:$port" --workers 2 >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -fsS "127.0.0.1:$port/health/ready" >/dev/null 2>&1; do sleep 0.2; done
short=$(mktemp); echo "Police seized two tonnes of cocaine at the port of Antwerp on Monday." > "$short"
rss() { awk '/VmRSS/ {print $2 " kB"}' "/proc/$pid/status"; }
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
{
  echo "# Load test, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "# command: benches/load/run.sh $secs $conns  (wrk -t2 -c$conns -d${secs}s, serve --workers 2)"
  wait_quiet
  # Warm-up (15 s of the same load) fills thread pools and per-thread stem caches, so
  # the memory figures below compare steady states.
  BODY_FILE=../shared/seeds/morocco-world-news-khiame.txt wrk -t2 -c"$conns" -d15s -s benches/load/post.lua "http://127.0.0.1:$port/v1/classify" >/dev/null
  echo "resident memory after warm-up: $(rss)"
  for case in reference short; do
    body=../shared/seeds/morocco-world-news-khiame.txt; [ "$case" = short ] && body="$short"
    echo; echo "## $case ($(wc -c < "$body") bytes)"
    wait_quiet
    BODY_FILE="$body" wrk -t2 -c"$conns" -d"${secs}s" --latency -s benches/load/post.lua "http://127.0.0.1:$port/v1/classify"
    echo "resident memory after: $(rss)"
  done
} | tee benches/results/load.txt
