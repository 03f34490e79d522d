#include "commands/commands.h"

#include "util/controlchars.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const char kUsage[] =
    "Usage: inkchat-relay COMMAND [OPTIONS]\n"
    "\n"
    "A push proxy for e-readers and other clients that sleep: it holds the provider key and the\n"
    "upstream stream, stores every reply as numbered events, and lets a client that went away\n"
    "resume by Last-Event-ID. It also serves an e-ink page for e-reader browsers.\n"
    "\n"
    "Commands:\n"
    "  serve     run the relay (see inkchat-relay serve --help)\n"
    "  pair      show a one-time code that pairs a new device\n"
    "  devices   list the paired devices\n"
    "  revoke ID revoke a device's token\n";

} // namespace

int main(int argc, char *argv[])
{
    inkchat::escapeControlsInLogs();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"inkchat-relay"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(INKCHAT_VERSION));
    const QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (command == "serve"_L1)
        return inkchat::relay::runServe(rest);
    if (command == "pair"_L1)
        return inkchat::relay::runPair(rest);
    if (command == "devices"_L1)
        return inkchat::relay::runDevices(rest);
    if (command == "revoke"_L1)
        return inkchat::relay::runRevoke(rest);
    if (command == "--version"_L1) {
        std::printf("inkchat-relay %s\n", INKCHAT_VERSION);
        return 0;
    }
    const bool help = command == "--help"_L1 || command == "-h"_L1 || command == "help"_L1;
    std::fputs(kUsage, help ? stdout : stderr);
    return help ? 0 : 64;
}
