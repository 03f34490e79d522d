#include "retryafter.h"

#include <QByteArrayList>
#include <QDate>
#include <QTime>
#include <QTimeZone>

#include <array>

namespace inkchat {

namespace {

// RFC 9111 tells caches to treat a delta-seconds overflow as 2^31; a bigger
// wait is meaningless for a chat client anyway.
constexpr qint64 kMaxDeltaSeconds = qint64(1) << 31;

constexpr std::array<const char *, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                  "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr std::array<const char *, 7> kShortDays = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr std::array<const char *, 7> kLongDays = {"monday", "tuesday",  "wednesday", "thursday",
                                                   "friday", "saturday", "sunday"};

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// The value of a run of minWidth..maxWidth digits, else -1.
int number(QByteArrayView text, qsizetype minWidth, qsizetype maxWidth)
{
    if (!isDigits(text) || text.size() < minWidth || text.size() > maxWidth)
        return -1;
    int value = 0;
    for (const char c : text)
        value = value * 10 + (c - '0');
    return value;
}

template <std::size_t N>
bool isOneOf(const QByteArray &lowered, const std::array<const char *, N> &names)
{
    for (const char *name : names) {
        if (lowered == name)
            return true;
    }
    return false;
}

int month(const QByteArray &token)
{
    const QByteArray lowered = token.toLower();
    for (std::size_t i = 0; i < kMonths.size(); ++i) {
        if (lowered == kMonths[i])
            return int(i) + 1;
    }
    return -1;
}

std::optional<QTime> timeOfDay(QByteArrayView token)
{
    if (token.size() != 8 || token[2] != ':' || token[5] != ':')
        return std::nullopt;
    const int h = number(token.sliced(0, 2), 2, 2);
    const int m = number(token.sliced(3, 2), 2, 2);
    int s = number(token.sliced(6, 2), 2, 2);
    if (s == 60)
        s = 59; // a leap second; QTime has no room for it
    if (h < 0 || m < 0 || s < 0 || !QTime::isValid(h, m, s))
        return std::nullopt;
    return QTime(h, m, s);
}

bool isGmt(const QByteArray &token)
{
    return token.compare("GMT", Qt::CaseInsensitive) == 0;
}

// RFC 850 years have two digits: one that would lie more than 50 years in
// the future means the most recent past year with those digits (RFC 9110).
int expandTwoDigitYear(int yy, int currentYear)
{
    int year = currentYear - currentYear % 100 + yy;
    if (year > currentYear + 50)
        year -= 100;
    return year;
}

std::optional<QDateTime> makeUtc(int year, int mon, int day, const QTime &time)
{
    const QDate date(year, mon, day);
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc());
}

// Tokens split on spaces; commas belong to the token before them.
std::optional<QDateTime> parseHttpDate(QByteArrayView value, int currentYear)
{
    QByteArrayList tokens;
    for (const QByteArray &token : value.toByteArray().split(' ')) {
        if (!token.isEmpty())
            tokens.append(token);
    }
    if (tokens.size() == 6 && tokens[0].endsWith(',')) {
        const QByteArray dayName = tokens[0].chopped(1).toLower();
        if (!isGmt(tokens[5]))
            return std::nullopt;
        const auto time = timeOfDay(tokens[4]);
        if (!time)
            return std::nullopt;
        if (isOneOf(dayName, kShortDays)) { // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
            const int day = number(tokens[1], 2, 2);
            const int year = number(tokens[3], 4, 4);
            const int mon = month(tokens[2]);
            if (day < 0 || year < 0 || mon < 0)
                return std::nullopt;
            return makeUtc(year, mon, day, *time);
        }
        return std::nullopt;
    }
    if (tokens.size() == 4 && tokens[0].endsWith(',')) {
        // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
        const QByteArray dayName = tokens[0].chopped(1).toLower();
        const QByteArrayList dateParts = tokens[1].split('-');
        if (!isOneOf(dayName, kLongDays) || dateParts.size() != 3 || !isGmt(tokens[3]))
            return std::nullopt;
        const auto time = timeOfDay(tokens[2]);
        const int day = number(dateParts[0], 2, 2);
        const int mon = month(dateParts[1]);
        const int yy = number(dateParts[2], 2, 2);
        if (!time || day < 0 || mon < 0 || yy < 0)
            return std::nullopt;
        return makeUtc(expandTwoDigitYear(yy, currentYear), mon, day, *time);
    }
    if (tokens.size() == 5 && isOneOf(tokens[0].toLower(), kShortDays)) {
        // asctime: Sun Nov  6 08:49:37 1994
        const int mon = month(tokens[1]);
        const int day = number(tokens[2], 1, 2);
        const auto time = timeOfDay(tokens[3]);
        const int year = number(tokens[4], 4, 4);
        if (mon < 0 || day < 0 || !time || year < 0)
            return std::nullopt;
        return makeUtc(year, mon, day, *time);
    }
    return std::nullopt;
}

} // namespace

std::optional<std::chrono::seconds> parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    const QByteArrayView trimmed = value.trimmed();
    if (isDigits(trimmed)) {
        qint64 seconds = 0;
        for (const char c : trimmed) {
            seconds = seconds * 10 + (c - '0');
            if (seconds > kMaxDeltaSeconds)
                return std::chrono::seconds(kMaxDeltaSeconds);
        }
        return std::chrono::seconds(seconds);
    }
    const QDateTime nowUtc = now.toUTC();
    const auto date = parseHttpDate(trimmed, nowUtc.date().year());
    if (!date)
        return std::nullopt;
    return std::chrono::seconds(qMax<qint64>(0, nowUtc.secsTo(*date)));
}

} // namespace inkchat
