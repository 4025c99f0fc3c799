#!/usr/bin/env bash
# SQLCipher (Consentry's settings) vs plain SQLite on the same workload, and unlock time at production
# KDF cost. Usage: bench/run-store-bench.sh [build-dir] (default build/ci). Prints medians and ratios.
set -euo pipefail
build="${1:-build/ci}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$build/bench/bench_store_sqlite" "$work" > "$work/plain.txt"
"$build/bench/bench_store_sqlcipher" "$work" > "$work/cipher.txt"
echo "SQLite $(awk '/^library/ {print $2}' "$work/plain.txt") vs SQLCipher on SQLite $(awk '/^library/ {print $2}' "$work/cipher.txt") — medians of 5 runs, ms"
printf '%-32s %12s %12s %8s\n' workload sqlite sqlcipher ratio
join <(grep -v '^library' "$work/plain.txt" | sort) <(grep -v '^library' "$work/cipher.txt" | sort) |
  awk '{ printf "%-32s %12.1f %12.1f %7.2fx\n", $1, $2, $3, $3 / $2 }'
echo
"$build/bench/bench_store_unlock"
