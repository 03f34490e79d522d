#pragma once

#include "transcriptwriter.h"

#include <QSaveFile>
#include <QString>
#include <QStringView>

#include <optional>

namespace inkchat::exporting {

/// The file side shared by the text exports (Markdown, plain text, JSON,
/// HTML): writes UTF-8 through a QSaveFile, so the target appears only when
/// finish() succeeds and a failed or abandoned export leaves no partial
/// file, and keeps the TranscriptWriter contract that calls after the first
/// failure are ignored.
///
/// Subclasses turn records into text in the on* hooks and pass it to
/// write() straight away; nothing is kept.
class FileTranscriptWriter : public TranscriptWriter
{
public:
    ~FileTranscriptWriter() override;

    void beginConversation(const chat::ConversationRecord &conversation) final;
    void writeMessage(const chat::MessageRecord &message) final;
    void endConversation() final;
    std::optional<Error> finish() final;

protected:
    /// Opens a temporary file next to `path`; an error shows at finish().
    explicit FileTranscriptWriter(const QString &path);

    virtual void onBeginConversation(const chat::ConversationRecord &conversation) = 0;
    virtual void onMessage(const chat::MessageRecord &message) = 0;
    virtual void onEndConversation() = 0;
    /// Writes what follows the last conversation (closing brackets, tags).
    virtual void onFinish() {}

    /// Appends text as UTF-8; a failure is remembered and later writes skipped.
    void write(QStringView text);
    void write(const QString &text) { write(QStringView(text)); }
    /// Appends bytes that are UTF-8 already.
    void writeUtf8(const QByteArray &bytes);
    bool hasFailed() const { return m_error.has_value(); }

private:
    void fail(const QString &what);

    QSaveFile m_file;
    std::optional<Error> m_error;
    bool m_isFinished = false;
};

} // namespace inkchat::exporting
