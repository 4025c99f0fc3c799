#!/usr/bin/env bash
# SQLCipher (Consentry's settings) vs plain SQLite on the same workload, and unlock time at production
# KDF cost. Usage: bench/run-store-bench.sh [build-dir] (default build/ci). Prints medians and ratios.
# The two binaries take turns, one run each, RUNS times (default 5): on a shared machine a change of
# load then hits both sides alike instead of one whole side. BENCH_PAGE_SIZE / BENCH_TEMPLATE_BYTES
# pass through (bench/store_sql_bench.cpp).
set -euo pipefail
build="${1:-build/ci}"
runs="${RUNS:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for ((i = 0; i < runs; i++)); do
    BENCH_RUNS=1 "$build/bench/bench_store_sqlite" "$work" >> "$work/plain.txt"
    BENCH_RUNS=1 "$build/bench/bench_store_sqlcipher" "$work" >> "$work/cipher.txt"
done
# median of column $2 (2: wall ms, 3: CPU ms) per workload
medians() { grep -v '^library' "$1" | awk -v c="$2" '{ print $1, $c }' | sort -k1,1 -k2,2g | awk '
    { v[$1] = v[$1] " " $2; n[$1]++ }
    END { for (k in v) { split(substr(v[k], 2), a, " "); print k, a[int((n[k] + 1) / 2)] } }' | sort; }
echo "SQLite $(awk '/^library/ {print $2; exit}' "$work/plain.txt") vs SQLCipher on SQLite $(awk '/^library/ {print $2; exit}' "$work/cipher.txt")," \
     "page size ${BENCH_PAGE_SIZE:-4096}, templates of ${BENCH_TEMPLATE_BYTES:-1024} bytes — medians of $runs runs, ms"
printf '%-36s %10s %10s %7s   %10s %10s %7s\n' workload "wall:sqlite" sqlcipher ratio "cpu:sqlite" sqlcipher ratio
join <(join <(medians "$work/plain.txt" 2) <(medians "$work/cipher.txt" 2)) \
     <(join <(medians "$work/plain.txt" 3) <(medians "$work/cipher.txt" 3)) |
  awk '{ printf "%-36s %10.1f %10.1f %6.2fx   %10.1f %10.1f %6.2fx\n", $1, $2, $3, $3 / $2, $4, $5, $5 / $4 }'
if [ "${SKIP_UNLOCK:-0}" != 1 ]; then
    echo
    "$build/bench/bench_store_unlock"
fi
