#pragma once

#include "chat/records.h"
#include "export/transcriptwriter.h"

#include <QByteArray>
#include <QImageIOHandler>
#include <QList>
#include <QSize>
#include <QString>

namespace booktest {

/// A conversation and its messages, oldest first, as the store would hand
/// them to a writer.
struct Transcript
{
    inkchat::chat::ConversationRecord conversation;
    QList<inkchat::chat::MessageRecord> messages;
};

QDateTime utc(const QString &iso);

inkchat::chat::ConversationRecord conversation(const QString &title, const QString &uuid = {});
inkchat::chat::MessageRecord message(inkchat::chat::Role role, const QString &text,
                                     const QString &model = {});

/// Everything a book must survive: markup and script in the text, a
/// javascript: link, emoji, right-to-left text, code fences, a control
/// character, an interrupted reply continued across a seam inside a code
/// block, an error with markup in its text, and a pending message.
Transcript trickyTranscript();

/// A `size` image encoded as `format` ("PNG", "JPEG", "WEBP"): a dark
/// frame around a light field, so a drawn copy shows its edges.
QByteArray encodedImage(const QSize &size, const char *format,
                        QImageIOHandler::Transformations turned = QImageIOHandler::TransformationNone);

/// A 1×1 GIF (Qt writes no GIF).
QByteArray tinyGif();

/// Feeds every transcript to `writer` (begin, messages, end), not finish().
void feed(inkchat::exporting::TranscriptWriter &writer, const QList<Transcript> &transcripts);

} // namespace booktest
