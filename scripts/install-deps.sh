#!/usr/bin/env bash
# Installs what the build, the tests and the site need on a fresh Debian 12 machine. Idempotent and quiet when
# everything is already there. Usage: scripts/install-deps.sh [native|sanitizers|wasm|browser|all]...
set -euo pipefail
cd "$(dirname "$0")/.."

want=("$@")
[ ${#want[@]} -gt 0 ] || want=(all)

apt_packages=()
need_deb_src=0
need_apt() {  # need_apt PACKAGE...: queue Debian packages that are not installed yet
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || apt_packages+=("$p")
  done
}

# Node.js may come from Debian or from NodeSource (whose nodejs package carries npm and conflicts with Debian's npm):
# install Debian's only when the commands are missing.
need_node() {
  command -v node >/dev/null 2>&1 || need_apt nodejs
  command -v npm >/dev/null 2>&1 || need_apt npm
}

# ekw-studio: Dear ImGui with its GLFW and OpenGL3 backends, stb_image_write for screenshots, and Xvfb with Mesa's
# software OpenGL for its screenshot tests.
studio_packages=(pkg-config libimgui-dev libglfw3-dev libstb-dev libgl-dev libgl1-mesa-dri xvfb xauth fonts-dejavu-core)

for w in "${want[@]}"; do
  case "$w" in
    native) need_apt g++ cmake make libgtest-dev libbenchmark-dev nlohmann-json3-dev pkg-config libhunspell-dev hunspell-nl \
      libstemmer-dev "${studio_packages[@]}" ;;
    sanitizers) need_apt clang libclang-rt-14-dev libstemmer-dev ;;  # the asan preset and the libFuzzer targets
    wasm) need_apt emscripten nlohmann-json3-dev dpkg-dev make; need_deb_src=1 ;;
    browser) need_apt chromium; need_node ;;
    all) need_apt g++ cmake make libgtest-dev libbenchmark-dev nlohmann-json3-dev pkg-config libhunspell-dev hunspell-nl \
      libstemmer-dev clang libclang-rt-14-dev emscripten dpkg-dev chromium "${studio_packages[@]}"
      need_node; need_deb_src=1 ;;
    *) echo "install-deps: unknown part '$w' (native, sanitizers, wasm, browser, all)" >&2; exit 2 ;;
  esac
done

sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"

# The wasm engine builds Snowball's stemmers from Debian's source package (scripts/build-snowball-wasm.sh), which
# `apt-get source` fetches only with a deb-src entry: add one mirroring the machine's own deb entries.
deb_src_file=/etc/apt/sources.list.d/ekw-deb-src
apt_updated=0
if [ "$need_deb_src" = 1 ] && ! grep -rqsE '^(deb-src |Types:.*deb-src)' /etc/apt/sources.list /etc/apt/sources.list.d/; then
  echo "Adding deb-src entries for Debian source packages ($deb_src_file.*)"
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources | $sudo_cmd tee "$deb_src_file.sources" >/dev/null
  else
    grep -hE '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' | $sudo_cmd tee "$deb_src_file.list" >/dev/null
  fi
  $sudo_cmd apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt_updated=1
fi

if [ ${#apt_packages[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${apt_packages[*]}"
  # Several installs may run at once on a shared machine: wait for dpkg's lock instead of failing.
  [ "$apt_updated" = 1 ] || $sudo_cmd apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${apt_packages[@]}" >/dev/null
fi

# npm packages for the site and the browser tests (package-lock.json pins them).
for w in "${want[@]}"; do
  if [ "$w" = browser ] || [ "$w" = all ] || [ "$w" = wasm ]; then
    if [ -f package.json ] && { [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; }; then
      echo "Installing npm packages"
      npm ci --no-audit --no-fund --loglevel=error >/dev/null
    fi
    break
  fi
done
