#include "console.h"

#include "exitcodes.h"

#include "util/controlchars.h"

#include <QCommandLineParser>

#include <algorithm>
#include <cstdio>

// isatty() and read() are POSIX; MSVC spells them _isatty() and _read() in <io.h>.
#if __has_include(<unistd.h>)
#include <unistd.h>
#else
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#define read _read
#endif

#include <cerrno>

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

qint64 readStdin(char *buffer, qint64 size)
{
    for (;;) {
        const auto n = read(fileno(stdin), buffer, static_cast<unsigned>(std::min<qint64>(size, 1 << 30)));
        if (n >= 0 || errno != EINTR)
            return n;
    }
}

void writeReply(const QString &text)
{
    static const bool toTerminal = isatty(fileno(stdout)) != 0;
    writeOut((toTerminal ? escapeControls(text, KeptControls::LineBreaksTabs) : text).toUtf8());
}

void writeErrText(const QString &text)
{
    writeErr(escapeControls(text, KeptControls::LineBreaksTabs).toUtf8());
}

int usageError(const QString &message, const char *command)
{
    printError(message);
    const QByteArray hint = QByteArray("Try 'inkchat-cli ") + command + " --help'.\n";
    writeErr(hint);
    return ExitUsage;
}

namespace {

// One line per diagnostic, so scripts can grep it; a server's words in it
// (an error body, a reason) cannot drive the terminal.
void printLine(QLatin1StringView prefix, const QString &message)
{
    writeErr((prefix + oneField(message) + u'\n').toUtf8());
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
    return escapeControls(text);
}

} // namespace inkchat::cli
