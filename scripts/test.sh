#!/usr/bin/env bash
# Builds Consentry with warnings as errors and runs every test (the README's second command; .ci/run runs it).
#   scripts/test.sh            the CI preset: configure, build, run all suites
#   scripts/test.sh asan       the same under AddressSanitizer + UndefinedBehaviorSanitizer
# With the ci preset (CI's run) it then runs the whole suite again under the sanitizers
# (scripts/ci-sanitizers.sh); CONSENTRY_SKIP_SANITIZERS=1 skips that on a developer's machine.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-ci}
scripts/install-deps.sh
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-5G}
# Paths relative to the checkout, so a fresh clone (CI) reuses what another checkout compiled.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
if [ "$preset" = ci ]; then
    scripts/check-format.sh
fi
cmake --preset "$preset"
cmake --build --preset "$preset" --parallel "$(nproc)"
ctest --preset "$preset" --parallel "$(nproc)"
if [ "$preset" = ci ]; then
    # The .deb made from this build: contents, control fields, lintian, validators, the programs start.
    scripts/check-package.sh --from-build build/ci
fi
if [ "$preset" = ci ] && [ "${CONSENTRY_SKIP_SANITIZERS:-0}" != 1 ]; then
    # The screens' suites, the fault-injection kills and the liveness rates ran in the first pass; under the
    # sanitizers CI runs the engine, store, services, CLI and fuzz-corpus suites, which keeps CI under 30
    # minutes on 2 cores (scripts/ci-sanitizers.sh alone runs everything).
    scripts/ci-sanitizers.sh -LE gui -E 'tst_faultinjection|tst_liveness_rates'
fi
