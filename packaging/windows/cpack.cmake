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
# Offers to put bin\ on PATH, so inkchat-cli runs from any terminal.
set(CPACK_NSIS_MODIFY_PATH ON)
if(EXISTS ${PROJECT_SOURCE_DIR}/LICENSE)
    set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
else()
    # Without it the installer would show CPack's placeholder text.
    message(WARNING "Packaging: no LICENSE file for the installer's licence page")
endif()
