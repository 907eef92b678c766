#!/usr/bin/env bash
# Builds everything the resident website needs and serves build/site on http://localhost:8080 (Ctrl-C stops).
# Usage: scripts/serve.sh [--port N] [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."

port="${PORT:-8080}"
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    *) echo "serve: unknown argument $1" >&2; exit 2 ;;
  esac
done

scripts/install-deps.sh native wasm browser
[ "$build" = 0 ] || scripts/build-site.sh
echo "Open http://localhost:$port/ in your browser (Ctrl-C stops the server)."
exec node scripts/serve-static.mjs --root build/site --port "$port" --host 127.0.0.1
