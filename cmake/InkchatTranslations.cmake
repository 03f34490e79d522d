# inkchat_add_translations(<target> CATALOGUE <name> SOURCES <files>...)
#
# Translates the strings of <target> (tr()/qsTr() in SOURCES) into every
# language of INKCHAT_LANGUAGES: resources/translations/<name>_<lang>.ts are
# the catalogues translators edit; the build compiles them into the
# executable under :/i18n, where inkchat::Translations finds them.
# `cmake --build <dir> --target update_translations` adds new strings to the
# catalogues; translations_test fails while any string is untranslated.
# English is the source language and needs no catalogue.
set(INKCHAT_LANGUAGES de ru zh_CN)

function(inkchat_add_translations target)
    cmake_parse_arguments(ARG "" "CATALOGUE" "SOURCES" ${ARGN})
    set(ts_files "")
    foreach(language IN LISTS INKCHAT_LANGUAGES)
        list(APPEND ts_files ${PROJECT_SOURCE_DIR}/resources/translations/${ARG_CATALOGUE}_${language}.ts)
    endforeach()
    qt_add_translations(${target}
        TS_FILES ${ts_files}
        SOURCES ${ARG_SOURCES}
        LUPDATE_OPTIONS -no-obsolete -locations none)
    # For translations_test (tests/i18n): the sources lupdate reads, one per
    # line, and the catalogues.
    set(sources "")
    foreach(source IN LISTS ARG_SOURCES)
        get_filename_component(source "${source}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
        string(APPEND sources "${source}\n")
    endforeach()
    file(WRITE ${PROJECT_BINARY_DIR}/i18n/${ARG_CATALOGUE}.sources "${sources}")
    set_property(GLOBAL APPEND PROPERTY INKCHAT_TRANSLATION_FILES ${ts_files})
    set_property(GLOBAL APPEND PROPERTY INKCHAT_TRANSLATION_CATALOGUES ${ARG_CATALOGUE})
endfunction()
