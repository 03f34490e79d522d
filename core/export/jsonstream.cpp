#include "jsonstream.h"

#include "lonesurrogates.h"

#include <QDir>
#include <QFileDevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <istream>
#include <streambuf>
#include <vector>

using namespace Qt::StringLiterals;

namespace inkchat::exporting {

namespace {

/// Deeper nesting is refused: a value read whole is freed recursively, and
/// no import format nests more than a few levels (QJsonDocument's limit).
constexpr int kMaxDepth = 1024;

/// Hands the parser a QIODevice in chunks, counting the bytes against the
/// file limit, so a pipe over the limit is refused one byte past it; lone
/// surrogates pass through LoneSurrogates.
class DeviceStreamBuffer : public std::streambuf
{
public:
    DeviceStreamBuffer(QIODevice &device, qint64 maxBytes) : m_device(device), m_maxBytes(maxBytes) {}

    /// Bytes the parser has taken so far.
    qint64 consumed() const { return m_read - m_surrogates.held() - (egptr() - gptr()); }
    bool isOverLimit() const { return m_isOverLimit; }
    std::optional<QString> readError() const { return m_readError; }
    /// A string or key the parser decoded.
    QString toQString(const std::string &utf8) { return m_surrogates.toQString(utf8); }

protected:
    int_type underflow() override
    {
        if (gptr() < egptr())
            return traits_type::to_int_type(*gptr());
        m_filtered.clear();
        while (m_filtered.empty() && !m_isAtEnd) {
            if (m_isOverLimit || m_readError)
                return traits_type::eof();
            const qint64 wanted = std::min<qint64>(sizeof m_chunk, m_maxBytes + 1 - m_read);
            const qint64 got = m_device.read(m_chunk, wanted);
            if (got < 0) {
                m_readError = m_device.errorString();
                return traits_type::eof();
            }
            m_read += got;
            if (m_read > m_maxBytes) {
                m_isOverLimit = true;
                return traits_type::eof();
            }
            if (got == 0) {
                m_isAtEnd = true;
                m_surrogates.finish(m_filtered);
            } else {
                m_surrogates.filter(m_chunk, got, m_filtered);
            }
        }
        if (m_filtered.empty())
            return traits_type::eof();
        setg(m_filtered.data(), m_filtered.data(), m_filtered.data() + m_filtered.size());
        return traits_type::to_int_type(*gptr());
    }

private:
    QIODevice &m_device;
    qint64 m_maxBytes;
    qint64 m_read = 0;
    bool m_isAtEnd = false;
    bool m_isOverLimit = false;
    std::optional<QString> m_readError;
    LoneSurrogates m_surrogates;
    std::string m_filtered;
    char m_chunk[64 * 1024];
};

/// nlohmann's SAX events, turned into the JsonStreamHandler's: containers
/// that stream are only a path, the others are built into a QJsonValue.
class SaxAdapter
{
public:
    SaxAdapter(JsonStreamHandler &handler, DeviceStreamBuffer &input, const ImportLimits &limits)
        : m_handler(handler),
          m_input(input),
          m_limits(limits)
    {
    }

    std::optional<Error> error() const { return m_error; }

    bool null() { return deliver(QJsonValue(QJsonValue::Null)); }
    bool boolean(bool value) { return deliver(QJsonValue(value)); }
    bool number_integer(std::int64_t value) { return deliver(QJsonValue(qint64(value))); }
    bool number_unsigned(std::uint64_t value)
    {
        if (value > std::uint64_t(std::numeric_limits<qint64>::max()))
            return deliver(QJsonValue(double(value)));
        return deliver(QJsonValue(qint64(value)));
    }
    bool number_float(double value, const std::string &) { return deliver(QJsonValue(value)); }
    bool string(std::string &value) { return deliver(QJsonValue(m_input.toQString(value))); }
    bool binary(nlohmann::json::binary_t &)
    {
        m_error = Error::coded(Error::Kind::Protocol, Error::Code::ImportInvalidJson, {},
                               u"Not valid JSON: binary values are not JSON."_s);
        return false;
    }
    bool key(std::string &key)
    {
        m_frames.back().key = m_input.toQString(key);
        return checkValueSize();
    }
    bool start_object(std::size_t) { return start(false); }
    bool start_array(std::size_t) { return start(true); }
    bool end_object() { return end(); }
    bool end_array() { return end(); }

    bool parse_error(std::size_t byte, const std::string &, const nlohmann::json::exception &exception)
    {
        // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error while
        // parsing value - invalid literal; last read: '...'": the last read token can be a whole
        // string, so it is left out; the position is said once, in our words.
        static const QRegularExpression pattern(u"at line (\\d+), column (\\d+): (.*?)(; last read:.*)?$"_s,
                                                QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(exception.what()));
        const QString reason = match.hasMatch() ? match.captured(3) : QString::fromUtf8(exception.what());
        const QStringList lineAndColumn = match.hasMatch() ? QStringList{match.captured(1), match.captured(2)}
                                                           : QStringList();
        const QString where =
            match.hasMatch()
                ? u"line %1, column %2 (byte %3)"_s.arg(lineAndColumn[0], lineAndColumn[1]).arg(byte)
                : u"byte %1"_s.arg(byte);
        m_error = Error::coded(Error::Kind::Protocol, Error::Code::ImportNotJson, QString::number(byte),
                               u"Not valid JSON at %1: %2."_s.arg(where, reason))
                      .with(lineAndColumn, reason);
        return false;
    }

private:
    struct Frame
    {
        bool isArray = false;
        bool streams = false;
        qsizetype nextIndex = 0;
        QString key;        ///< of the member being read, in an object
        QJsonObject object; ///< what is built, when it does not stream
        QJsonArray array;
    };

    static Frame frame(bool isArray, bool streams)
    {
        Frame frame;
        frame.isArray = isArray;
        frame.streams = streams;
        return frame;
    }

    bool handled(std::optional<Error> error)
    {
        if (error)
            m_error = std::move(error);
        return !m_error;
    }

    JsonStep childStep() const
    {
        const Frame &parent = m_frames.back();
        return parent.isArray ? JsonStep{QString(), parent.nextIndex} : JsonStep{parent.key, -1};
    }

    bool isBuilding() const { return !m_frames.empty() && !m_frames.back().streams; }

    /// A value read whole may not hold more than limits.maxValueBytes.
    bool checkValueSize()
    {
        if (!isBuilding() || m_input.consumed() - m_valueStart <= m_limits.maxValueBytes)
            return true;
        const QString path = describePath(m_valueAt);
        const QString mebibytes = QString::number(double(m_limits.maxValueBytes) / (1024.0 * 1024.0), 'f', 1);
        m_error = Error::coded(
                      Error::Kind::LimitExceeded, Error::Code::ImportValueTooLarge, path,
                      u"The value at %1 is larger than %2 MiB, the most an import reads at once."_s.arg(
                          path, mebibytes))
                      .with({mebibytes});
        return false;
    }

    bool deliver(QJsonValue value)
    {
        if (!checkValueSize())
            return false;
        if (m_frames.empty())
            return handled(m_handler.value({}, std::move(value)));
        Frame &parent = m_frames.back();
        if (!parent.streams) {
            if (parent.isArray)
                parent.array.append(value);
            else
                parent.object.insert(parent.key, value);
            return true;
        }
        JsonPath path = m_path;
        path.append(childStep());
        ++parent.nextIndex;
        return handled(m_handler.value(path, std::move(value)));
    }

    bool start(bool isArray)
    {
        if (m_frames.size() >= kMaxDepth) {
            const QString levels = QString::number(kMaxDepth);
            m_error = Error::coded(Error::Kind::Protocol, Error::Code::ImportTooDeep, levels,
                                   u"Not valid JSON: nested deeper than %1 levels."_s.arg(levels));
            return false;
        }
        if (isBuilding()) {
            m_frames.push_back(frame(isArray, false));
            return checkValueSize();
        }
        JsonPath path = m_path;
        if (!m_frames.empty())
            path.append(childStep());
        const bool streams = m_handler.streams(path, isArray);
        m_frames.push_back(frame(isArray, streams));
        if (!streams) {
            m_valueStart = m_input.consumed();
            m_valueAt = path;
            return true;
        }
        m_path = path;
        return handled(m_handler.started(m_path, isArray));
    }

    bool end()
    {
        Frame frame = std::move(m_frames.back());
        m_frames.pop_back();
        if (!frame.streams)
            return deliver(frame.isArray ? QJsonValue(frame.array) : QJsonValue(frame.object));
        const std::optional<Error> error = m_handler.ended(m_path);
        if (!m_path.isEmpty())
            m_path.removeLast();
        if (!m_frames.empty())
            ++m_frames.back().nextIndex;
        return handled(error);
    }

    JsonStreamHandler &m_handler;
    DeviceStreamBuffer &m_input;
    const ImportLimits &m_limits;
    std::vector<Frame> m_frames;
    JsonPath m_path;         ///< of the innermost streaming container
    qint64 m_valueStart = 0; ///< where the value being built began
    JsonPath m_valueAt;
    std::optional<Error> m_error;
};

/// The input cannot be read; `subject` is its file, where it is one.
Error unreadable(const QIODevice &device, Error::Kind kind, const QString &message, const QString &reason)
{
    const auto *file = qobject_cast<const QFileDevice *>(&device);
    const QString name = file && !file->fileName().isEmpty() ? QDir::toNativeSeparators(file->fileName())
                                                             : QString();
    return Error::coded(kind, Error::Code::FileUnreadable, name, message).with({}, reason);
}

} // namespace

QString describePath(const JsonPath &path)
{
    QString text;
    for (const JsonStep &step : path) {
        if (step.isIndex())
            text += u"[%1]"_s.arg(step.index);
        else
            text += (text.isEmpty() ? QString() : u"."_s) + step.key;
    }
    return text.isEmpty() ? u"the document"_s : text;
}

std::optional<Error> streamJson(QIODevice &device, JsonStreamHandler &handler, const ImportLimits &limits)
{
    if (!device.isReadable())
        return unreadable(device, Error::Kind::Usage, u"The file is not open for reading."_s,
                          device.errorString());
    if (auto error = checkSizeWithinLimit(device, limits))
        return error;
    DeviceStreamBuffer buffer(device, limits.maxBytes);
    std::istream stream(&buffer);
    SaxAdapter adapter(handler, buffer, limits);
    const bool parsed = nlohmann::json::sax_parse(stream, &adapter);
    // A cut input reads as a syntax error: say why it was cut instead.
    if (buffer.isOverLimit())
        return fileTooLarge(limits);
    if (const std::optional<QString> readError = buffer.readError())
        return unreadable(device, Error::Kind::Unavailable, u"Cannot read the file: %1"_s.arg(*readError),
                          *readError);
    if (!parsed)
        return adapter.error().value_or(
            Error::coded(Error::Kind::Protocol, Error::Code::ImportInvalidJson, {}, u"Not valid JSON."_s));
    return std::nullopt;
}

} // namespace inkchat::exporting
