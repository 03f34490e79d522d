# CPack: the packages `cpack` makes from an installation of this build.
#   Linux:   a .deb (installs to /usr) and a .tar.gz
#   Windows: an NSIS installer (packaging/windows/cpack.cmake)
#   macOS:   a drag-and-drop .dmg (packaging/macos/cpack.cmake)
# docs/packaging.md has the commands.

set(CPACK_PACKAGE_NAME ${INKCHAT_PACKAGE_NAME})
set(CPACK_PACKAGE_VENDOR "${INKCHAT_DEVELOPER_NAME}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${INKCHAT_HOMEPAGE_URL}")
# A synopsis is a noun phrase without an article (Debian policy 3.4.1).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "AI chat client for desktops and slow displays")
# Wrapped for Debian's control file, whose long description has short lines.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Inkchat is a chat client for AI models (OpenAI, Anthropic, Gemini, Ollama"
    "and compatible servers) that streams replies reliably on bad networks: it"
    "reconnects, falls back from WebSocket to Server-Sent Events to polling and"
    "resumes a reply where it stopped. Its e-ink profile repaints only as often"
    "as a slow display can follow."
    ""
    "Conversations are stored locally, searchable, and exported as Markdown,"
    "HTML, PDF or EPUB; API keys are kept in the system keychain. The package"
    "also holds inkchat-cli, the console client.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Inkchat)
set(CPACK_PACKAGE_CONTACT "${INKCHAT_MAINTAINER}")
set(CPACK_PACKAGE_CHECKSUM SHA256)
# Debug information stays in the build tree; it would multiply the size of a
# RelWithDebInfo package, and the time it takes to compress.
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build/" "/\\.cache/")

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR DEB TGZ)

    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # inkchat_0.1.0-1_amd64.deb
    set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
    set(CPACK_DEBIAN_PACKAGE_SECTION net)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${INKCHAT_HOMEPAGE_URL}")
    set(CPACK_DEBIAN_PACKAGE_CONFLICTS ${INKCHAT_OTHER_PACKAGE_NAME})
    set(CPACK_DEBIAN_PACKAGE_REPLACES ${INKCHAT_OTHER_PACKAGE_NAME})
    set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
    # dpkg-shlibdeps (dpkg-dev) finds the libraries the executables link.
    find_program(INKCHAT_DPKG_SHLIBDEPS dpkg-shlibdeps)
    if(INKCHAT_DPKG_SHLIBDEPS)
        set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    else()
        message(STATUS "Packaging: dpkg-shlibdeps not found (Debian: dpkg-dev); the .deb lists only the plugins and QML modules it needs")
    endif()
    # What Qt loads at run time, which dpkg-shlibdeps cannot see: the SQLite
    # driver of the conversation store, and the QML modules Inkchat's QML
    # imports (QtQuick, QtQuick.Controls.Basic, QtQml) with the ones they
    # import in turn, as QML_IMPORT_TRACE=1 lists them. Inkchat's own QML is
    # linked into the executable.
    string(JOIN ", " CPACK_DEBIAN_PACKAGE_DEPENDS
        libqt6sql6-sqlite
        qml6-module-qtqml
        qml6-module-qtqml-models
        qml6-module-qtqml-workerscript
        qml6-module-qtquick
        qml6-module-qtquick-controls
        qml6-module-qtquick-dialogs
        qml6-module-qtquick-templates)
    # The on-screen keyboard is used only by --kiosk; QtKeychain reaches the
    # Secret Service through libsecret, which it loads at run time; Wayland
    # sessions need Qt's Wayland platform plugin (X11's comes with QtGui).
    # (its keys are QML; the input method that shows them is the plugin).
    # Attached WebP images are decoded by Qt's image formats plugins. The
    # e-ink profile draws emoji from an outline font (Symbola) instead of
    # colour bitmaps.
    string(JOIN ", " CPACK_DEBIAN_PACKAGE_RECOMMENDS
        qml6-module-qtquick-virtualkeyboard
        qt6-virtualkeyboard-plugin
        libsecret-1-0
        qt6-wayland
        qt6-image-formats-plugins
        fonts-symbola)
elseif(WIN32)
    include(${PROJECT_SOURCE_DIR}/packaging/windows/cpack.cmake)
elseif(APPLE)
    include(${PROJECT_SOURCE_DIR}/packaging/macos/cpack.cmake)
endif()

include(CPack)
