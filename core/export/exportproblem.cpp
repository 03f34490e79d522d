#include "exportproblem.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace inkchat::exporting {

Error cannotWrite(const QString &path, const QString &reason)
{
    const QString file = QDir::toNativeSeparators(path);
    return Error::coded(Error::Kind::Unavailable, Error::Code::ExportNotWritten, file,
                        u"Cannot write %1: %2"_s.arg(file, reason))
        .with({}, reason);
}

Error cannotOpenForWriting(const QString &path, const QString &reason)
{
    const QFileInfo target(path);
    const QString folder = QDir::toNativeSeparators(target.absolutePath());
    const QString file = QDir::toNativeSeparators(path);
    if (target.isDir())
        return Error::coded(Error::Kind::Unavailable, Error::Code::ExportIsAFolder, file,
                            u"Cannot write %1: it is a folder"_s.arg(file));
    if (!target.dir().exists())
        return Error::coded(Error::Kind::Unavailable, Error::Code::ExportFolderMissing, file,
                            u"Cannot write %1: the folder %2 does not exist"_s.arg(file, folder))
            .with({folder});
    if (!QFileInfo(target.absolutePath()).isWritable())
        return Error::coded(Error::Kind::Unavailable, Error::Code::ExportFolderNotWritable, file,
                            u"Cannot write %1: the folder %2 is not writable"_s.arg(file, folder))
            .with({folder});
    return cannotWrite(path, reason);
}

Error pdfEngineFailed(const QString &path, const QString &what)
{
    const QString file = QDir::toNativeSeparators(path);
    return Error::coded(Error::Kind::Unavailable, Error::Code::ExportPdfEngineFailed, file,
                        u"Cannot write %1: %2"_s.arg(file, what));
}

Error pdfNeedsGui(const QString &detail)
{
    return Error::coded(Error::Kind::Unavailable, Error::Code::ExportPdfNeedsGui, {}, detail);
}

} // namespace inkchat::exporting
