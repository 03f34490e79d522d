#include "cliapplication.h"

#ifdef INKCHAT_CLI_HAS_PDF
#include "exportcommand.h"

#include <QGuiApplication>
#include <QStringList>
#endif

using namespace Qt::StringLiterals;

namespace inkchat::cli {

#ifdef INKCHAT_CLI_HAS_PDF
namespace {

// Read before the application exists, which is what it decides.
bool needsGui(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments.value(0) == "export"_L1 && exportNeedsGui(arguments);
}

} // namespace
#endif

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
#ifdef INKCHAT_CLI_HAS_PDF
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace inkchat::cli
