// Compiled into every GoogleTest binary (inkchat_add_gtest): before main(),
// the test process gets a scratch home and English, whoever runs it (ctest,
// a developer's shell, a debugger). ctest's ENVIRONMENT property cannot do
// this for tests found by gtest_discover_tests: its PROPERTIES are passed on
// as a flat list, so an ENVIRONMENT list keeps only its first entry, and the
// tests ran with the real HOME and wrote to the user's conversation store.

#include <QByteArray>
#include <QDir>
#include <QtGlobal>

namespace {

[[maybe_unused]] const bool kScratchHomeApplied = [] {
    // with-keyring.sh made a scratch home of its own, where its keyring lives.
    if (qEnvironmentVariableIsEmpty("INKCHAT_TEST_KEYRING")) {
        const QByteArray home = INKCHAT_TEST_SCRATCH_HOME;
        QDir().mkpath(QString::fromUtf8(home));
        qputenv("HOME", home);
        qputenv("XDG_CONFIG_HOME", home + "/config");
        qputenv("XDG_DATA_HOME", home + "/data");
        qputenv("XDG_CACHE_HOME", home + "/cache");
    }
    // Tests compare texts: English, whatever the developer's locale.
    qputenv("LC_ALL", "C.UTF-8");
    qputenv("LANGUAGE", "");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return true;
}();

} // namespace
