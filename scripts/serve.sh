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

# Installs what is missing (scripts/install-deps.sh); when the tools are all there, only the npm packages are checked.
ensure_deps() {
  local missing=0
  for tool in "$@"; do command -v "$tool" >/dev/null 2>&1 || missing=1; done
  if [ "$missing" = 1 ]; then
    scripts/install-deps.sh native wasm browser
  elif [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "Installing npm packages"
    npm ci --no-audit --no-fund --loglevel=error >/dev/null
  fi
}
ensure_deps cmake g++ em++ node npm
[ "$build" = 0 ] || scripts/build-site.sh
echo "Open http://localhost:$port/ in your browser (Ctrl-C stops the server)."
exec node scripts/serve-static.mjs --root build/site --port "$port" --host 127.0.0.1
