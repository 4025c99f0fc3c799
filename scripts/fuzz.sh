#!/usr/bin/env bash
# Runs one libFuzzer target (or all) for a number of seconds, then merges the inputs that add coverage
# into its committed seed corpus (tests/fuzz/corpus/NAME, kept small: libFuzzer's -merge keeps only
# inputs that reach new code). Crashes land in build/fuzz/crashes/NAME/; turn each into a regression test
# by committing it to the corpus once fixed (CI replays every corpus: ctest -L fuzz).
#
#   scripts/fuzz.sh keyslot 600      # ten minutes on the keyslot file parser
#   scripts/fuzz.sh all 600          # every target, one after the other
#   scripts/fuzz.sh list             # the target names
#
# Targets: keyslot lockout backup siteprofile consent paperconsent_import modelcard image
set -euo pipefail
cd "$(dirname "$0")/.."
targets=(keyslot lockout backup siteprofile consent paperconsent_import modelcard image)
target=${1:-}
seconds=${2:-60}
if [ -z "$target" ] || [ "$target" = list ]; then
  printf '%s\n' "${targets[@]}"
  [ -n "$target" ] && exit 0
  echo "usage: scripts/fuzz.sh TARGET|all SECONDS" >&2
  exit 1
fi
if [ "$target" = all ]; then
  for t in "${targets[@]}"; do "$0" "$t" "$seconds"; done
  exit 0
fi
if [[ ! " ${targets[*]} " =~ " $target " ]]; then
  echo "fuzz.sh: unknown target \"$target\"; scripts/fuzz.sh list shows them." >&2
  exit 1
fi

scripts/install-deps.sh >/dev/null
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
[ -f build/fuzz/build.ninja ] || cmake --preset fuzz >/dev/null
nice -n 10 cmake --build --preset fuzz --target "fuzz_$target"

binary=build/fuzz/tests/fuzz/fuzz_$target
seeds=tests/fuzz/corpus/$target
work=build/fuzz/corpus/$target
crashes=build/fuzz/crashes/$target
mkdir -p "$work" "$crashes"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8

status=0
nice -n 15 "$binary" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 -max_len=65536 \
  -print_final_stats=1 -artifact_prefix="$crashes/" "$work" "$seeds" || status=$?
# Keep the committed corpus small: only what adds coverage goes in.
"$binary" -merge=1 "$seeds" "$work" >/dev/null 2>&1 || true
echo "fuzz.sh: $target ran ${seconds}s, exit $status; corpus $(ls "$seeds" | wc -l) files; crashes in $crashes: $(ls "$crashes" | wc -l)"
exit "$status"
