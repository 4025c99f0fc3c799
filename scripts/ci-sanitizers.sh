#!/usr/bin/env bash
# The whole test suite again under AddressSanitizer + UndefinedBehaviorSanitizer + LeakSanitizer (the
# asan preset: gcc, Debug, -fsanitize=address,undefined; LSan is part of ASan on Linux and is on through
# ASAN_OPTIONS=detect_leaks=1 in every test's environment, with tests/sanitizers/lsan.supp for the
# libraries' own leaks). scripts/test.sh runs it after the ci preset on every CI run; it includes the
# replay of every fuzz corpus (ctest -L fuzz) and the fault-injection test.
#   scripts/ci-sanitizers.sh            build and run everything
#   scripts/ci-sanitizers.sh -R vault   only the suites matching a ctest regex
set -euo pipefail
cd "$(dirname "$0")/.."
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-5G}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
start=$(date +%s)
cmake --preset asan
cmake --build --preset asan --parallel "$(nproc)"
built=$(date +%s)
ctest --preset asan --parallel "$(nproc)" "$@"
echo "ci-sanitizers: build $((built - start)) s, tests $(($(date +%s) - built)) s (ASan + UBSan + LSan)"
