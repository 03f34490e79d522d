#pragma once

#include "export/conversationimporter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace inkchat::store {
class ConversationStore;
}

namespace inkchat::app {

class ConversationListModel;

/// Imports an Inkchat JSON export or a ChatGPT conversations.json chosen in
/// an open dialog, with the core importer the CLI uses: in one transaction,
/// so a bad file adds nothing, and conversations stored already are
/// skipped. A file can be hundreds of megabytes, so the import runs on a
/// worker thread with its own connection to the store; the window stays
/// responsive, then the conversation list shows what came in and `result`
/// says how many or why not. An in-memory store (--no-store) can't be
/// shared with a thread and is imported into here.
class ImportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The application creates the import controller")

    Q_PROPERTY(bool isBusy READ isBusy NOTIFY busyChanged)
    /// "Imported 3 conversations from …" or why not, after the last import.
    Q_PROPERTY(QString result READ result NOTIFY resultChanged)
    /// The open dialog's filters: Inkchat's JSON export, ChatGPT's export, any file.
    Q_PROPERTY(QStringList nameFilters READ nameFilters CONSTANT)

public:
    ImportController(store::ConversationStore &store, ConversationListModel &conversations,
                     QObject *parent = nullptr);
    ~ImportController() override;

    bool isBusy() const { return m_watcher.isRunning(); }
    QString result() const { return m_result; }
    QStringList nameFilters() const;

    /// Imports `file` (a local file URL or path from a dialog); false if
    /// busy or it is not a local file.
    Q_INVOKABLE bool importFile(const QUrl &file);

Q_SIGNALS:
    void busyChanged();
    void resultChanged();
    /// The import ended; `conversations` were added (0 when it failed).
    void finished(int conversations);

private:
    /// What a worker hands back.
    struct Outcome
    {
        std::optional<Error> error;
        exporting::ImportSummary summary;
    };
    static Outcome importInto(store::ConversationStore &store, const QString &path);

    void onDone();
    void onDoneWith(const Outcome &outcome);
    void setResult(const QString &result);

    store::ConversationStore &m_store;
    ConversationListModel &m_conversations;
    QString m_fileName;
    QString m_result;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace inkchat::app
