# CPack on Windows: an NSIS installer with Start-menu and desktop shortcuts,
# and a .zip of the same files. Included by cmake/InkchatPackaging.cmake.
set(CPACK_GENERATOR NSIS ZIP)
set(CPACK_PACKAGE_EXECUTABLES inkchat Inkchat) # the Start-menu shortcut
set(CPACK_CREATE_DESKTOP_LINKS inkchat)
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY Inkchat)
set(CPACK_NSIS_DISPLAY_NAME Inkchat)
set(CPACK_NSIS_PACKAGE_NAME Inkchat)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/resources/icons/inkchat.ico)
set(CPACK_NSIS_MUI_UNIICON ${PROJECT_SOURCE_DIR}/resources/icons/inkchat.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\inkchat.exe) # Apps & features
set(CPACK_NSIS_MUI_FINISHPAGE_RUN inkchat.exe)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# No "add to PATH" option: CPack's NSIS script edits PATH in an NSIS string
# of 1,024 characters, and a longer PATH (common on developer machines) comes
# back cut short. docs/packaging.md says how to reach inkchat-cli instead.
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_URL_INFO_ABOUT "${INKCHAT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${INKCHAT_BUGTRACKER_URL}")
set(CPACK_NSIS_CONTACT "${INKCHAT_MAINTAINER}")
# The licence page shows the GPL the installer's user accepts.
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSES/GPL-3.0-or-later.txt)
