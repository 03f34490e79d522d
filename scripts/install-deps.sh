#!/usr/bin/env bash
# Installs everything Inkchat needs to build and run on Debian 12; with
# --tests also what only the test suite needs (a real nginx as proxy).
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

packages=(
    # toolchain
    cmake ninja-build g++ clang
    # a compiler cache: scripts/test.sh builds the kiosk tree from the ci
    # tree's objects
    ccache
    # libFuzzer and the sanitizers' runtime for clang (scripts/fuzz.sh)
    libclang-rt-14-dev
    # Qt 6.4
    qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
    qt6-websockets-dev libgl-dev
    # what an e-ink frame repainted (app/view/swappedframe.cpp)
    qt6-declarative-private-dev
    qml6-module-qtqml qml6-module-qtquick qml6-module-qtquick-window qml6-module-qtquick-controls
    qml6-module-qtquick-dialogs
    qml6-module-qtquick-layouts qml6-module-qtquick-templates qml6-module-qtqml-workerscript
    qml6-module-qtquick-virtualkeyboard qt6-virtualkeyboard-plugin qml6-module-qt-labs-folderlistmodel
    fonts-dejavu-core
    # outline emoji for the e-ink profile (app/controllers/themecontroller.cpp)
    fonts-symbola
    # translations (qt_add_translations needs lupdate/lrelease and their CMake package)
    qt6-l10n-tools qt6-tools-dev
    # API keys live in the system keychain; QtKeychain loads libsecret at
    # run time without depending on it
    qtkeychain-qt6-dev libsecret-1-0
    # the conversation store (Qt's SQLite driver), EPUB archives, and md4c,
    # which parses Markdown for the exports (core/markdown)
    libqt6sql6-sqlite libzip-dev libmd4c-dev
    # WebP (and other) image plugins: attached WebP images in thumbnails,
    # PDF exports and EPUB exports (which carry them as PNG)
    qt6-image-formats-plugins
    # inkchat-relay: its HTTP server (docs/relay.md says why libmicrohttpd)
    # and the pairing code's QR code on the console
    libmicrohttpd-dev libqrencode-dev
    # a streaming (SAX) JSON parser: imports read files of any size in bounded memory
    nlohmann-json3-dev
    # tests and benchmarks
    libgtest-dev libgmock-dev libbenchmark-dev
    # packaging: man pages from the help text, the .deb's library dependencies
    help2man dpkg-dev
)
if [ "${1:-}" = "--tests" ]; then
    # A real buffering reverse proxy (tests/support/nginxproxy.h). The tests
    # run their own unprivileged nginx; nobody needs the system service, so
    # a user who only runs the app does not get a web server.
    # Qt Quick Test for the QML components, and a real Secret Service
    # (gnome-keyring on a private D-Bus session) for the keychain tests.
    # epubcheck and pdftotext check the EPUB and PDF exports.
    # desktop-file-validate, appstreamcli and groff check what the packages
    # install, lintian the .deb, reuse the licence information; openssl is
    # the loopback HTTPS server's. The journeys (tests/journey) find the key
    # with secret-tool and drive a real X window with xvfb and xdotool; xprop
    # shows what a desktop sees of the window (window_identity_test); openbox
    # is the window manager the e-ink window must fit under. unshare
    # and ip make a network namespace without a default route (cli_offline_test).
    # The relay's e-ink page is tested in headless Chromium, driven by a
    # node script over the DevTools pipe; curl speaks HTTP/2 to the relay
    # behind nginx (tests/relay). clang-format checks that the tree is
    # formatted (scripts/check-format.sh). squid (a forward proxy) and
    # haproxy (with a short server timeout) are run by the tests on
    # loopback, like nginx.
    packages+=(chromium nodejs curl clang-format squid haproxy)
    packages+=(nginx qml6-module-qttest gnome-keyring dbus-daemon libsecret-tools xvfb xauth xdotool
               x11-utils epubcheck poppler-utils desktop-file-utils appstream groff-base lintian
               reuse openssl python3 util-linux iproute2 openbox)
    # colour emoji, beside fonts-symbola's outlines (ThemeController tests)
    packages+=(fonts-noto-color-emoji)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: everything is installed"
    exit 0
fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
# Packages such as nginx start a system service on install; the tests need
# none, and on a machine without init policy one could take port 80. Deny
# service starts for this install unless a policy is already in place.
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$policy" >/dev/null
    $SUDO chmod +x "$policy"
    trap '$SUDO rm -f "$policy"' EXIT
fi
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
