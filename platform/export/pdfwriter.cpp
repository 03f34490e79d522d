#include "pdfwriter.h"

#include "export/exportproblem.h"
#include "export/seamsplit.h"
#include "export/transcriptlabels.h"
#include "exportimages.h"
#include "pdfpageflow.h"
#include "safetextdocument.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace inkchat::platform {

namespace {

constexpr int kResolution = 300; // dots per inch: fine enough for print, light to lay out
constexpr qreal kBodyPointSize = 10.5;
constexpr qreal kDetailPointSize = 8.5;
constexpr qreal kTitlePointSize = 16;
constexpr qreal kMessageGapMillimetres = 5;
constexpr qreal kMessageLineMillimetres = 12; // the role line and a line of text
// Attached images are printed at 150 dots per inch, sharp on paper and on
// an e-reader's screen, and at most this tall, so a portrait photo leaves
// room for its message on the page; wider ones are scaled to the text width.
constexpr int kImageResolution = 150;
constexpr qreal kImageMaxHeightMillimetres = 150;
constexpr qreal kImageGapMillimetres = 2;

/// Whether the image was saved without loss (PNG, GIF, lossless WebP):
/// a screenshot or a drawing, which stays sharp in the PDF, where a photo
/// may become a JPEG.
bool isLossless(const QByteArray &image)
{
    const QString type = chat::imageTypeOf(image);
    return type == "image/png"_L1 || type == "image/gif"_L1
           || (type == "image/webp"_L1 && image.mid(12, 4) == "VP8L");
}

QFont bodyFont()
{
    QFont font(u"serif"_s);
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(kBodyPointSize);
    return font;
}

QTextCharFormat detailFormat()
{
    QTextCharFormat format;
    format.setFontItalic(true);
    format.setFontPointSize(kDetailPointSize);
    return format;
}

QTextCharFormat strongFormat(qreal pointSize = kBodyPointSize)
{
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    format.setFontPointSize(pointSize);
    return format;
}

} // namespace

PdfWriter::PdfWriter(const QString &path, PdfOptions options)
    : m_path(path),
      m_options(std::move(options)),
      m_file(path)
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        m_error = exporting::cannotOpenForWriting(m_path, m_file.errorString());
        return;
    }
    m_pdf = std::make_unique<QPdfWriter>(&m_file);
    m_pdf->setResolution(kResolution);
    m_pdf->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(20, 18, 20, 12), QPageLayout::Millimeter));
    m_pdf->setCreator(u"Inkchat"_s);
}

PdfWriter::~PdfWriter() = default;

void PdfWriter::fail(Error error)
{
    if (!m_error)
        m_error = std::move(error);
}

// Painting starts with the first conversation, whose title the metadata
// may need: the PDF engine writes it before any page.
bool PdfWriter::start(const QString &title)
{
    if (m_flow)
        return true;
    m_pdf->setTitle(m_options.title.isEmpty() ? title : m_options.title);
    m_flow = std::make_unique<PdfPageFlow>(*m_pdf);
    if (!m_flow->isActive())
        fail(exporting::pdfEngineFailed(m_path, u"the PDF engine did not start"_s));
    return !failed();
}

void PdfWriter::placeText(const QString &text, const QTextCharFormat &format, Qt::Alignment alignment)
{
    SafeTextDocument document;
    document.setDefaultFont(bodyFont());
    QTextCursor cursor(&document);
    QTextBlockFormat block;
    block.setAlignment(alignment);
    cursor.setBlockFormat(block);
    cursor.insertText(text, format); // plain text: nothing in it is read as markup
    m_flow->place(document);
}

void PdfWriter::placeMarkdown(const QString &markdown)
{
    if (markdown.trimmed().isEmpty())
        return;
    SafeTextDocument document;
    document.setDefaultFont(bodyFont());
    document.setSafeMarkdown(markdown);
    m_flow->place(document);
}

void PdfWriter::placeImages(const chat::Attachments &attachments)
{
    const qreal dotsPerMillimetre = kImageResolution / 25.4;
    const qreal textWidth = m_pdf->pageLayout().paintRect(QPageLayout::Millimeter).width();
    const QSize box(qFloor(textWidth * dotsPerMillimetre),
                    qFloor(kImageMaxHeightMillimetres * dotsPerMillimetre));
    for (const chat::Attachment &attachment : attachments) {
        m_flow->skip(kImageGapMillimetres);
        const QImage image = decodedImage(attachment.data, box);
        if (image.isNull()) {
            placeText(exporting::imageLeftOutNote(attachment), detailFormat());
            continue;
        }
        m_flow->placeImage(image, QSizeF(image.size()) / dotsPerMillimetre, isLossless(attachment.data));
    }
    if (!attachments.isEmpty())
        m_flow->skip(kImageGapMillimetres);
}

void PdfWriter::placeHeading(const QString &model)
{
    m_isHeadingDue = false;
    m_headingModel = model;
    const QString title = m_conversation.title.trimmed();
    placeText(title.isEmpty() ? u"Untitled conversation"_s : title, strongFormat(kTitlePointSize));
    QStringList details;
    if (m_conversation.createdAt.isValid())
        details << u"Started "_s + exporting::displayTime(m_conversation.createdAt);
    if (m_conversation.updatedAt.isValid())
        details << u"last message "_s + exporting::displayTime(m_conversation.updatedAt);
    if (!model.isEmpty())
        details << u"Model: "_s + model;
    if (!details.isEmpty())
        placeText(details.join(u" · "_s), detailFormat());
    if (!m_conversation.systemPrompt.trimmed().isEmpty()) {
        m_flow->skip(kMessageGapMillimetres);
        placeText(u"System prompt"_s, strongFormat());
        placeMarkdown(m_conversation.systemPrompt);
    }
}

void PdfWriter::placeMessageLine(const chat::MessageRecord &message)
{
    QStringList details;
    if (message.createdAt.isValid())
        details << exporting::displayTime(message.createdAt);
    if (!message.model.isEmpty())
        details << message.model;
    if (const QString tokens = exporting::usageLine(message.usage); !tokens.isEmpty())
        details << tokens;

    SafeTextDocument document;
    document.setDefaultFont(bodyFont());
    QTextCursor cursor(&document);
    cursor.insertText(message.role == chat::Role::User ? u"User"_s : u"Assistant"_s, strongFormat());
    if (!details.isEmpty())
        cursor.insertText(u"   "_s + details.join(u" · "_s), detailFormat());
    m_flow->place(document);
}

void PdfWriter::beginConversation(const chat::ConversationRecord &conversation)
{
    if (failed())
        return;
    if (m_isHeadingDue)
        endConversation();
    const QString title = conversation.title.trimmed();
    if (!start(title.isEmpty() ? u"Inkchat conversations"_s : title))
        return;
    ++m_conversationCount;
    m_flow->breakPage();
    m_conversation = conversation;
    m_isHeadingDue = true;
    m_headingModel.clear();
    m_models.clear();
}

void PdfWriter::writeMessage(const chat::MessageRecord &message)
{
    if (failed() || !m_flow)
        return;
    if (m_isHeadingDue)
        placeHeading(message.model);
    if (!message.model.isEmpty() && !m_models.contains(message.model))
        m_models << message.model;

    m_flow->skip(kMessageGapMillimetres);
    m_flow->keepSpace(kMessageLineMillimetres);
    placeMessageLine(message);
    if (const QString marker = exporting::statusMarker(message); !marker.isEmpty())
        placeText(marker, strongFormat());
    placeImages(message.attachments);
    const QStringList pieces = exporting::splitAtSeams(message.text, message.seams);
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (i > 0)
            placeText(u"— continued after an interruption —"_s, detailFormat(), Qt::AlignHCenter);
        placeMarkdown(pieces[i]);
    }
}

void PdfWriter::endConversation()
{
    if (failed() || !m_flow)
        return;
    if (m_isHeadingDue) {
        placeHeading({});
        placeText(u"This conversation has no messages."_s, detailFormat());
    }
    // The heading named the first message's model; say so if others answered too.
    if (m_models.size() > 1 || (m_headingModel.isEmpty() && !m_models.isEmpty())) {
        m_flow->skip(kMessageGapMillimetres);
        placeText(u"Models in this conversation: "_s + m_models.join(u", "_s), detailFormat());
    }
    m_models.clear();
}

std::optional<Error> PdfWriter::finish()
{
    if (m_finished)
        return m_error;
    m_finished = true;
    if (!failed() && m_isHeadingDue)
        endConversation();
    if (!failed() && m_conversationCount == 0 && start(u"Inkchat conversations"_s))
        placeText(u"This export holds no conversations."_s, detailFormat());
    if (!failed() && !m_flow->end())
        fail(exporting::pdfEngineFailed(m_path, u"the PDF engine failed"_s));
    if (!failed() && !m_file.commit())
        fail(exporting::cannotWrite(m_path, m_file.errorString()));
    m_flow.reset();
    m_pdf.reset();
    if (failed())
        m_file.cancelWriting();
    return m_error;
}

} // namespace inkchat::platform
