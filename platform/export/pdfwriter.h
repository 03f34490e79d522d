#pragma once

#include "export/transcriptwriter.h"

#include <QSaveFile>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QPdfWriter;
class QTextCharFormat;

namespace inkchat::platform {

class PdfPageFlow;

struct PdfOptions
{
    /// The PDF's title. Empty: the first conversation's title, or
    /// "Inkchat conversations" when there is none. PDF metadata is written
    /// before the pages, so it cannot wait to see how many conversations come.
    QString title;
};

/// Writes conversations as an A4 PDF: a heading per conversation (title,
/// dates, model) on a new page, then each message with a line naming role,
/// time, model and tokens, a marker when it is interrupted, failed or
/// pending, and its Markdown rendered with headings, lists, emphasis and
/// monospace code. Messages are laid out and painted one at a time
/// (PdfPageFlow), so memory stays at one message whatever the length. Images
/// attached to a message are drawn below its line, each decoded no larger
/// than it is printed; images the Markdown names are never loaded
/// (SafeTextDocument). The file is written through
/// QSaveFile: a failure, or a writer destroyed before finish(), leaves no
/// file and an existing one untouched.
///
/// A PDF with no conversations has one page saying so.
class PdfWriter final : public exporting::TranscriptWriter
{
public:
    explicit PdfWriter(const QString &path, PdfOptions options = {});
    ~PdfWriter() override;

    PdfWriter(const PdfWriter &) = delete;
    PdfWriter &operator=(const PdfWriter &) = delete;

    void beginConversation(const chat::ConversationRecord &conversation) override;
    void writeMessage(const chat::MessageRecord &message) override;
    void endConversation() override;
    std::optional<Error> finish() override;

private:
    bool failed() const { return m_error.has_value(); }
    /// Keeps the first failure; later ones follow from it.
    void fail(Error error);
    bool start(const QString &title);
    void placeHeading(const QString &model);
    void placeText(const QString &text, const QTextCharFormat &format,
                   Qt::Alignment alignment = Qt::AlignLeft);
    void placeMessageLine(const chat::MessageRecord &message);
    void placeMarkdown(const QString &markdown);
    void placeImages(const chat::Attachments &attachments);

    QString m_path;
    PdfOptions m_options;
    std::optional<Error> m_error;
    bool m_finished = false;
    // Destroyed in reverse: painting ends before the file is dropped.
    QSaveFile m_file;
    std::unique_ptr<QPdfWriter> m_pdf;
    std::unique_ptr<PdfPageFlow> m_flow;

    // The conversation being written. Its heading waits for the first
    // message, the first place a model is named.
    chat::ConversationRecord m_conversation;
    bool m_isHeadingDue = false;
    QString m_headingModel;
    QStringList m_models;
    int m_conversationCount = 0;
};

} // namespace inkchat::platform
