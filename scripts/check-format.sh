#!/usr/bin/env bash
# Fails when a C++ file tracked by git differs from what the project's .clang-format makes of it.
#   scripts/check-format.sh          check (CI runs this)
#   scripts/check-format.sh --fix    rewrite the files in place
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "clang-format is not installed (apt install clang-format)" >&2; exit 1; }
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [ "${1:-}" = "--fix" ]; then
    clang-format -i "${files[@]}"
    exit 0
fi
bad=()
for f in "${files[@]}"; do
    clang-format "$f" | cmp -s - "$f" || bad+=("$f")
done
if [ ${#bad[@]} -gt 0 ]; then
    printf '%s\n' "${bad[@]}" >&2
    echo "${#bad[@]} file(s) differ from .clang-format; run scripts/check-format.sh --fix" >&2
    exit 1
fi
echo "clang-format: ${#files[@]} files match .clang-format"
