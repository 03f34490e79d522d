#pragma once

#include "importcontroller.h"
#include "util/error.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace inkchat::store {
class ConversationStore;
}

namespace inkchat::app {

class ConversationListModel;

/// Writes conversations to files people can read anywhere: Markdown, JSON,
/// plain text, HTML, PDF or EPUB: to the file the user chose in a save
/// dialog, or else into the user's documents folder (Documents/Inkchat),
/// never replacing an earlier export there.
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
    /// "Saved as …" or why not, after the last export.
    Q_PROPERTY(QString result READ result NOTIFY resultChanged)
    /// Where exports go unless the user chooses otherwise (Documents/Inkchat).
    Q_PROPERTY(QUrl folderUrl READ folderUrl CONSTANT)
    /// The file the last export wrote; empty when it failed or none ran.
    Q_PROPERTY(QString savedFile READ savedFile NOTIFY resultChanged)
    /// The formats' short names: md, json, txt, html, pdf, epub.
    Q_PROPERTY(QStringList formats READ formats CONSTANT)
    /// The formats as people choose them, for a drop-down and a save
    /// dialog: [{id: "pdf", name: "PDF document", filter: "PDF document (*.pdf)"}].
    Q_PROPERTY(QVariantList formatChoices READ formatChoices CONSTANT)
    /// Import sits beside export in the window's panel; the panel reaches
    /// it through its exporter.
    Q_PROPERTY(inkchat::app::ImportController *importer READ importer CONSTANT)

public:
    ExportController(store::ConversationStore &store, ConversationListModel &conversations,
                     QString folder = {}, QObject *parent = nullptr);
    ~ExportController() override;

    bool isBusy() const { return m_watcher.isRunning(); }
    QString result() const { return m_result; }
    QString savedFile() const { return m_savedFile; }
    QStringList formats() const;
    QVariantList formatChoices() const;
    QString folder() const { return m_folder; }
    QUrl folderUrl() const { return QUrl::fromLocalFile(m_folder); }
    ImportController *importer() { return &m_importer; }

    /// Where a save dialog starts: a file in the documents folder that no
    /// earlier export has taken, named after the open conversation (or
    /// "Inkchat conversations" for all of them).
    Q_INVOKABLE QUrl suggestedFile(const QString &format, bool all) const;
    /// Exports the open conversation to `file` (a local file URL, replaced
    /// only once the new one is whole), or with no file into the documents
    /// folder; false if busy or the format is unknown.
    Q_INVOKABLE bool exportCurrent(const QString &format, const QUrl &file = {});
    /// Exports every conversation into one file, as exportCurrent().
    Q_INVOKABLE bool exportAll(const QString &format, const QUrl &file = {});
    /// Shows the folder of savedFile in the system's file manager.
    Q_INVOKABLE bool openFolder() const;

Q_SIGNALS:
    void busyChanged();
    void resultChanged();
    /// The export ended: the file written, or empty with `result` saying why.
    void finished(const QString &path);

private:
    bool start(const QList<qint64> &ids, const QString &baseName, const QString &format, const QUrl &file);
    QString currentBaseName() const;
    void onDone();
    void onDoneWith(const std::optional<Error> &error);
    void setResult(const QString &result);

    store::ConversationStore &m_store;
    ConversationListModel &m_conversations;
    QString m_folder;
    QString m_target;
    QString m_result;
    QString m_savedFile;
    QFutureWatcher<std::optional<Error>> m_watcher;
    ImportController m_importer;
};

} // namespace inkchat::app
