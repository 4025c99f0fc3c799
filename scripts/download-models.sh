#!/usr/bin/env bash
# Downloads Consentry's production face models for packagers who have internet access, and checks each
# file against the SHA-256 pinned in its model card (resources/models/*.json). Offline it fails fast
# (short connect timeout) and harmlessly: a file is only moved into place after its hash matched, so no
# partial or unverified file is ever left behind.
#   scripts/download-models.sh [DEST_DIR]        default DEST_DIR: ./models
# Then install DEST_DIR as <prefix>/share/consentry/models (or <appdir>/models on Windows), or point
# --model-dir / CONSENTRY_MODEL_DIR at it.
set -euo pipefail

dest=${1:-models}
connect_timeout=${CONSENTRY_DOWNLOAD_CONNECT_TIMEOUT:-5}

# file | SHA-256 | URL — the same values as the model cards.
models=(
  "face_detection_yunet_2022mar.onnx|50ef07f702a31741ca46a4c0d947773b64143b9362780237bf0d427d6c79bab7|https://github.com/opencv/opencv_zoo/raw/main/models/face_detection_yunet/face_detection_yunet_2022mar.onnx"
  "face_recognition_sface_2021dec.onnx|0ba9fbfa01b5270c96627c4ef784da859931e02f04419c829e83484087c34e79|https://github.com/opencv/opencv_zoo/raw/main/models/face_recognition_sface/face_recognition_sface_2021dec.onnx"
)

if command -v curl >/dev/null 2>&1; then
  fetch() { curl --fail --location --silent --show-error --connect-timeout "$connect_timeout" --max-time 600 --retry 1 -o "$2" "$1"; }
elif command -v wget >/dev/null 2>&1; then
  fetch() { wget --quiet --connect-timeout="$connect_timeout" --timeout=600 --tries=2 -O "$2" "$1"; }
else
  echo "download-models.sh: neither curl nor wget is installed; install one of them and try again." >&2
  exit 6
fi

sha256() {
  if command -v sha256sum >/dev/null 2>&1; then sha256sum "$1" | cut -d' ' -f1; else shasum -a 256 "$1" | cut -d' ' -f1; fi
}

mkdir -p "$dest"
tmp=$(mktemp -d "${dest%/}/.download.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

status=0
for entry in "${models[@]}"; do
  IFS='|' read -r file expected url <<<"$entry"
  if [[ -f "$dest/$file" && "$(sha256 "$dest/$file")" == "$expected" ]]; then
    echo "$file: already present and verified"
    continue
  fi
  echo "$file: downloading from $url"
  if ! fetch "$url" "$tmp/$file"; then
    echo "download-models.sh: could not download $file (no internet connection?); nothing was written." >&2
    status=6
    break
  fi
  actual=$(sha256 "$tmp/$file")
  if [[ "$actual" != "$expected" ]]; then
    echo "download-models.sh: $file has SHA-256 $actual, expected $expected; it was discarded." >&2
    status=3
    break
  fi
  mv -f "$tmp/$file" "$dest/$file"
  echo "$file: verified ($expected)"
done
exit $status
