#include "ziparchive.h"

#include <QFile>
#include <QtEndian>

#include <zip.h>

#include <memory>

namespace booktest {

namespace {

struct Close
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};

std::unique_ptr<zip_t, Close> open(const QString &archive)
{
    int error = 0;
    return std::unique_ptr<zip_t, Close>(
        zip_open(archive.toUtf8().constData(), ZIP_RDONLY, &error)); // libzip reads UTF-8 names
}

} // namespace

QStringList zipEntryNames(const QString &archive)
{
    QStringList names;
    const auto zip = open(archive);
    if (!zip)
        return names;
    const zip_int64_t count = zip_get_num_entries(zip.get(), 0);
    for (zip_int64_t i = 0; i < count; ++i)
        names << QString::fromUtf8(zip_get_name(zip.get(), zip_uint64_t(i), 0));
    return names;
}

std::optional<QByteArray> zipEntry(const QString &archive, const QString &name)
{
    const auto zip = open(archive);
    if (!zip)
        return std::nullopt;
    zip_stat_t stat;
    if (zip_stat(zip.get(), name.toUtf8().constData(), 0, &stat) != 0)
        return std::nullopt;
    zip_file_t *file = zip_fopen(zip.get(), name.toUtf8().constData(), 0);
    if (!file)
        return std::nullopt;
    QByteArray bytes(qsizetype(stat.size), '\0');
    const zip_int64_t read = zip_fread(file, bytes.data(), stat.size);
    zip_fclose(file);
    if (read != zip_int64_t(stat.size))
        return std::nullopt;
    return bytes;
}

std::optional<FirstEntry> firstLocalEntry(const QString &archive)
{
    QFile file(archive);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray header = file.read(30);
    if (header.size() != 30 || !header.startsWith("PK\x03\x04"))
        return std::nullopt;
    const auto u16 = [&header](int at) { return int(qFromLittleEndian<quint16>(header.constData() + at)); };
    const auto u32 = [&header](int at) { return qFromLittleEndian<quint32>(header.constData() + at); };
    FirstEntry entry;
    entry.method = u16(8);
    const quint32 compressedSize = u32(18);
    const int nameLength = u16(26);
    entry.extraLength = u16(28);
    entry.name = file.read(nameLength);
    file.skip(entry.extraLength);
    entry.data = file.read(compressedSize);
    return entry;
}

} // namespace booktest
