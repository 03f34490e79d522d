# Who makes Inkchat and where to find them, defined once: the packages'
# Maintainer and Homepage fields, the AppStream metadata (URLs, developer),
# the installers' publisher and the desktop identity all read these.
set(INKCHAT_HOMEPAGE_URL "https://inkchat.io/" CACHE STRING "The project's web site")
set(INKCHAT_BUGTRACKER_URL "https://inkchat.io/issues" CACHE STRING "Where users report problems")
set(INKCHAT_MAINTAINER "Inkchat maintainers <maintainers@inkchat.io>" CACHE STRING
    "Who answers for the packages (Debian's Maintainer field)")
set(INKCHAT_DEVELOPER_NAME "The Inkchat developers")
# The reverse-DNS application id: the desktop entry, the AppStream component,
# the hicolor icon, the Wayland app id and X11 window class, the macOS bundle.
# Lower case, as AppStream recommends (ids compare case-sensitively).
set(INKCHAT_APP_ID "io.inkchat.inkchat")
set(INKCHAT_LICENSE "GPL-3.0-or-later")
# The day PROJECT_VERSION was released: the AppStream <release> and the
# Debian changelog take it from here; CHANGELOG.md names it too.
set(INKCHAT_RELEASE_DATE "2026-11-22")
# The package name: the kiosk edition is another package, as it installs the
# same /usr/bin/inkchat built to start as a kiosk; one replaces the other.
if(INKCHAT_KIOSK)
    set(INKCHAT_PACKAGE_NAME inkchat-kiosk)
    set(INKCHAT_OTHER_PACKAGE_NAME inkchat)
else()
    set(INKCHAT_PACKAGE_NAME inkchat)
    set(INKCHAT_OTHER_PACKAGE_NAME inkchat-kiosk)
endif()
