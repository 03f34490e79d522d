#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace inkchat::exporting::transcriptjson {

/// The names and encodings of Inkchat's JSON transcript format, shared by
/// JsonWriter and importTranscriptJson(); docs/export-json.md describes it.

inline constexpr QStringView kFormatName = u"inkchat.transcript";
/// The major version this build writes and the highest it reads. Adding an
/// optional field keeps it; changing or removing one, or a new status or
/// role, raises it (2: the status "stopped").
inline constexpr int kVersion = 2;

/// A JSON string literal. Non-ASCII text stays UTF-8; control characters
/// and unpaired surrogates become \u escapes, so every QString survives a
/// round trip exactly.
QByteArray quoted(QStringView text);
/// "2026-11-22T10:00:00.000Z" (UTC, milliseconds) quoted, or null.
QByteArray timestamp(const QDateTime &time);
/// Reads what timestamp() writes, and any ISO 8601 time; one without an
/// offset is taken as UTC. nullopt if it is not a time.
std::optional<QDateTime> parseTimestamp(const QString &text);

} // namespace inkchat::exporting::transcriptjson
