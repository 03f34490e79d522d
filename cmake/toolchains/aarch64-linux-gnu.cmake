# Cross-compiles Inkchat for 64-bit ARM Linux (aarch64): the kiosk build for
# a reMarkable- or Kobo-class reader, or any arm64 board. docs/kiosk.md walks
# through both ways to get the target's Qt:
#
#  - Debian multiarch (the default): the arm64 -dev packages installed next
#    to the build machine's own (`dpkg --add-architecture arm64`), compiled
#    with crossbuild-essential-arm64;
#  - a sysroot copied from the device or made by its SDK:
#    -DINKCHAT_SYSROOT=/path/to/sysroot.
#
# Either way moc, rcc and the QML tools run on the build machine: QT_HOST_PATH
# names a Qt of the same version built for it (by default the one in /usr).
#
#   cmake --preset kiosk -B build/kiosk-arm64 \
#       --toolchain cmake/toolchains/aarch64-linux-gnu.cmake
#   cmake --build build/kiosk-arm64 -j2 --target inkchat

set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)

set(INKCHAT_CROSS_TRIPLE aarch64-linux-gnu)
set(CMAKE_C_COMPILER ${INKCHAT_CROSS_TRIPLE}-gcc)
set(CMAKE_CXX_COMPILER ${INKCHAT_CROSS_TRIPLE}-g++)

set(INKCHAT_SYSROOT "" CACHE PATH "The target's root file system; empty: Debian multiarch packages in /usr")
# try_compile() projects read this file again and need the same answer.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES INKCHAT_SYSROOT)

if(INKCHAT_SYSROOT)
    set(CMAKE_SYSROOT "${INKCHAT_SYSROOT}")
    set(CMAKE_FIND_ROOT_PATH "${INKCHAT_SYSROOT}")
    # pkg-config prefixes the paths the sysroot's .pc files name with it.
    set(ENV{PKG_CONFIG_SYSROOT_DIR} "${INKCHAT_SYSROOT}")
endif()
# Multiarch needs nothing more: arm64 files live in /usr under
# aarch64-linux-gnu directories, where Debian's cross compiler and CMake
# (CMAKE_LIBRARY_ARCHITECTURE) look already.
#
# The build machine's pkg-config (for libzip) reads only the target's .pc
# files, as Debian's aarch64-linux-gnu-pkg-config would.
set(ENV{PKG_CONFIG_LIBDIR} "${INKCHAT_SYSROOT}/usr/lib/${INKCHAT_CROSS_TRIPLE}/pkgconfig:\
${INKCHAT_SYSROOT}/usr/lib/pkgconfig:${INKCHAT_SYSROOT}/usr/share/pkgconfig")

# Programs run on the build machine; libraries, headers and CMake packages
# come from the target only, so nothing built for x86-64 is linked by mistake.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# Debian puts each architecture's CMake packages under /usr/lib/<multiarch>;
# the build machine's Qt (moc, rcc, qmltyperegistrar, qmlcachegen) is found there.
if(CMAKE_HOST_SYSTEM_PROCESSOR STREQUAL "x86_64")
    set(INKCHAT_HOST_MULTIARCH x86_64-linux-gnu)
else()
    set(INKCHAT_HOST_MULTIARCH ${CMAKE_HOST_SYSTEM_PROCESSOR}-linux-gnu)
endif()
set(QT_HOST_PATH "/usr" CACHE PATH "A Qt for the build machine, the target's version")
# Elsewhere Qt's own default, ${QT_HOST_PATH}/lib/cmake, is right.
if(QT_HOST_PATH STREQUAL "/usr")
    set(QT_HOST_PATH_CMAKE_DIR "/usr/lib/${INKCHAT_HOST_MULTIARCH}/cmake" CACHE PATH
        "The CMake packages of the build machine's Qt")
endif()
