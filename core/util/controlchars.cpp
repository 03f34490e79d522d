#include "controlchars.h"

#include <QtGlobal>

namespace inkchat {

namespace {

bool isEscaped(char16_t c, KeptControls kept)
{
    if (c == u'\n' || c == u'\t')
        return kept == KeptControls::None;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

QLatin1Char hexDigit(int value)
{
    return QLatin1Char("0123456789abcdef"[value & 0xf]);
}

} // namespace

bool hasControls(QStringView text, KeptControls kept)
{
    for (const QChar c : text) {
        if (isEscaped(c.unicode(), kept))
            return true;
    }
    return false;
}

QString escapeControls(QStringView text, KeptControls kept)
{
    if (!hasControls(text, kept))
        return text.toString();
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        if (!isEscaped(unit, kept)) {
            out += c;
            continue;
        }
        // C0 and DEL as \xHH, C1 as \u00HH (the way JSON and most shells spell them).
        if (unit < 0x80)
            out += QLatin1StringView("\\x");
        else
            out += QLatin1StringView("\\u00");
        out += hexDigit(unit >> 4);
        out += hexDigit(unit);
    }
    return out;
}

namespace {

QtMessageHandler g_unescapedHandler = nullptr;

void writeEscaped(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_unescapedHandler(type, context, escapeControls(message));
}

} // namespace

void escapeControlsInLogs()
{
    if (!g_unescapedHandler)
        g_unescapedHandler = qInstallMessageHandler(writeEscaped);
}

} // namespace inkchat
