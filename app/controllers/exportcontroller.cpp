#include "exportcontroller.h"

#include "models/conversationlistmodel.h"

#include "export/exporter.h"
#include "export/exportfilename.h"
#include "export/transcriptwriters.h"
#include "store/conversationstore.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace inkchat::app {

namespace {

/// `folder/name.suffix`, or `name (2).suffix` and so on if that exists:
/// an export never replaces an earlier one.
QString freePath(const QString &folder, const QString &name, const QString &suffix)
{
    QString path = folder + u'/' + name + u'.' + suffix;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder + u'/' + name + u" (%1)."_s.arg(n) + suffix;
    return path;
}

std::optional<Error> writeExport(store::ConversationStore &store, const QList<qint64> &ids,
                                 exporting::ExportFormat format, const QString &path)
{
    auto writer = platform::createTranscriptWriter(format, path);
    if (!writer)
        return writer.error();
    return exporting::exportConversations(store, ids, *writer.value());
}

} // namespace

ExportController::ExportController(store::ConversationStore &store, ConversationListModel &conversations,
                                   QString folder, QObject *parent)
    : QObject(parent),
      m_store(store),
      m_conversations(conversations),
      m_folder(folder.isEmpty()
                   ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/Inkchat"_s
                   : std::move(folder))
{
    connect(&m_watcher, &QFutureWatcher<std::optional<Error>>::finished, this, &ExportController::onDone);
}

ExportController::~ExportController()
{
    // The worker writes through its own store and files; let it finish.
    m_watcher.waitForFinished();
}

QStringList ExportController::formats() const
{
    QStringList names;
    for (auto format : {exporting::ExportFormat::Markdown, exporting::ExportFormat::Json, exporting::ExportFormat::PlainText,
                        exporting::ExportFormat::Html, exporting::ExportFormat::Pdf, exporting::ExportFormat::Epub})
        names.append(exporting::formatName(format));
    return names;
}

bool ExportController::exportCurrent(const QString &format)
{
    const int row = m_conversations.currentIndex();
    return start({m_conversations.currentId()}, exporting::exportFileName(m_conversations.titleAt(row), u"Conversation"_s), format);
}

bool ExportController::exportAll(const QString &format)
{
    const auto stored = m_store.conversations();
    if (!stored) {
        setResult(tr("Not exported: %1").arg(stored.error().message));
        return false;
    }
    QList<qint64> ids;
    // Oldest first reads like a diary.
    for (auto it = stored->crbegin(); it != stored->crend(); ++it)
        ids.append(it->id);
    return start(ids, u"Inkchat conversations"_s, format);
}

bool ExportController::start(const QList<qint64> &ids, const QString &baseName, const QString &formatName)
{
    const auto format = exporting::formatFromName(formatName);
    if (isBusy() || !format || ids.isEmpty())
        return false;
    if (!QDir().mkpath(m_folder)) {
        setResult(tr("Not exported: could not create the folder %1").arg(QDir::toNativeSeparators(m_folder)));
        return false;
    }
    m_target = freePath(m_folder, baseName, exporting::fileSuffix(*format));
    setResult(tr("Exporting…"));
    const QString databasePath = m_store.path();
    if (databasePath == store::ConversationStore::kInMemory) {
        onDoneWith(writeExport(m_store, ids, *format, m_target));
        return true;
    }
    m_watcher.setFuture(QtConcurrent::run([databasePath, ids, format = *format, target = m_target] {
        // A connection belongs to the thread that opened it.
        auto store = store::ConversationStore::open(databasePath);
        if (!store)
            return std::optional<Error>(store.error());
        return writeExport(*store.value(), ids, format, target);
    }));
    Q_EMIT busyChanged();
    return true;
}

void ExportController::onDone()
{
    Q_EMIT busyChanged();
    onDoneWith(m_watcher.result());
}

void ExportController::onDoneWith(const std::optional<Error> &error)
{
    if (error) {
        setResult(tr("Not exported: %1").arg(error->message));
        Q_EMIT finished({});
        return;
    }
    setResult(tr("Saved to %1").arg(QDir::toNativeSeparators(m_target)));
    Q_EMIT finished(m_target);
}

void ExportController::setResult(const QString &result)
{
    if (result == m_result)
        return;
    m_result = result;
    Q_EMIT resultChanged();
}

} // namespace inkchat::app
