#include "commands.h"

#include "consoleqr.h"
#include "store/deviceregistry.h"
#include "store/relaydatabase.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace inkchat::relay {

namespace {

struct Opened
{
    std::unique_ptr<RelayDatabase> database;
    std::unique_ptr<DeviceRegistry> devices;
};

/// Parses the common options and opens the registry; nullopt after saying why.
std::optional<Opened> open(QCommandLineParser &parser, const QStringList &arguments,
                           const QList<QCommandLineOption> &extra = {})
{
    const QCommandLineOption dataDir(u"data-dir"_s, u"Where the relay keeps its database."_s, u"DIR"_s,
                                     defaultDataDir());
    parser.addOption(dataDir);
    parser.addOptions(extra);
    parser.addHelpOption();
    parser.process(arguments);
    Result<std::unique_ptr<RelayDatabase>> database = RelayDatabase::open(
        QDir(parser.value(dataDir)).filePath(u"relay.sqlite"_s));
    if (!database) {
        std::fprintf(stderr, "inkchat-relay: %s\n", qPrintable(database.error().message));
        return std::nullopt;
    }
    Opened opened;
    opened.database = std::move(database).value();
    opened.devices = std::make_unique<DeviceRegistry>(*opened.database);
    return opened;
}

} // namespace

int runPair(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Shows a one-time code that pairs a new device."_s);
    const QCommandLineOption url(
        u"url"_s, u"The relay's address as the device reaches it, for the QR code."_s, u"URL"_s);
    std::optional<Opened> opened = open(parser, arguments, {url});
    if (!opened)
        return 69;
    const Result<QString> code = opened->devices->newPairingCode(QDateTime::currentDateTimeUtc());
    if (!code) {
        std::fprintf(stderr, "inkchat-relay: %s\n", qPrintable(code.error().message));
        return 69;
    }
    const QString shown = code->left(4) + u'-' + code->mid(4);
    std::printf("Pairing code: %s\n", qPrintable(shown));
    std::printf("Valid for %d minutes, once. On the device open the relay's /pair page and type it,\n"
                "or POST {\"code\": \"%s\", \"name\": \"...\"} to /v1/pair.\n",
                int(DeviceRegistry::kCodeLifetime.count()), qPrintable(*code));
    if (parser.isSet(url) && isatty(STDOUT_FILENO)) {
        const QString pairUrl = parser.value(url) + u"/pair?code="_s + *code;
        std::printf("\n%s\n", qPrintable(consoleQrCode(pairUrl.toUtf8())));
    }
    return 0;
}

int runDevices(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Lists the paired devices."_s);
    std::optional<Opened> opened = open(parser, arguments);
    if (!opened)
        return 69;
    const Result<QList<Device>> devices = opened->devices->devices();
    if (!devices) {
        std::fprintf(stderr, "inkchat-relay: %s\n", qPrintable(devices.error().message));
        return 69;
    }
    std::printf("%-4s %-24s %-20s %-20s %s\n", "ID", "NAME", "PAIRED", "LAST SEEN", "STATE");
    for (const Device &device : *devices) {
        const auto when = [](const QDateTime &time) {
            return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : u"-"_s;
        };
        std::printf("%-4lld %-24s %-20s %-20s %s\n", device.id, qPrintable(device.name.left(24)),
                    qPrintable(when(device.created)), qPrintable(when(device.lastSeen)),
                    device.revoked ? "revoked" : "active");
    }
    return 0;
}

int runRevoke(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Revokes a device: its token is refused from its next request on."_s);
    parser.addPositionalArgument(u"id"_s, u"The device's ID, as `inkchat-relay devices` lists it."_s);
    std::optional<Opened> opened = open(parser, arguments);
    if (!opened)
        return 69;
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok) {
        std::fprintf(stderr, "inkchat-relay: revoke wants a device ID (see inkchat-relay devices)\n");
        return 64;
    }
    const Result<bool> revoked = opened->devices->revoke(id);
    if (!revoked) {
        std::fprintf(stderr, "inkchat-relay: %s\n", qPrintable(revoked.error().message));
        return 69;
    }
    if (!*revoked) {
        std::fprintf(stderr, "inkchat-relay: there is no device %lld\n", id);
        return 65;
    }
    std::printf("Device %lld revoked.\n", id);
    return 0;
}

} // namespace inkchat::relay
