#pragma once

#include "importlimits.h"
#include "util/error.h"

#include <QIODevice>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace inkchat::exporting {

/// One step from a container to a value in it: an object's key or an
/// array's index.
struct JsonStep
{
    QString key;
    qsizetype index = -1; ///< -1 for an object's key

    bool isIndex() const { return index >= 0; }
};
/// Where a value sits: the steps from the document's root.
using JsonPath = QList<JsonStep>;
/// "conversations[2].messages[0]", as import errors name a value.
QString describePath(const JsonPath &path);

/// What a streaming import reader hears of a JSON document. The reader
/// chooses which containers stream (their members arrive one by one and
/// the container is never held) and which arrive whole, as one QJsonValue,
/// which is how the small parts (one message) are read. Every callback
/// may return an error, which ends the parse with it.
class JsonStreamHandler
{
public:
    virtual ~JsonStreamHandler() = default;
    /// Whether the container starting at `path` streams.
    virtual bool streams(const JsonPath &path, bool isArray) = 0;
    /// A streaming container begins.
    virtual std::optional<Error> started(const JsonPath &path, bool isArray) = 0;
    /// A whole value in a streaming container (or the root, if it is not a
    /// container): a scalar, or a container that does not stream.
    virtual std::optional<Error> value(const JsonPath &path, QJsonValue value) = 0;
    /// A streaming container ends.
    virtual std::optional<Error> ended(const JsonPath &path) = 0;
};

/// Parses the JSON on `device` (open for reading), reading it in chunks,
/// and tells `handler` what it finds; memory is bounded by the values that
/// arrive whole, each at most limits.maxValueBytes of JSON. Errors:
/// Protocol for a syntax error or text that is not UTF-8, naming its line,
/// column and byte offset; LimitExceeded for a file or value over the
/// limits; Unavailable when the device cannot be read; or the handler's.
std::optional<Error> streamJson(QIODevice &device, JsonStreamHandler &handler, const ImportLimits &limits);

} // namespace inkchat::exporting
