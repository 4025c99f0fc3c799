#!/usr/bin/env bash
# Checks a Consentry .deb the way a careful packager would, and says what it checked.
#   scripts/check-package.sh build/release/packages/consentry_<version>_<arch>.deb [consentry-models_*.deb]
#   scripts/check-package.sh --from-build build/ci    package that build tree first (scripts/package.sh
#                       --build-dir), and the models from ../shared/models when they are there; CI runs this
# 1. control fields (name, version, architecture, dependencies) and no maintainer scripts;
# 2. the file list: everything the package must carry, nothing outside /usr;
# 3. lintian (errors and warnings fail; the package's own overrides each carry a reason);
# 4. desktop-file-validate and appstreamcli validate;
# 5. the unpacked programs start: consentry-cli --version, consentry --version (offscreen), a sign from a
#    profile, an encrypted store made and read, the man pages and bash completion;
# 6. a real dpkg install into a scratch root writes only the package's files, and removing the package
#    removes them and leaves the data folder alone.
# scripts/test.sh runs it in CI on the package made from the CI build (scripts/package.sh --build-dir).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = --from-build ]; then
    build=${2:?--from-build needs a build folder}
    started=$SECONDS
    scripts/package.sh --build-dir "$build" | tail -1
    deb=$(ls "$build"/packages/consentry_*.deb)
    models_deb=""
    if [ -d ../shared/models ]; then
        scripts/package-models.sh --from ../shared/models --out "$build/packages" | tail -1
        models_deb=$(ls "$build"/packages/consentry-models_*.deb)
    else
        echo "check-package: ../shared/models is not here, so the consentry-models package is not built or checked."
    fi
    "$0" "$deb" $models_deb
    echo "check-package: packaging and checks took $((SECONDS - started)) s."
    exit 0
fi
deb=${1:?usage: check-package.sh CONSENTRY.deb [CONSENTRY-MODELS.deb] | --from-build BUILD_DIR}
models_deb=${2:-}
[ -f "$deb" ] || { echo "check-package: $deb does not exist" >&2; exit 1; }
for tool in dpkg-deb lintian desktop-file-validate appstreamcli pdftotext; do
    command -v $tool >/dev/null || { echo "check-package: $tool is missing (scripts/install-deps.sh installs it)" >&2; exit 1; }
done

failures=0
pass() { printf '  ok    %s\n' "$1"; }
fail() { printf '  FAIL  %s\n' "$1"; failures=$((failures + 1)); }
check() { local what=$1; shift; if "$@" >/dev/null 2>&1; then pass "$what"; else fail "$what"; fi; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' CMakeLists.txt | head -1)
arch=$(dpkg --print-architecture)
field() { dpkg-deb -f "$deb" "$1"; }

echo "== control fields of $(basename "$deb")"
check "Package is consentry" test "$(field Package)" = consentry
check "Version is $version (CMakeLists.txt)" test "$(field Version)" = "$version"
check "Architecture is $arch" test "$(field Architecture)" = "$arch"
for f in Maintainer Installed-Size Section Priority Homepage Description; do
    check "$f is set" test -n "$(field $f)"
done
depends=$(field Depends)
# Linked libraries (dpkg-shlibdeps) and what the program loads at run time.
for dep in libqt6core6 libqt6gui6 libqt6widgets6 libqt6printsupport6 libopencv-core libopencv-dnn libopencv-objdetect \
    libsqlcipher libsodium libqrencode libstdc++6 libc6 fonts-noto-cjk opencv-data qt6-translations-l10n libqt6svg6; do
    check "Depends on $dep" grep -q "\\b$dep" <<<"$depends"
done
check "does not depend on plain SQLite (the store must stay encrypted)" bash -c "! grep -q 'libsqlite3' <<<'$depends'"
check "Suggests consentry-models" grep -q consentry-models <<<"$(field Suggests)"
mkdir -p "$work/control"
dpkg-deb -e "$deb" "$work/control"
check "no maintainer scripts: nothing runs at install or removal" \
    bash -c "! ls '$work/control' | grep -Eq '^(preinst|postinst|prerm|postrm|config|triggers)$'"

echo "== contents"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/files"
required=(
    /usr/bin/consentry /usr/bin/consentry-cli
    /usr/share/applications/io.consentry.Consentry.desktop
    /usr/share/metainfo/io.consentry.Consentry.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/consentry.svg
    /usr/share/man/man1/consentry.1.gz /usr/share/man/man1/consentry-cli.1.gz
    /usr/share/bash-completion/completions/consentry-cli /usr/share/bash-completion/completions/consentry
    /usr/share/doc/consentry/copyright /usr/share/doc/consentry/changelog.gz
    /usr/share/doc/consentry/THIRD-PARTY-NOTICES.md
    /usr/share/doc/consentry/manual/consentry-manual.zh_CN.html /usr/share/doc/consentry/manual/consentry-manual.en.html
    /usr/share/doc/consentry/licenses/models/yunet-2022mar.txt
    /usr/share/consentry/models/README.md
)
for size in 16 22 24 32 48 64 128 256 512; do required+=("/usr/share/icons/hicolor/${size}x${size}/apps/consentry.png"); done
for card in resources/models/*.json; do required+=("/usr/share/consentry/models/$(basename "$card")"); done
for f in "${required[@]}"; do check "contains $f" grep -qx "$f" "$work/files"; done
check "everything is under /usr (nothing in /etc, /var, /opt, /home or /usr/local)" \
    bash -c "! grep -v -e '^/\$' -e '^/usr/\$' -e '^/usr/' '$work/files' && ! grep -q '^/usr/local' '$work/files'"
check "no model files in this package (they are in consentry-models)" bash -c "! grep -q '\\.onnx\$' '$work/files'"
check "every file owned by root" bash -c "! dpkg-deb -c '$deb' | awk '{print \$2}' | grep -v '^root/root\$'"

echo "== lintian"
if lintian --fail-on error,warning "$deb" >"$work/lintian" 2>&1; then
    pass "lintian: no errors or warnings"
else
    fail "lintian found errors or warnings:"
    grep -v "root privileges" "$work/lintian" | sed 's/^/        /'
fi
grep -E '^[IP]:' "$work/lintian" | sed 's/^/        (info) /' || true
overrides=$(dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/lintian/overrides/consentry 2>/dev/null || true)
check "every lintian override has a reason above it" \
    awk '/^#/ { reason = 1; next } /^$/ { next } { if (!reason) exit 1; reason = 0 }' <<<"$overrides"

echo "== unpacked"
root="$work/root"
dpkg-deb -x "$deb" "$root"
check "desktop-file-validate" desktop-file-validate "$root/usr/share/applications/io.consentry.Consentry.desktop"
if appstreamcli validate --no-net "$root/usr/share/metainfo/io.consentry.Consentry.metainfo.xml" >"$work/appstream" 2>&1; then
    pass "appstreamcli validate"
else
    fail "appstreamcli validate:"; sed 's/^/        /' "$work/appstream"
fi
check "AppStream's newest release is $version" grep -q "<release version=\"$version\"" \
    "$root/usr/share/metainfo/io.consentry.Consentry.metainfo.xml"

cli="$root/usr/bin/consentry-cli"
app="$root/usr/bin/consentry"
check "consentry-cli --version says $version" grep -q "Consentry $version" <<<"$("$cli" --version 2>&1)"
check "consentry --version says $version (no display)" \
    grep -q "Consentry $version" <<<"$(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen "$app" --version 2>&1)"
cat >"$work/site.json" <<'JSON'
{"site_name": "湖畔花园 Lakeside Gardens", "operator_name": "湖畔物业管理有限公司", "contact_phone": "021-5555 0100",
 "contact_address": "上海市浦东新区湖畔路 1 号", "contact_email": "privacy@lakeside.example",
 "purpose": "住户进出小区时的身份核验", "retention_days": 30, "alternatives": ["出示门禁卡", "由保安人工核验"],
 "notice_url": "https://lakeside.example/notice"}
JSON
if "$cli" --lang zh_CN signage --layout poster-a4 --lang zh_CN+en --profile "$work/site.json" --out "$work/标识 A4.pdf" \
    >"$work/signage.out" 2>&1; then
    pass "consentry-cli signage with a profile writes a PDF"
    check "the sign names the site" \
        bash -c "pdftotext '$work/标识 A4.pdf' - | tr -d ' \n' | grep -q 'LakesideGardens'"
else
    fail "consentry-cli signage:"; sed 's/^/        /' "$work/signage.out"
fi
data="$work/数据 folder"
if printf 'correct horse battery staple\n' | CONSENTRY_FAST_KDF=1 "$cli" --data-dir "$data" --password-stdin --json \
    init --manager wang --site-name "Lakeside" >"$work/init.json" 2>&1 &&
    printf 'correct horse battery staple\n' | "$cli" --data-dir "$data" --password-stdin --json status >"$work/status.json" 2>&1; then
    pass "consentry-cli init and status on a new encrypted store"
    check "without models, status says the classical engine is in use" grep -q '"engine":"classical"' "$work/status.json"
else
    fail "consentry-cli init/status:"; sed 's/^/        /' "$work/init.json" "$work/status.json" 2>/dev/null || true
fi
for page in consentry consentry-cli; do
    if LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$root/usr/share/man/man1/$page.1.gz" >"$work/man.out" 2>"$work/man.err" &&
        [ ! -s "$work/man.err" ]; then
        pass "man $page renders without warnings"
    else
        fail "man $page:"; sed 's/^/        /' "$work/man.err"
    fi
done
while read -r command; do
    check "man consentry-cli documents '$command'" grep -q "^   $command\$" "$work/man.cli"
done < <(LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$root/usr/share/man/man1/consentry-cli.1.gz" 2>/dev/null >"$work/man.cli";
    "$cli" --lang en --help | awk '/^Commands:/ { on = 1; next } /^$/ { on = 0 } on { print $1 }')
if [ -f /usr/share/bash-completion/bash_completion ]; then
    complete_words() { # complete_words WORD... : what TAB offers after these words
        PATH="$root/usr/bin:$PATH" bash -c '
            source /usr/share/bash-completion/bash_completion
            source "$0"
            COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
            _consentry_cli; printf "%s\n" "${COMPREPLY[@]}"' \
            "$root/usr/share/bash-completion/completions/consentry-cli" "$@"
    }
    check "bash completion offers the commands" grep -qx backup <<<"$(complete_words consentry-cli ba)"
    check "bash completion offers a command's options" grep -qx -- --layout <<<"$(complete_words consentry-cli signage --la)"
    check "bash completion offers the sign layouts" grep -qx counter-a5 <<<"$(complete_words consentry-cli signage --layout '')"
else
    fail "bash-completion is not installed (scripts/install-deps.sh installs it)"
fi

echo "== install and remove with dpkg in a scratch root"
scratch="$work/scratch"
mkdir -p "$scratch/var/lib/dpkg/updates" "$scratch/var/lib/dpkg/info" "$scratch/home/manager/.local/share/consentry"
touch "$scratch/var/lib/dpkg/status"
echo "encrypted store stand-in" >"$scratch/home/manager/.local/share/consentry/consentry.db"
(cd "$scratch" && find . -path ./var/lib/dpkg -prune -o -print | sort) >"$work/before"
dpkg_root() { dpkg --root="$scratch" --force-depends --force-not-root --force-script-chrootless \
    --log=/dev/null --no-triggers "$@"; }
if dpkg_root -i "$deb" >"$work/dpkg.out" 2>&1; then
    (cd "$scratch" && find . -path ./var/lib/dpkg -prune -o -print | sort) >"$work/after"
    comm -13 "$work/before" "$work/after" | sed 's|^\.||' >"$work/added"
    check "installing wrote only the package's files" \
        bash -c "diff <(grep -v '/\$' '$work/files' | sed 's|/\$||' | sort) <(while read -r p; do [ -d '$scratch'\"\$p\" ] || echo \"\$p\"; done <'$work/added' | sort)"
    dpkg_root -r consentry >"$work/dpkg-r.out" 2>&1 || true
    (cd "$scratch" && find . -path ./var/lib/dpkg -prune -o -print | sort) >"$work/removed"
    check "removing the package removes its files" diff "$work/before" "$work/removed"
    check "removing the package keeps the data folder" test -f "$scratch/home/manager/.local/share/consentry/consentry.db"
else
    fail "dpkg -i into a scratch root:"; sed 's/^/        /' "$work/dpkg.out"
fi

if [ -n "$models_deb" ]; then
    echo "== $(basename "$models_deb")"
    check "models package: architecture all" test "$(dpkg-deb -f "$models_deb" Architecture)" = all
    if lintian --fail-on error,warning "$models_deb" >"$work/lintian-models" 2>&1; then
        pass "models package: lintian"
    else
        fail "models package: lintian:"; sed 's/^/        /' "$work/lintian-models"
    fi
    dpkg-deb -x "$models_deb" "$root"
    if printf 'correct horse battery staple\n' | "$cli" --data-dir "$data" --password-stdin \
        --model-dir "$root/usr/share/consentry/models" --json status >"$work/status-models.json" 2>&1; then
        check "with the models installed, status names the YuNet detector" \
            grep -q '"detector_model":"yunet-2022mar"' "$work/status-models.json"
    else
        fail "status with the models:"; sed 's/^/        /' "$work/status-models.json"
    fi
fi

echo "== $(basename "$deb"): $(du -h "$deb" | cut -f1), installed $(field Installed-Size) KiB"
echo
if [ $failures -gt 0 ]; then
    echo "check-package: $failures check(s) failed." >&2
    exit 1
fi
echo "check-package: all checks passed."
