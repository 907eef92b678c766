#!/usr/bin/env bash
# Builds the resident website into build/site/: a folder that works on any static web server.
#
#   1. the native `ekw` tool (build/native, the native preset), to validate the content and write the bundle;
#   2. the engine with the `wasm` preset (build/wasm): core + wasm/bindings.cpp -> ekw_engine.js + ekw_engine.wasm;
#   3. the content bundle content.json: content/haarlem when it validates, else tests/content/sample;
#   4. the NL Design System CSS (design tokens + the components the site uses) from node_modules/@utrecht;
#   5. site/ (index.html, CSS, ES modules).
#
# Usage: scripts/build-site.sh [--content DIR] [--out DIR] [--engine-dir DIR]
#   --engine-dir DIR: take ekw_engine.js/.wasm from DIR instead of building them (e.g. a build made elsewhere).
# Environment: EKW_CONTENT (as --content), EKW_ENGINE_DIR (as --engine-dir), EKW_TOOL (an ekw binary to use instead
# of building one), JOBS (parallel jobs, default: nproc).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

content_dir="${EKW_CONTENT:-}"
engine_dir="${EKW_ENGINE_DIR:-}"
out="$root/build/site"
while [ $# -gt 0 ]; do
  case "$1" in
    --content) content_dir="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --engine-dir) engine_dir="$2"; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "build-site: unknown argument $1" >&2; exit 2 ;;
  esac
done
jobs="${JOBS:-$(nproc)}"
log() { echo "build-site: $*"; }
mkdir -p "$root/build"
# Runs a build step quietly; on failure shows the end of its output.
quiet() {
  local logfile="$root/build/site-step.log"
  if ! "$@" >"$logfile" 2>&1; then
    echo "build-site: failed: $*" >&2
    tail -n 40 "$logfile" >&2
    exit 1
  fi
}

# --- 1. the native ekw tool -----------------------------------------------------------------------------------------
if [ -n "${EKW_TOOL:-}" ]; then
  ekw="$EKW_TOOL"
else
  # The native preset's tree, the one scripts/test.sh builds: serving right after the tests rebuilds nothing.
  log "building the ekw tool (cmake --preset native, target ekw)"
  [ -f "$root/build/native/CMakeCache.txt" ] || quiet cmake --preset native
  quiet cmake --build --preset native --target ekw -j "$jobs"
  ekw="$root/build/native/tools/ekw/ekw"
fi

# --- 2. the wasm engine -------------------------------------------------------------------------------------------
# Debian's emscripten: emcc's JS optimizer needs acorn from Debian's node modules.
export NODE_PATH="${NODE_PATH:+$NODE_PATH:}/usr/share/nodejs"
if [ -z "$engine_dir" ]; then
  log "building the engine (cmake --preset wasm)"
  # scripts/test.sh sets EKW_WARNINGS_AS_ERRORS=ON, so CI holds the wasm build to the same bar as the native one.
  quiet cmake --preset wasm -DEKW_WARNINGS_AS_ERRORS="${EKW_WARNINGS_AS_ERRORS:-OFF}"
  quiet cmake --build --preset wasm --target ekw_engine -j "$jobs"
  engine_dir="$root/build/wasm/wasm"
else
  log "using the engine in $engine_dir"
fi

# --- 3. the content bundle ----------------------------------------------------------------------------------------
if [ -z "$content_dir" ]; then
  content_dir="tests/content/sample"
  if [ -f content/haarlem/manifest.json ]; then
    if "$ekw" validate content/haarlem >"$root/build/site-validate.txt" 2>&1; then
      content_dir="content/haarlem"
    else
      log "content/haarlem does not validate (see build/site-validate.txt); using $content_dir"
    fi
  fi
fi

rm -rf "$out"
mkdir -p "$out/engine" "$out/css" "$out/js"
log "bundling $content_dir"
"$ekw" bundle "$content_dir" -o "$out/content.json"

# --- 4. NL Design System CSS ----------------------------------------------------------------------------------------
if [ ! -d node_modules/@utrecht/design-tokens ]; then
  echo "build-site: node_modules/@utrecht is missing: run scripts/install-deps.sh browser (npm ci)" >&2
  exit 1
fi
# The components the pages use, in cascade order. Each package ships dist/index.css (and usually index.min.css).
components=(
  root body document page page-header page-body page-content page-footer skip-link
  heading-1 heading-2 heading-3 heading-4 paragraph link link-list button button-group button-link link-button
  form-field form-fieldset form-label form-field-description form-field-error-message textbox textarea select
  checkbox custom-checkbox radio-button alert accordion unordered-list ordered-list data-list separator
  alternate-lang-nav nav-bar nav-list status-badge surface
)
{
  echo "/* NL Design System CSS from npm @utrecht/* (EUPL-1.2), assembled by scripts/build-site.sh. */"
  cat node_modules/@utrecht/design-tokens/dist/index.css
  for c in "${components[@]}"; do
    dir="node_modules/@utrecht/$c-css/dist"
    if [ -f "$dir/index.min.css" ]; then cat "$dir/index.min.css"; echo
    elif [ -f "$dir/index.css" ]; then cat "$dir/index.css"; echo
    else echo "build-site: warning: @utrecht/$c-css not found" >&2
    fi
  done
} >"$out/css/nlds.css"

# --- 5. the site --------------------------------------------------------------------------------------------------
cp -R site/. "$out/"
rm -f "$out/README.md"
cp "$engine_dir/ekw_engine.js" "$engine_dir/ekw_engine.wasm" "$out/engine/"

# --- report -------------------------------------------------------------------------------------------------------
gz() { gzip -9 -c "$1" | wc -c; }
wasm_raw=$(stat -c %s "$out/engine/ekw_engine.wasm"); js_raw=$(stat -c %s "$out/engine/ekw_engine.js")
wasm_gz=$(gz "$out/engine/ekw_engine.wasm"); js_gz=$(gz "$out/engine/ekw_engine.js")
total_gz=$((wasm_gz + js_gz))
bundle_raw=$(stat -c %s "$out/content.json"); bundle_gz=$(gz "$out/content.json")
css_gz=$(gz "$out/css/nlds.css")
site_js_gz=$(cat "$out"/js/*.js "$out"/js/*/*.js 2>/dev/null | gzip -9 -c | wc -c)
{
  echo "content: $content_dir"
  echo "engine wasm: $wasm_raw bytes ($wasm_gz gzip)"
  echo "engine glue: $js_raw bytes ($js_gz gzip)"
  echo "engine total gzip: $total_gz bytes ($(( (total_gz + 1023) / 1024 )) KB)"
  echo "content bundle: $bundle_raw bytes ($bundle_gz gzip)"
  echo "NL Design System CSS gzip: $css_gz bytes"
  echo "site JS gzip: $site_js_gz bytes"
} | tee "$out-size.txt" | sed 's/^/build-site: /'
echo "$content_dir" >"$out-content.txt"
log "done: $out"
