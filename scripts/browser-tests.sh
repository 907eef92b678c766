#!/usr/bin/env bash
# The resident website's browser tests: builds build/site (scripts/build-site.sh), serves it with
# scripts/serve-static.mjs on a free localhost port, runs tests/browser/*.test.mjs with node's test runner in
# Debian's headless chromium (playwright-core, axe-core), and stops the server. Screenshots: test-artifacts/browser/.
# Usage: scripts/browser-tests.sh [--no-build] [TEST_FILE...]
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
if [ "${1:-}" = "--no-build" ]; then build=0; shift; fi
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(tests/browser/*.test.mjs)

scripts/install-deps.sh native wasm browser
[ "$build" = 0 ] || scripts/build-site.sh

rm -rf test-artifacts/browser
mkdir -p test-artifacts/browser build
server_log=build/serve-static-test.log
node scripts/serve-static.mjs --root build/site --port 0 --host 127.0.0.1 >"$server_log" 2>&1 &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true' EXIT

url=""
for _ in $(seq 1 100); do
  url=$(sed -n 's/^Serving .* on \(http:[^ ]*\)$/\1/p' "$server_log" | head -n 1)
  [ -n "$url" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$server_log" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "browser-tests: the static server did not start" >&2; cat "$server_log" >&2; exit 1; }
url=${url/localhost/127.0.0.1}
echo "browser-tests: site on $url ($(cat build/site-content.txt 2>/dev/null || echo 'content?'))"

EKW_BASE_URL="$url" node --test --test-concurrency=1 "${files[@]}"
