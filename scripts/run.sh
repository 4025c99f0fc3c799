#!/usr/bin/env bash
# Installs what is missing, builds Consentry and starts it on its default local data folder
# (the README's first command). Extra arguments go to the app, e.g. scripts/run.sh --lang en
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset dev
cmake --build --preset dev --parallel "$(nproc)"

# Development models beside the project are used when present; without them the app runs on its
# classical fallback and says so.
if [ -z "${CONSENTRY_MODEL_DIR:-}" ] && [ -d ../shared/models ]; then
  export CONSENTRY_MODEL_DIR="$(cd ../shared/models && pwd)"
fi
exec build/dev/app/consentry "$@"
