# CPack on macOS: a disk image holding inkchat.app beside a link to
# /Applications, to drag it into. Included by cmake/InkchatPackaging.cmake.
set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME Inkchat)
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_ICON ${PROJECT_SOURCE_DIR}/resources/icons/inkchat.icns)
