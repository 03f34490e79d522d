#include "transcriptjson.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace inkchat::exporting::transcriptjson {

namespace {

void appendUnicodeEscape(QByteArray &out, char16_t u)
{
    out += "\\u";
    out += QByteArray::number(u, 16).rightJustified(4, '0');
}

} // namespace

QByteArray quoted(QStringView text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    qsizetype plainStart = 0; // a run of characters that need no escape, encoded at once
    auto flushPlain = [&](qsizetype end) { out += text.sliced(plainStart, end - plainStart).toUtf8(); };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        const bool isPair = QChar::isHighSurrogate(u) && i + 1 < text.size() && text[i + 1].isLowSurrogate();
        const bool isLoneSurrogate = QChar::isSurrogate(u) && !isPair;
        if (isPair) {
            ++i;
            continue;
        }
        if (u >= 0x20 && u != u'"' && u != u'\\' && !isLoneSurrogate)
            continue;
        flushPlain(i);
        plainStart = i + 1;
        switch (u) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        default:
            appendUnicodeEscape(out, u); // other controls; lone surrogates, which UTF-8 cannot hold
        }
    }
    flushPlain(text.size());
    out += '"';
    return out;
}

QByteArray timestamp(const QDateTime &time)
{
    if (!time.isValid())
        return "null";
    return quoted(time.toUTC().toString(Qt::ISODateWithMs));
}

std::optional<QDateTime> parseTimestamp(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::utc());
    return time.toUTC();
}

} // namespace inkchat::exporting::transcriptjson
