#!/usr/bin/env bash
# The browser test end to end: build and start a release `serve` on a free port, wait
# until it is ready, drive the page in headless Chromium, stop the server.
# Usage (from the repository root): tests/browser/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
port="${PORT:-18080}"
cargo build --release --bin serve
(cd tests/browser && { [ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund; })
./target/release/serve --addr "127.0.0.1:$port" >target/browser-serve.log 2>&1 &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  sleep 0.2
done
BASE_URL="http://127.0.0.1:$port" node tests/browser/e2e.mjs
