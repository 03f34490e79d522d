#include "exportcontroller.h"

#include "localpath.h"
#include "models/conversationlistmodel.h"
#include "problemtext.h"

#include "export/exporter.h"
#include "export/exportfilename.h"
#include "export/transcriptwriters.h"
#include "store/conversationstore.h"

#include <QDesktopServices>
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
                   : std::move(folder)),
      m_importer(store, conversations)
{
    connect(&m_watcher, &QFutureWatcher<std::optional<Error>>::finished, this, &ExportController::onDone);
}

ExportController::~ExportController()
{
    // The worker writes through its own store and files; let it finish.
    m_watcher.waitForFinished();
}

QVariantList ExportController::formatChoices() const
{
    using exporting::ExportFormat;
    const QList<std::pair<ExportFormat, QString>> named{
        {ExportFormat::Markdown, tr("Markdown")},    {ExportFormat::Json, tr("JSON, for importing again")},
        {ExportFormat::PlainText, tr("Plain text")}, {ExportFormat::Html, tr("Web page (HTML)")},
        {ExportFormat::Pdf, tr("PDF document")},     {ExportFormat::Epub, tr("EPUB e-book")},
    };
    QVariantList choices;
    for (const auto &[format, name] : named) {
        choices.append(QVariantMap{{u"id"_s, exporting::formatName(format)},
                                   {u"name"_s, name},
                                   {u"filter"_s, u"%1 (*.%2)"_s.arg(name, exporting::fileSuffix(format))}});
    }
    return choices;
}

QString ExportController::currentBaseName() const
{
    return exporting::exportFileName(m_conversations.titleAt(m_conversations.currentIndex()),
                                     u"Conversation"_s);
}

QUrl ExportController::suggestedFile(const QString &formatName, bool all) const
{
    const auto format = exporting::formatFromName(formatName);
    if (!format)
        return {};
    QDir().mkpath(m_folder); // the dialog opens in it
    return QUrl::fromLocalFile(freePath(m_folder, all ? u"Inkchat conversations"_s : currentBaseName(),
                                        exporting::fileSuffix(*format)));
}

bool ExportController::openFolder() const
{
    return !m_savedFile.isEmpty()
           && QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_savedFile).absolutePath()));
}

QStringList ExportController::formats() const
{
    QStringList names;
    for (auto format : {exporting::ExportFormat::Markdown, exporting::ExportFormat::Json,
                        exporting::ExportFormat::PlainText, exporting::ExportFormat::Html,
                        exporting::ExportFormat::Pdf, exporting::ExportFormat::Epub})
        names.append(exporting::formatName(format));
    return names;
}

bool ExportController::exportCurrent(const QString &format, const QUrl &file)
{
    return start({m_conversations.currentId()}, currentBaseName(), format, file);
}

bool ExportController::exportAll(const QString &format, const QUrl &file)
{
    const auto stored = m_store.conversations();
    if (!stored) {
        setResult(tr("Not exported: %1").arg(ProblemText::of(stored.error())));
        return false;
    }
    QList<qint64> ids;
    // Oldest first reads like a diary.
    for (auto it = stored->crbegin(); it != stored->crend(); ++it)
        ids.append(it->id);
    return start(ids, u"Inkchat conversations"_s, format, file);
}

bool ExportController::start(const QList<qint64> &ids, const QString &baseName, const QString &formatName,
                             const QUrl &file)
{
    const auto format = exporting::formatFromName(formatName);
    if (isBusy() || !format || ids.isEmpty())
        return false;
    m_savedFile.clear();
    if (!file.isEmpty()) {
        m_target = localPathOf(file);
        if (m_target.isEmpty()) {
            setResult(tr("Not exported: %1 is not a file on this computer").arg(file.toDisplayString()));
            return false;
        }
    } else if (QDir().mkpath(m_folder)) {
        m_target = freePath(m_folder, baseName, exporting::fileSuffix(*format));
    } else {
        setResult(tr("Not exported: could not create the folder %1").arg(QDir::toNativeSeparators(m_folder)));
        return false;
    }
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
        setResult(tr("Not exported: %1").arg(ProblemText::of(*error)));
        Q_EMIT finished({});
        return;
    }
    m_savedFile = m_target;
    setResult(tr("Saved as %1").arg(QFileInfo(m_target).fileName()));
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
