#include "filetranscriptwriter.h"

#include "exportproblem.h"

using namespace Qt::StringLiterals;

namespace inkchat::exporting {

FileTranscriptWriter::FileTranscriptWriter(const QString &path) : m_file(path)
{
    if (!m_file.open(QIODevice::WriteOnly))
        m_error = cannotOpenForWriting(path, m_file.errorString());
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
    m_error = cannotWrite(m_file.fileName(), what);
}

} // namespace inkchat::exporting
