#!/usr/bin/env bash
# The face models as their own Debian package, consentry-models_<version>_all.deb: the model files in
# /usr/share/consentry/models (where consentry looks), each checked against the SHA-256 of its model card.
#   scripts/package-models.sh [--from DIR] [--out DIR]
#     --from DIR   take the model files from DIR (e.g. ../shared/models); without it they are downloaded
#                  and verified with scripts/download-models.sh (YuNet 2022mar and SFace 2021dec)
#     --out DIR    where the .deb goes (default build/packages)
# Only files that have a card in resources/models/ are packaged; a file whose hash differs stops it.
set -euo pipefail
cd "$(dirname "$0")/.."

from=""
out=build/packages
while [ $# -gt 0 ]; do
    case $1 in
    --from) from=${2:?--from needs a folder}; shift 2 ;;
    --out) out=${2:?--out needs a folder}; shift 2 ;;
    -h | --help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "package-models.sh: unknown argument $1" >&2; exit 1 ;;
    esac
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -z "$from" ]; then
    from="$work/download"
    scripts/download-models.sh "$from"
fi
[ -d "$from" ] || { echo "package-models.sh: $from is not a folder" >&2; exit 1; }

version=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' CMakeLists.txt | head -1)
root="$work/root"
models="$root/usr/share/consentry/models"
doc="$root/usr/share/doc/consentry-models"
mkdir -p "$models" "$doc"

card_field() { sed -n "s/^ *\"$2\": *\"\([^\"]*\)\".*/\1/p" "$1" | head -1; }
packaged=()
licences=()
for card in resources/models/*.json; do
    file=$(card_field "$card" file)
    sha=$(card_field "$card" sha256)
    id=$(card_field "$card" id)
    [ -f "$from/$file" ] || continue
    actual=$(sha256sum "$from/$file" | cut -d' ' -f1)
    if [ "$actual" != "$sha" ]; then
        echo "package-models.sh: $from/$file has SHA-256 $actual, but its card ($card) says $sha; nothing was packaged." >&2
        exit 3
    fi
    install -m 0644 "$from/$file" "$models/$file"
    packaged+=("$file")
    licences+=("$id")
done
if [ ${#packaged[@]} -eq 0 ]; then
    echo "package-models.sh: no model file of a known card is in $from; nothing was packaged." >&2
    exit 4
fi

# Debian's copyright file: the notice of each packaged model, from resources/licenses/models/.
{
    echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
    echo "Upstream-Name: Consentry face models"
    echo "Comment: The face model files Consentry uses, unchanged (or converted, as noted), each"
    echo " verified against the SHA-256 of its model card."
    for i in "${!packaged[@]}"; do
        notice="resources/licenses/models/${licences[$i]}.txt"
        echo
        echo "Files: usr/share/consentry/models/${packaged[$i]}"
        case ${licences[$i]} in
        yunet-*) echo "Copyright: 2017 Max deGroot, Ellis Brown; 2019 Zisian Wong, Shifeng Zhang; 2020 Shiqi Yu"
                 echo "License: Expat" ;;
        face-reid-*) echo "Copyright: Intel Corporation"; echo "License: Apache-2.0" ;;
        *) echo "Copyright: OpenCV Zoo contributors"; echo "License: Apache-2.0" ;;
        esac
        echo "Comment:"
        sed -e 's/^$/./' -e 's/^/ /' "$notice"
    done
    echo
    echo "License: Expat"
    echo " See the notice of the YuNet model above, which contains the full text."
    echo
    echo "License: Apache-2.0"
    echo " On Debian systems, the full text of the Apache License, Version 2.0 can be"
    echo " found in the file '/usr/share/common-licenses/Apache-2.0'."
} >"$doc/copyright"
{
    echo "consentry-models ($version) unstable; urgency=medium"
    echo
    echo "  * Face models for Consentry $version:"
    printf '    %s\n' "${packaged[@]}"
    echo
    echo " -- Consentry maintainers <maintainers@consentry.example>  $(date -u -R ${SOURCE_DATE_EPOCH:+-d @$SOURCE_DATE_EPOCH})"
} | gzip -9n >"$doc/changelog.gz"

mkdir -p "$root/DEBIAN"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat >"$root/DEBIAN/control" <<CONTROL
Package: consentry-models
Version: $version
Architecture: all
Maintainer: Consentry maintainers <maintainers@consentry.example>
Installed-Size: $size
Depends: consentry (>= $version)
Section: misc
Priority: optional
Homepage: https://consentry.example
Description: face models for the Consentry console
 The face detection and face template models that Consentry checks against
 its model cards before it uses them:
$(printf ' %s\n' "${packaged[@]}")
 Without them Consentry works on a simpler classical engine and says so.
CONTROL
(cd "$root" && find usr -type f -printf '%P\n' | sort | sed 's|^|usr/|' | xargs md5sum) >"$root/DEBIAN/md5sums"
find "$root" -type d -exec chmod 0755 {} +
mkdir -p "$out"
deb="$out/consentry-models_${version}_all.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "package-models.sh: $deb (${packaged[*]})"
