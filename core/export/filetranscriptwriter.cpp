#include "filetranscriptwriter.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace inkchat::exporting {

namespace {

// QSaveFile reports "Unknown error" when it cannot even create its temporary
// file, so name the usual reasons ourselves.
QString openFailureReason(const QString &path, const QString &errorString)
{
    const QFileInfo target(path);
    if (target.isDir())
        return u"it is a folder"_s;
    if (!target.dir().exists())
        return u"the folder %1 does not exist"_s.arg(QDir::toNativeSeparators(target.absolutePath()));
    if (!QFileInfo(target.absolutePath()).isWritable())
        return u"the folder %1 is not writable"_s.arg(QDir::toNativeSeparators(target.absolutePath()));
    return errorString;
}

} // namespace

FileTranscriptWriter::FileTranscriptWriter(const QString &path) : m_file(path)
{
    if (!m_file.open(QIODevice::WriteOnly))
        fail(openFailureReason(path, m_file.errorString()));
}

// Destroyed without finish(): QSaveFile drops the temporary file.
FileTranscriptWriter::~FileTranscriptWriter() = default;

void FileTranscriptWriter::beginConversation(const chat::ConversationRecord &conversation)
{
    if (!hasFailed() && !m_isFinished)
        onBeginConversation(conversation);
}

void FileTranscriptWriter::writeMessage(const chat::MessageRecord &message)
{
    if (!hasFailed() && !m_isFinished)
        onMessage(message);
}

void FileTranscriptWriter::endConversation()
{
    if (!hasFailed() && !m_isFinished)
        onEndConversation();
}

std::optional<Error> FileTranscriptWriter::finish()
{
    if (m_isFinished)
        return m_error;
    m_isFinished = true;
    if (!hasFailed())
        onFinish();
    if (!hasFailed() && !m_file.commit())
        fail(m_file.errorString());
    if (hasFailed() && m_file.isOpen()) {
        // commit() after cancelWriting() removes the temporary file now,
        // not only when the writer is destroyed.
        m_file.cancelWriting();
        m_file.commit();
    }
    return m_error;
}

void FileTranscriptWriter::write(QStringView text)
{
    writeUtf8(text.toUtf8());
}

void FileTranscriptWriter::writeUtf8(const QByteArray &bytes)
{
    if (!hasFailed() && m_file.write(bytes) != bytes.size())
        fail(m_file.errorString());
}

void FileTranscriptWriter::fail(const QString &what)
{
    if (hasFailed())
        return;
    m_error = Error::make(Error::Kind::Unavailable,
                          u"Cannot write %1: %2"_s.arg(QDir::toNativeSeparators(m_file.fileName()), what));
}

} // namespace inkchat::exporting
