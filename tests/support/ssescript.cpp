#include "ssescript.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace inkchat::test {

namespace {

QList<QByteArray> linesOf(const QByteArray &block)
{
    QList<QByteArray> lines = block.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}

/// The values of one field in an event, in order; "data: x" and "data:x" both give x.
QList<QByteArray> fieldValues(const QByteArray &block, QByteArrayView field)
{
    QList<QByteArray> values;
    for (const QByteArray &line : linesOf(block)) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || QByteArrayView(line).first(colon) != field)
            continue;
        QByteArray value = line.mid(colon + 1);
        if (value.startsWith(' '))
            value.remove(0, 1);
        values.append(value);
    }
    return values;
}

QByteArray dataOf(const QByteArray &block)
{
    return fieldValues(block, "data").join('\n');
}

/// The events from index `first` on, concatenated.
QByteArray joinFrom(const QList<QByteArray> &blocks, qsizetype first)
{
    QByteArray body;
    for (qsizetype i = first; i < blocks.size(); ++i)
        body += blocks.at(i);
    return body;
}

/// The part of body a reconnecting request asks for.
QByteArray partFor(const QByteArray &body, const RecordedRequest &request)
{
    const QByteArray lastEventId = request.header("Last-Event-ID");
    if (!lastEventId.isEmpty())
        return sseBodyAfterEventId(body, lastEventId);
    const QUrlQuery query(QUrl::fromEncoded(request.target).query());
    bool isNumber = false;
    const qint64 startingAfter = query.queryItemValue(u"starting_after"_s).toLongLong(&isNumber);
    return isNumber ? sseBodyAfterSequence(body, startingAfter) : body;
}

} // namespace

QList<QByteArray> sseEventBlocks(const QByteArray &body)
{
    QList<QByteArray> blocks;
    qsizetype start = 0;
    qsizetype lineStart = 0;
    while (lineStart < body.size()) {
        const qsizetype newline = body.indexOf('\n', lineStart);
        const qsizetype next = newline < 0 ? body.size() : newline + 1;
        const qsizetype lineLength = (newline < 0 ? body.size() : newline) - lineStart;
        const bool isBlank = newline >= 0
                             && (lineLength == 0 || (lineLength == 1 && body.at(lineStart) == '\r'));
        if (isBlank) {
            blocks.append(body.mid(start, next - start));
            start = next;
        }
        lineStart = next;
    }
    if (start < body.size())
        blocks.append(body.mid(start));
    return blocks;
}

QByteArray sseBodyAfterEventId(const QByteArray &body, const QByteArray &lastEventId)
{
    if (lastEventId.isEmpty())
        return body;
    const QList<QByteArray> blocks = sseEventBlocks(body);
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        if (fieldValues(blocks.at(i), "id").contains(lastEventId))
            return joinFrom(blocks, i + 1);
    }
    return body;
}

QByteArray sseBodyAfterSequence(const QByteArray &body, qint64 startingAfter)
{
    const QList<QByteArray> blocks = sseEventBlocks(body);
    qsizetype first = 0;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QJsonValue number =
            QJsonDocument::fromJson(dataOf(blocks.at(i))).object().value("sequence_number"_L1);
        if (number.isDouble() && number.toInteger() <= startingAfter)
            first = i + 1;
    }
    return joinFrom(blocks, first);
}

QList<QByteArray> sseDataMessages(const QByteArray &body)
{
    QList<QByteArray> messages;
    for (const QByteArray &block : sseEventBlocks(body)) {
        const QList<QByteArray> data = fieldValues(block, "data");
        if (!data.isEmpty())
            messages.append(data.join('\n'));
    }
    return messages;
}

StreamServer::Responder resumableSseResponder(QByteArray body, QList<qsizetype> cutsPerConnection)
{
    return resumableSseResponder(
        std::move(body), [cuts = std::move(cutsPerConnection)](qsizetype k, StreamResponse &response) {
            if (k < cuts.size())
                response.cutAfterBytes = cuts.at(k);
        });
}

StreamServer::Responder resumableSseResponder(QByteArray body,
                                              std::function<void(qsizetype k, StreamResponse &)> shape)
{
    auto connections = std::make_shared<qsizetype>(0);
    return [body = std::move(body), shape = std::move(shape), connections](const RecordedRequest &request) {
        StreamResponse response;
        response.body = partFor(body, request);
        shape((*connections)++, response);
        return response;
    };
}

QByteArray openAiChatBody(const QStringList &pieces, bool complete)
{
    const auto chunk = [](const QJsonObject &choice) -> QByteArray {
        return "data: "
               + QJsonDocument(QJsonObject{{"choices"_L1, QJsonArray{choice}}}).toJson(QJsonDocument::Compact)
               + "\n\n";
    };
    QByteArray body;
    for (const QString &piece : pieces)
        body += chunk({{"index"_L1, 0}, {"delta"_L1, QJsonObject{{"content"_L1, piece}}}});
    if (complete)
        body += chunk({{"index"_L1, 0},
                       {"delta"_L1, QJsonObject{}},
                       {"finish_reason"_L1, QStringLiteral("stop")}})
                + "data: [DONE]\n\n";
    return body;
}

StreamResponse sseResponse(const QByteArray &body)
{
    StreamResponse response;
    response.body = body;
    return response;
}

} // namespace inkchat::test
