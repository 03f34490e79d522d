#pragma once

#include "transcriptwriter.h"

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

struct zip;
class QTemporaryDir;

namespace inkchat::exporting {

struct EpubOptions
{
    /// The book's title when it holds several conversations (or none); a
    /// single conversation's book is titled after it. Empty: "Inkchat conversations".
    QString title;
    /// BCP 47 language of the book, for dc:language and xml:lang.
    QString language = QStringLiteral("en");
    /// Turns WebP bytes into PNG bytes, or returns nothing when it cannot.
    /// EPUB 3.2 readers (and epubcheck 4) need not show WebP, which only
    /// EPUB 3.3 made a core type, so with this set a WebP image goes into
    /// the book as PNG. Core decodes no images: platform sets it
    /// (platform::createTranscriptWriter()); without it WebP goes in as is.
    std::function<QByteArray(const QByteArray &webp)> webpToPng = {};
};

/// Writes conversations as an EPUB 3 book: one XHTML chapter per
/// conversation, a navigation document listing them, and a package document
/// naming the models. Images attached to messages become files of the
/// book, referenced from their chapter and listed in the manifest with the
/// type their bytes show. Each chapter streams to a temporary file beside the
/// target as its messages arrive and libzip reads it back only in finish(),
/// so the book is never held in memory. The archive is built under a
/// temporary name and renamed onto `path` at the end: a failure or a writer
/// destroyed before finish() leaves no file (and an existing one untouched).
///
/// A book with no conversations is still a valid book, with one page
/// saying so: an empty selection is not an error to the reader.
class EpubWriter final : public TranscriptWriter
{
public:
    explicit EpubWriter(const QString &path, EpubOptions options = {});
    ~EpubWriter() override;

    EpubWriter(const EpubWriter &) = delete;
    EpubWriter &operator=(const EpubWriter &) = delete;

    void beginConversation(const chat::ConversationRecord &conversation) override;
    void writeMessage(const chat::MessageRecord &message) override;
    void endConversation() override;
    std::optional<Error> finish() override;

private:
    struct ZipDiscard
    {
        void operator()(struct zip *archive) const;
    };
    struct Chapter
    {
        QString fileName; ///< inside OEBPS/
        QString title;
    };
    /// An image of a message, a file of the book.
    struct Image
    {
        QString fileName; ///< inside OEBPS/
        QString mimeType; ///< read from its bytes
    };

    bool failed() const { return m_error.has_value(); }
    void fail(const QString &what);
    bool addEntry(const QString &name, const QString &localFile, bool isCompressed = true);
    bool writeLocalFile(const QString &fileName, const QByteArray &contents);
    void appendToBody(const QString &xhtml);
    /// The XHTML showing a message's images, each added to the book.
    QString addImages(const chat::Attachments &attachments);
    /// `image` as a file of the book; its file name, or an empty string
    /// when its bytes are no image a reader shows.
    QString addImage(const chat::Attachment &image);
    bool assembleChapter(const QString &chapterPath);
    void addEmptyBookNote();
    QString bookTitle() const;
    QString bookIdentifier() const;
    QByteArray packageDocument() const;
    QByteArray navigationDocument() const;

    QString m_path;
    EpubOptions m_options;
    std::unique_ptr<QTemporaryDir> m_workDir;
    std::unique_ptr<struct zip, ZipDiscard> m_zip;
    std::optional<Error> m_error;
    bool m_finished = false;

    // The book: small bookkeeping per conversation, never its messages.
    QList<Chapter> m_chapters;
    QList<Image> m_images;
    int m_conversationCount = 0;
    QStringList m_models;
    QString m_firstUuid;
    QDateTime m_earliest;

    // The conversation being written: its record and the body file.
    chat::ConversationRecord m_conversation;
    QStringList m_conversationModels;
    QFile m_body;
    int m_messageCount = 0;
};

} // namespace inkchat::exporting
