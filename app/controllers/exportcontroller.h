#pragma once

#include "util/error.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace inkchat::store {
class ConversationStore;
}

namespace inkchat::app {

class ConversationListModel;

/// Writes conversations to files people can read anywhere: Markdown, JSON,
/// plain text, HTML, PDF or EPUB, into the user's documents folder
/// (Documents/Inkchat), never replacing an earlier export.
///
/// An export can be long (a book of every conversation), so it runs on a
/// worker thread with its own connection to the store; the window stays
/// responsive and says where the file went when it is done. An in-memory
/// store (--no-store) can't be shared with a thread and is exported here.
class ExportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application creates the export controller")

    Q_PROPERTY(bool isBusy READ isBusy NOTIFY busyChanged)
    /// "Saved to …" or why not, after the last export.
    Q_PROPERTY(QString result READ result NOTIFY resultChanged)
    /// The formats' short names: md, json, txt, html, pdf, epub.
    Q_PROPERTY(QStringList formats READ formats CONSTANT)

public:
    ExportController(store::ConversationStore &store, ConversationListModel &conversations,
                     QString folder = {}, QObject *parent = nullptr);
    ~ExportController() override;

    bool isBusy() const { return m_watcher.isRunning(); }
    QString result() const { return m_result; }
    QStringList formats() const;
    QString folder() const { return m_folder; }

    /// Exports the open conversation; false if busy or the format is unknown.
    Q_INVOKABLE bool exportCurrent(const QString &format);
    /// Exports every conversation into one file.
    Q_INVOKABLE bool exportAll(const QString &format);

Q_SIGNALS:
    void busyChanged();
    void resultChanged();
    /// The export ended: the file written, or empty with `result` saying why.
    void finished(const QString &path);

private:
    bool start(const QList<qint64> &ids, const QString &baseName, const QString &format);
    void onDone();
    void onDoneWith(const std::optional<Error> &error);
    void setResult(const QString &result);

    store::ConversationStore &m_store;
    ConversationListModel &m_conversations;
    QString m_folder;
    QString m_target;
    QString m_result;
    QFutureWatcher<std::optional<Error>> m_watcher;
};

} // namespace inkchat::app
