#include "importcontroller.h"

#include "localpath.h"
#include "models/conversationlistmodel.h"
#include "problemtext.h"

#include "store/conversationstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace inkchat::app {

ImportController::ImportController(store::ConversationStore &store, ConversationListModel &conversations,
                                   QObject *parent)
    : QObject(parent),
      m_store(store),
      m_conversations(conversations)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ImportController::onDone);
}

ImportController::~ImportController()
{
    // The worker writes through its own store; let it finish its transaction.
    m_watcher.waitForFinished();
}

QStringList ImportController::nameFilters() const
{
    return {tr("Inkchat or ChatGPT export (*.json)"), tr("Inkchat JSON export (*.json)"),
            tr("ChatGPT export (conversations.json)"), tr("All files (*)")};
}

ImportController::Outcome ImportController::importInto(store::ConversationStore &store, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {Error::coded(Error::Kind::Usage, Error::Code::FileUnreadable, QDir::toNativeSeparators(path),
                             file.errorString())
                    .with({}, file.errorString()),
                {}};
    Result<exporting::ImportSummary> summary = exporting::importConversations(file, store);
    if (!summary)
        return {summary.error(), {}};
    return {std::nullopt, *summary};
}

bool ImportController::importFile(const QUrl &file)
{
    if (isBusy())
        return false;
    const QString path = localPathOf(file);
    if (path.isEmpty()) {
        setResult(tr("Not imported: %1 is not a file on this computer").arg(file.toDisplayString()));
        return false;
    }
    m_fileName = QFileInfo(path).fileName();
    setResult(tr("Importing %1…").arg(m_fileName));
    const QString databasePath = m_store.path();
    if (databasePath == store::ConversationStore::kInMemory) {
        onDoneWith(importInto(m_store, path));
        return true;
    }
    m_watcher.setFuture(QtConcurrent::run([databasePath, path] {
        // A connection belongs to the thread that opened it.
        auto store = store::ConversationStore::open(databasePath);
        if (!store)
            return Outcome{store.error(), {}};
        return importInto(*store.value(), path);
    }));
    Q_EMIT busyChanged();
    return true;
}

void ImportController::onDone()
{
    Q_EMIT busyChanged();
    onDoneWith(m_watcher.result());
}

void ImportController::onDoneWith(const Outcome &outcome)
{
    if (outcome.error) {
        setResult(tr("Not imported: %1").arg(ProblemText::of(*outcome.error)));
        Q_EMIT finished(0);
        return;
    }
    const exporting::ImportSummary &summary = outcome.summary;
    // The English source has no plural forms of its own: the singular is a text of its own.
    QString result =
        summary.conversations == 0 ? tr("Nothing new in %1.").arg(m_fileName)
        : summary.conversations == 1
            ? tr("Imported 1 conversation from %1.").arg(m_fileName)
            : tr("Imported %n conversations from %1.", nullptr, summary.conversations).arg(m_fileName);
    if (summary.alreadyStored > 0)
        result += u' ' + tr("%n already here.", nullptr, summary.alreadyStored);
    if (!summary.leftOut.isEmpty())
        result += u' '
                  + tr("%n could not be stored: %1", nullptr, int(summary.leftOut.size()))
                        .arg(ProblemText::of(summary.leftOut.constFirst().error));
    if (summary.conversations > 0)
        m_conversations.reload();
    setResult(result);
    Q_EMIT finished(summary.conversations);
}

void ImportController::setResult(const QString &result)
{
    if (result == m_result)
        return;
    m_result = result;
    Q_EMIT resultChanged();
}

} // namespace inkchat::app
