#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace booktest {

/// The names of a zip archive's entries in their stored order (libzip).
QStringList zipEntryNames(const QString &archive);

/// One entry's bytes, uncompressed; nullopt if it is missing.
std::optional<QByteArray> zipEntry(const QString &archive, const QString &name);

/// The first local file header, read byte by byte as a reader would: EPUB
/// readers sniff the format from it without unzipping.
struct FirstEntry
{
    QByteArray name;
    int method = -1; ///< 0 = stored
    int extraLength = -1;
    QByteArray data; ///< the stored bytes (only meaningful when stored)
};
std::optional<FirstEntry> firstLocalEntry(const QString &archive);

} // namespace booktest
