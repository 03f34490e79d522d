#include "console.h"

#include "exitcodes.h"

#include <QCommandLineParser>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace inkchat::cli {

void writeOut(QByteArrayView bytes)
{
    std::fwrite(bytes.data(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void writeErr(QByteArrayView bytes)
{
    std::fwrite(bytes.data(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

int usageError(const QString &message, const char *command)
{
    printError(message);
    const QByteArray hint = QByteArray("Try 'inkchat-cli ") + command + " --help'.\n";
    writeErr(hint);
    return ExitUsage;
}

namespace {

// One line per diagnostic, so scripts can grep it.
void printLine(QLatin1StringView prefix, const QString &message)
{
    QString line = message;
    line.replace(u'\n', u' ');
    writeErr((prefix + line + u'\n').toUtf8());
}

} // namespace

void printError(const QString &message)
{
    printLine("inkchat-cli: error: "_L1, message);
}

void printNote(const QString &message)
{
    printLine("inkchat-cli: "_L1, message);
}

std::optional<int> parseSeconds(const QString &text)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || !(seconds > 0) || seconds > 24 * 3600)
        return std::nullopt;
    return std::max(1, int(seconds * 1000));
}

std::optional<qint64> parsePositive(const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value <= 0)
        return std::nullopt;
    return value;
}

QString commandHelp(const char *usage, const QCommandLineParser &parser)
{
    QString options = parser.helpText();
    options = options.mid(options.indexOf(u"Options:"_s));
    return QString::fromUtf8(usage) + u'\n' + options + u'\n' + QString::fromUtf8(kExitCodeHelp);
}

QString oneField(QString text)
{
    for (QChar &c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return text;
}

} // namespace inkchat::cli
