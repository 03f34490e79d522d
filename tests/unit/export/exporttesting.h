#pragma once

#include "export/importedconversation.h"
#include "export/transcriptwriter.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace inkchat::exporting::test {

/// 2026-11-22 at hh:mm (UTC).
QDateTime at(int hour, int minute, int second = 0, int ms = 0);

/// The conversation every writer test exports: a user message, a complete
/// assistant reply with model and usage, an interrupted reply continued at
/// a seam (inside a code block), a failed reply and a pending message.
ImportedConversation sampleConversation();
/// Where sampleConversation()'s interrupted reply was continued.
QString textBeforeSeam();
QString textAfterSeam();

/// Feeds the conversations to the writer in the contract's order, then
/// finishes it.
std::optional<Error> writeAll(TranscriptWriter &writer, const QList<ImportedConversation> &conversations);

QString readText(const QString &path);
QByteArray readBytes(const QString &path);

} // namespace inkchat::exporting::test
