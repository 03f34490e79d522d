#include "attachmentrows.h"

#include "sqlexec.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace inkchat::store {

namespace {

std::optional<Error> checkLimits(const chat::Attachments &attachments)
{
    if (attachments.size() > chat::kMaxAttachmentsPerMessage) {
        const QString count = QString::number(attachments.size());
        const QString most = QString::number(chat::kMaxAttachmentsPerMessage);
        return Error::coded(Error::Kind::LimitExceeded, Error::Code::TooManyImages, count,
                            u"A message can carry up to %1 images; this one has %2."_s.arg(most, count))
            .with({most});
    }
    for (const chat::Attachment &image : attachments) {
        if (image.data.size() > chat::kMaxAttachmentBytes) {
            return Error::coded(Error::Kind::LimitExceeded, Error::Code::ImageTooLarge, image.fileName,
                                u"%1 is %2; images of up to %3 can be stored."_s.arg(
                                    image.fileName, chat::readableSize(image.data.size()),
                                    chat::readableSize(chat::kMaxAttachmentBytes)))
                .with({QString::number(image.data.size()), QString::number(chat::kMaxAttachmentBytes)});
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<Error> insertAttachments(QSqlDatabase &db, qint64 messageId,
                                       const chat::Attachments &attachments)
{
    if (attachments.isEmpty())
        return std::nullopt;
    if (auto error = checkLimits(attachments))
        return error;
    const QString what = u"Could not store the images of the message"_s;
    QSqlQuery query(db);
    if (auto error = prepare(query, uR"(
            INSERT INTO message_attachments (message_id, position, mime_type, file_name, data)
            VALUES (:message_id, :position, :mime_type, :file_name, :data))"_s,
                             what))
        return error;
    for (qsizetype position = 0; position < attachments.size(); ++position) {
        const chat::Attachment &image = attachments.at(position);
        query.bindValue(u":message_id"_s, messageId);
        query.bindValue(u":position"_s, qint64(position));
        query.bindValue(u":mime_type"_s, image.mimeType.isNull() ? u""_s : image.mimeType);
        query.bindValue(u":file_name"_s, image.fileName.isNull() ? u""_s : image.fileName);
        query.bindValue(u":data"_s, image.data);
        if (auto error = execPrepared(query, what))
            return error;
    }
    return std::nullopt;
}

Result<chat::Attachments> readAttachments(QSqlDatabase &db, qint64 messageId)
{
    const QString what = u"Could not read the images of the message"_s;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto error = prepare(query, uR"(
            SELECT mime_type, file_name, data FROM message_attachments
            WHERE message_id = :message_id ORDER BY position)"_s,
                             what))
        return *error;
    query.bindValue(u":message_id"_s, messageId);
    if (auto error = execPrepared(query, what))
        return *error;
    chat::Attachments attachments;
    while (query.next())
        attachments.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toByteArray()});
    return attachments;
}

} // namespace inkchat::store
