#include "attachmenttray.h"

#include "problemtext.h"

#include "attachmentimages.h"

#include <QBuffer>
#include <QClipboard>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace inkchat::app {

namespace {

/// A pasted picture as a PNG file (lossless, as it was on the screen).
Result<chat::Attachment> encodePasted(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return Error::make(
            Error::Kind::Usage,
            QCoreApplication::translate("AttachmentTray", "The pasted picture could not be read."));
    return chat::attachmentFromData(png, QCoreApplication::translate("AttachmentTray", "pasted image.png"));
}

} // namespace

AttachmentTray::AttachmentTray(std::shared_ptr<AttachmentImages> images, QObject *parent)
    : QAbstractListModel(parent),
      m_images(std::move(images))
{
}

AttachmentTray::~AttachmentTray() = default;

int AttachmentTray::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant AttachmentTray::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const chat::Attachment &attachment = m_attachments.at(index.row());
    switch (role) {
    case FileNameRole:
        return attachment.fileName;
    case SizeRole:
        return chat::readableSize(attachment.data.size());
    case ImageKeyRole:
        return m_keys.at(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> AttachmentTray::roleNames() const
{
    return {{FileNameRole, "fileName"}, {SizeRole, "size"}, {ImageKeyRole, "imageKey"}};
}

void AttachmentTray::addFiles(const QList<QUrl> &urls)
{
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            continue;
        load(QtConcurrent::run([path = url.toLocalFile()]() -> LoadedAttachment {
            return std::make_shared<Result<chat::Attachment>>(chat::readAttachment(path));
        }));
    }
}

bool AttachmentTray::paste()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime)
        return false;
    if (mime->hasImage()) {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        if (image.isNull())
            return false;
        load(QtConcurrent::run([image]() -> LoadedAttachment {
            return std::make_shared<Result<chat::Attachment>>(encodePasted(image));
        }));
        return true;
    }
    QList<QUrl> files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            files.append(url);
    }
    if (files.isEmpty())
        return false;
    addFiles(files);
    return true;
}

void AttachmentTray::load(QFuture<LoadedAttachment> future)
{
    // A new attempt: what an earlier one refused is no longer news. Files
    // attached together finish in any order; any error among them stays.
    if (m_loading == 0)
        setError({});
    ++m_loading;
    auto *watcher = new QFutureWatcher<LoadedAttachment>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        --m_loading;
        onLoaded(*watcher->result());
        Q_EMIT loadingChanged();
    });
    watcher->setFuture(std::move(future));
    Q_EMIT loadingChanged();
}

void AttachmentTray::onLoaded(const Result<chat::Attachment> &loaded)
{
    if (!loaded) {
        setError(ProblemText::of(loaded.error()));
        return;
    }
    if (count() >= chat::kMaxAttachmentsPerMessage) {
        setError(tr("A message can carry up to %n images.", nullptr, chat::kMaxAttachmentsPerMessage));
        return;
    }
    beginInsertRows({}, count(), count());
    m_attachments.append(*loaded);
    m_keys.append(m_images->add(loaded->data));
    endInsertRows();
    Q_EMIT countChanged();
}

void AttachmentTray::remove(int index)
{
    if (index < 0 || index >= count())
        return;
    beginRemoveRows({}, index, index);
    m_attachments.removeAt(index);
    m_keys.removeAt(index);
    endRemoveRows();
    Q_EMIT countChanged();
}

void AttachmentTray::clear()
{
    setError({});
    if (m_attachments.isEmpty())
        return;
    beginResetModel();
    m_attachments.clear();
    m_keys.clear();
    endResetModel();
    Q_EMIT countChanged();
}

void AttachmentTray::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

} // namespace inkchat::app
