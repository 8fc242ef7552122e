#!/usr/bin/env bash
# The API contract, checked by a tool nobody here wrote: Schemathesis reads /openapi.json
# from a release `serve` on a free loopback port and runs every check on every operation
# (100 examples each, fixed seed; /admin/reload excluded: it swaps the models). Any
# finding fails the script.
# Usage (from the repository root): .ci/schemathesis.sh   Env: SCHEMATHESIS_SEED (default 20261202)
set -euo pipefail
cd "$(dirname "$0")/.."
version=4.32.5
seed="${SCHEMATHESIS_SEED:-20261202}"
venv=target/schemathesis-venv
if ! "$venv/bin/schemathesis" --version 2>/dev/null | grep -q "$version"; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$version"
fi
cargo build --release --bin serve
log=target/schemathesis-serve.log
# Port 0: the system picks a free port; serve logs the address it listens on.
./target/release/serve --addr 127.0.0.1:0 --log-format json >"$log" 2>&1 &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
addr=""
for _ in $(seq 1 150); do
  kill -0 "$pid" 2>/dev/null || { echo "serve exited:"; cat "$log"; exit 1; }
  addr=$(sed -n 's/.*"message":"serving".*"addr":"\([^"]*\)".*/\1/p; s/.*"addr":"\([^"]*\)".*"message":"serving".*/\1/p' "$log" | head -1)
  [ -n "$addr" ] && curl -fsS "http://$addr/health/ready" >/dev/null 2>&1 && break
  sleep 0.2
done
[ -n "$addr" ] || { echo "serve did not become ready:"; cat "$log"; exit 1; }
echo "schemathesis $version, seed $seed, against serve (pid $pid) at $addr"
# From target/, so that Schemathesis's own files (.schemathesis/) stay out of the tree.
cd target
schemathesis-venv/bin/schemathesis run "http://$addr/openapi.json" \
  --checks all \
  --max-examples 100 \
  --seed "$seed" \
  --exclude-path /admin/reload \
  --workers 1 \
  --request-timeout 30 \
  --suppress-health-check too_slow,data_too_large \
  --report junit --report-dir schemathesis-report
