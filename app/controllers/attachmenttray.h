#pragma once

#include "chat/attachment.h"

#include <QAbstractListModel>
#include <QFuture>
#include <QList>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace inkchat::app {

class AttachmentImages;

/// What a worker read or encoded (shared: QFuture needs a value it can
/// default-construct, which Result is not).
using LoadedAttachment = std::shared_ptr<const Result<chat::Attachment>>;

/// The images waiting in the composer to go with the next message: added by
/// the attach button, by dropping files and by pasting (an image, or image
/// files copied in a file manager). Files are read, and pasted pictures
/// encoded, on a worker thread: a large file never blocks the window. A
/// file that is no image or too large is refused with a clear error().
class AttachmentTray : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The chat controller owns the attachments")

    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// Why the last image could not be attached; empty when it could.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    /// Files are still being read.
    Q_PROPERTY(bool isLoading READ isLoading NOTIFY loadingChanged)

public:
    enum Role {
        FileNameRole = Qt::UserRole + 1,
        SizeRole,     ///< "812 KB"
        ImageKeyRole, ///< the key for image://attachment/<key> (AttachmentImages)
    };

    explicit AttachmentTray(std::shared_ptr<AttachmentImages> images, QObject *parent = nullptr);
    ~AttachmentTray() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_attachments.size()); }
    QString error() const { return m_error; }
    bool isLoading() const { return m_loading > 0; }
    const chat::Attachments &attachments() const { return m_attachments; }

    /// Reads the local files among `urls`, off the GUI thread, and adds
    /// those that are images within the limit.
    Q_INVOKABLE void addFiles(const QList<QUrl> &urls);
    /// Attaches what the clipboard holds, if it is an image or image files;
    /// returns whether it was (else the text is pasted as usual).
    Q_INVOKABLE bool paste();
    Q_INVOKABLE void remove(int index);
    /// Empties the tray (the message was sent).
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void countChanged();
    void errorChanged();
    void loadingChanged();

private:
    /// Waits, without blocking, for an attachment read on a worker.
    void load(QFuture<LoadedAttachment> future);
    /// Adds an attachment read on a worker, or says why it was not.
    void onLoaded(const Result<chat::Attachment> &loaded);
    void setError(const QString &error);

    std::shared_ptr<AttachmentImages> m_images;
    chat::Attachments m_attachments;
    QStringList m_keys;
    QString m_error;
    int m_loading = 0;
};

} // namespace inkchat::app
