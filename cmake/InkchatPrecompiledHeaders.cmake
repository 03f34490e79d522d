# inkchat_precompile_headers(<target> [TESTS]): precompile the Qt, standard
# library and (for TESTS) GoogleTest headers nearly every source includes.
#
# Parsing them again for each of ~150 translation units is most of a build's
# time; precompiled once per target, a clean build takes about half as long
# (CI builds the product twice, plain and with sanitizers).
option(INKCHAT_PRECOMPILED_HEADERS "Precompile the common Qt and GoogleTest headers" ON)

function(inkchat_precompile_headers target)
    cmake_parse_arguments(ARG "TESTS" "" "" ${ARGN})
    if(NOT INKCHAT_PRECOMPILED_HEADERS)
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
