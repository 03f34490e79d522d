#!/usr/bin/env bash
# The .deb declares its dependencies and installs a working Inkchat to /usr:
# unpacked into a scratch root (no root rights needed), its inkchat-cli
# answers --version and its inkchat chats with the demo offscreen.
# usage: check-deb.sh PACKAGE_DIR VERSION
set -euo pipefail
packages="$1"
version="$2"

if ! command -v dpkg-deb >/dev/null; then
    echo "SKIP: dpkg-deb not found"
    exit 77
fi
found=("$packages"/inkchat_"$version"-*.deb)
deb="${found[0]}"
[ -f "$deb" ] || { echo "FAIL: no inkchat_${version}-*.deb in $packages"; exit 1; }
echo "== $deb ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb --info "$deb"

fail() { echo "FAIL: $*"; exit 1; }
[ "$(dpkg-deb --field "$deb" Package)" = inkchat ] || fail "Package is not inkchat"
[ "$(dpkg-deb --field "$deb" Version)" = "$version-1" ] || fail "Version is not $version-1"
depends="$(dpkg-deb --field "$deb" Depends)"
# What Qt loads at run time (named by hand) and, with dpkg-shlibdeps, the
# libraries the executables link.
expected=(libqt6sql6-sqlite qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtqml)
if command -v dpkg-shlibdeps >/dev/null; then
    expected+=(libqt6core6 libqt6quick6 libqt6keychain1 libzip4 libmd4c0 libc6)
fi
for package in "${expected[@]}"; do
    grep -qE "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package: $depends"
done

root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
dpkg-deb --extract "$deb" "$root"
for file in \
    usr/bin/inkchat \
    usr/bin/inkchat-cli \
    usr/bin/inkchat-relay \
    usr/lib/systemd/user/inkchat-relay.service \
    usr/lib/systemd/system/inkchat-relay.service \
    usr/share/applications/io.inkchat.inkchat.desktop \
    usr/share/metainfo/io.inkchat.inkchat.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/io.inkchat.inkchat.svg \
    usr/share/icons/hicolor/48x48/apps/io.inkchat.inkchat.png \
    usr/share/icons/hicolor/256x256/apps/io.inkchat.inkchat.png; do
    [ -f "$root/$file" ] || fail "the package has no /$file"
done
# The build makes man pages where help2man is installed (the CMake file
# passes INKCHAT_MAN_PAGES=1 then).
if [ "${INKCHAT_MAN_PAGES:-0}" = 1 ]; then
    for page in inkchat inkchat-cli inkchat-relay; do
        [ -f "$root/usr/share/man/man1/$page.1.gz" ] || fail "the package has no /usr/share/man/man1/$page.1.gz"
    done
fi
# Debug information stays in the build tree.
if command -v readelf >/dev/null && readelf -S "$root/usr/bin/inkchat" | grep -q '\.debug_info'; then
    fail "/usr/bin/inkchat is not stripped"
fi

export HOME="$root/home" XDG_CONFIG_HOME="$root/home/config" XDG_DATA_HOME="$root/home/data"
export XDG_CACHE_HOME="$root/home/cache" XDG_RUNTIME_DIR="$root/home/runtime" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
[ "$("$root/usr/bin/inkchat-cli" --version)" = "inkchat-cli $version" ] || fail "inkchat-cli --version"
[ "$("$root/usr/bin/inkchat" --version)" = "inkchat $version" ] || fail "inkchat --version"
[ "$("$root/usr/bin/inkchat-relay" --version)" = "inkchat-relay $version" ] || fail "inkchat-relay --version"
# The units name the installed program and are what systemd accepts.
if command -v systemd-analyze >/dev/null; then
    for unit in user/inkchat-relay.service system/inkchat-relay.service; do
        sed "s|/usr/bin/inkchat-relay|$root/usr/bin/inkchat-relay|" "$root/usr/lib/systemd/$unit" \
            >"$root/inkchat-relay.service"
        systemd-analyze verify "$root/inkchat-relay.service" 2>&1 | grep -v -e 'Failed to load credential' \
            -e 'not executable' -e "Command 'man " && fail "systemd-analyze finds fault with $unit"
    done
fi
# A fast demo pace keeps the test short; the reply still streams in pieces.
"$root/usr/bin/inkchat" --demo --demo-rate 500 --no-store --send Hello --quit-when-done ||
    fail "the installed inkchat --demo exited with $?"
echo "ok: $deb"
