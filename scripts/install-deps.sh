#!/usr/bin/env bash
# Installs everything Consentry needs to build, test and run on Debian 12 or Ubuntu 24.04.
# Idempotent: packages already present are skipped, and nothing is done when all are there.
set -euo pipefail

packages=(
  # toolchain
  g++ cmake ninja-build ccache pkg-config clang-format
  # Qt 6 (Widgets, Charts, PrintSupport, Svg, Test, LinguistTools) and its platform plugins
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-qpa-plugins qt6-translations-l10n libqt6opengl6-dev libgl-dev libvulkan-dev libxkbcommon-dev
  # vision, storage, crypto, QR codes
  libopencv-dev libopencv-contrib-dev opencv-data
  libsqlcipher-dev libsodium-dev libqrencode-dev
  libsqlite3-dev  # plain SQLite: the SQLCipher-vs-SQLite benchmark (bench/run-store-bench.sh)
  # Chinese fonts on screen and in PDFs; PDF tools used by tests
  fonts-noto-cjk poppler-utils
  # headless GUI tests and screenshots
  xvfb xauth xdotool imagemagick
  # hardening: libFuzzer (scripts/fuzz.sh), LeakSanitizer runtime, the fault-injection test's strace
  clang-14 libclang-rt-14-dev strace
  # building and checking the Debian package (scripts/package.sh, scripts/check-package.sh)
  dpkg-dev lintian desktop-file-utils appstream man-db bash-completion
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages are already installed."
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-deps: apt-get not found. Install these packages by hand: ${missing[*]}" >&2
  exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "install-deps: run as root or install sudo." >&2; exit 1; }
  sudo="sudo"
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
