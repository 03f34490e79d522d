# inkchat_precompile_headers(<target> [TESTS]): precompile the Qt, standard
# library and (for TESTS) GoogleTest headers nearly every source includes.
#
# Parsing them again for each of ~150 translation units is most of a build's
# time; precompiled once per target, a clean build takes about half as long
# (CI builds the product twice, plain and with sanitizers).
#
# Each precompiled header weighs about 170 MB. One per target made 3.7 GB of a
# 4.9 GB build tree, and CI's three trees filled its disk; so only the first
# target of each kind compiles one: the libraries and programs reuse
# inkchat_core's, the tests inkchat_test_support's (the tests are compiled
# with other optimisation flags, so they cannot share the libraries'). GCC
# checks with -Winvalid-pch that a reused header was built with compatible
# options.
option(INKCHAT_PRECOMPILED_HEADERS "Precompile the common Qt and GoogleTest headers" ON)

function(inkchat_precompile_headers target)
    cmake_parse_arguments(ARG "TESTS" "" "" ${ARGN})
    if(NOT INKCHAT_PRECOMPILED_HEADERS)
        return()
    endif()
    if(ARG_TESTS AND NOT target STREQUAL "inkchat_test_support")
        target_precompile_headers(${target} REUSE_FROM inkchat_test_support)
        return()
    endif()
    if(NOT ARG_TESTS AND NOT target STREQUAL "inkchat_core")
        target_precompile_headers(${target} REUSE_FROM inkchat_core)
        return()
    endif()
    set(headers
        <algorithm> <chrono> <functional> <memory> <optional> <utility> <vector>
        <QByteArray> <QDateTime> <QDir> <QFile> <QJsonArray> <QJsonDocument>
        <QJsonObject> <QList> <QObject> <QString> <QStringList> <QTimer> <QUrl>)
    if(ARG_TESTS)
        list(APPEND headers <gtest/gtest.h> <gmock/gmock.h>
            <QTemporaryDir> <QCoreApplication>)
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
