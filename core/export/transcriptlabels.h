#pragma once

#include "chat/records.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

namespace inkchat::exporting {

/// The words the human-readable exports (Markdown, plain text, HTML) share,
/// so that all three say the same thing about a message.

/// "You" or "Assistant".
QString roleLabel(chat::Role role);
/// "2026-11-22 10:00 UTC"; empty for an invalid time.
QString displayTime(const QDateTime &time);
/// "You · 2026-11-22 10:00 UTC" or "Assistant · model · 2026-11-22 10:00 UTC"
/// (parts that are unknown are left out).
QString messageHeading(const chat::MessageRecord &message);
/// What a reader must know about an unfinished message, e.g. "Interrupted:
/// this reply is incomplete"; empty for a complete one.
QString statusMarker(const chat::MessageRecord &message);
/// "Tokens: 12 in, 34 out"; empty when the provider reported neither.
QString usageLine(const chat::TokenUsage &usage);
/// Shown where a continued reply's next request began.
QString seamLabel();
/// An attached image's text alternative: the name it was attached as, or
/// "Attached image" when it has none.
QString imageAltText(const chat::Attachment &image);
/// Shown instead of an image an export cannot show, naming it: bytes that
/// are not a PNG, JPEG, GIF or WebP image (chat::imageTypeOf()), or an
/// image that does not decode.
QString imageLeftOutNote(const chat::Attachment &image);
/// The text cut at its seams: one more piece than there are seams. Seams
/// are sorted, clamped to the text and moved off the middle of a surrogate
/// pair, so even a damaged record splits safely.
QList<QStringView> seamSegments(QStringView text, const QList<int> &seams);

} // namespace inkchat::exporting
