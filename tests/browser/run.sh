#!/usr/bin/env bash
# The browser test end to end: build and start a release `serve` on a port the system
# picks (--addr 127.0.0.1:0; serve logs the address it listens on), check that the
# server answering there is the one started here (its pid, from its own log, is alive
# and the address came from that log), drive the page in headless Chromium, stop it.
# Usage (from the repository root): tests/browser/run.sh
# PORT=N picks a fixed port instead; if something already listens there, serve fails to
# bind and the script stops with that message.
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release --bin serve
(cd tests/browser && { [ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund; })
log=target/browser-serve.log
./target/release/serve --addr "127.0.0.1:${PORT:-0}" --log-format json >"$log" 2>&1 &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
addr=""
for _ in $(seq 1 150); do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "serve (pid $pid) exited before it was ready:" >&2
    cat "$log" >&2
    exit 1
  fi
  # the "serving" line names the address and this process's pid
  addr=$(grep '"message":"serving"' "$log" | grep "\"pid\":$pid[,}]" | sed -n 's/.*"addr":"\([^"]*\)".*/\1/p' | head -1 || true)
  [ -n "$addr" ] && curl -fsS "http://$addr/health/ready" >/dev/null 2>&1 && break
  sleep 0.2
done
if [ -z "$addr" ]; then
  echo "serve (pid $pid) did not report its address:" >&2
  cat "$log" >&2
  exit 1
fi
echo "testing serve pid $pid at http://$addr"
BASE_URL="http://$addr" node tests/browser/e2e.mjs
