#!/usr/bin/env bash
# Builds Consentry's Debian package with CPack.
#   scripts/package.sh                   the release preset: build/release/packages/consentry_<version>_<arch>.deb
#   scripts/package.sh --build-dir DIR   package an already built tree instead (CI packages build/ci, so the
#                                        package check costs no second compilation)
# Then: scripts/check-package.sh build/release/packages/consentry_*.deb, and `sudo apt install ./consentry_*.deb`.
# The face models are a separate package: scripts/package-models.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=""
while [ $# -gt 0 ]; do
    case $1 in
    --build-dir) build_dir=${2:?--build-dir needs a folder}; shift 2 ;;
    -h | --help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "package.sh: unknown argument $1" >&2; exit 1 ;;
    esac
done

export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
if [ -z "$build_dir" ]; then
    scripts/install-deps.sh
    build_dir=build/release
    # Debian's hardening flags (PIE, RELRO, BIND_NOW, FORTIFY_SOURCE, stack protector), as a Debian
    # package build would use them.
    if command -v dpkg-buildflags >/dev/null 2>&1; then
        CXXFLAGS="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
        LDFLAGS="$(dpkg-buildflags --get LDFLAGS)"
        export CXXFLAGS LDFLAGS
    fi
    cmake --preset release
    cmake --build --preset release --parallel "$(nproc)"
else
    cmake --build "$build_dir" --parallel "$(nproc)"
fi

out="$build_dir/packages"
rm -rf "$out"
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$out" >"$build_dir/cpack.log" 2>&1 || {
    cat "$build_dir/cpack.log" >&2
    echo "package.sh: CPack failed (log above)." >&2
    exit 1
}
rm -rf "$out/_CPack_Packages"
deb=$(ls "$out"/consentry_*.deb)
echo "package.sh: $deb ($(du -h "$deb" | cut -f1))"
