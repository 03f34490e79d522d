#include "epubwriter.h"

#include "exportproblem.h"
#include "seamsplit.h"
#include "transcriptlabels.h"

#include "markdown/xhtml.h"
#include "markdown/xmltext.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QUuid>

#include <zip.h>

#include <filesystem>
#include <system_error>

using namespace Qt::StringLiterals;

namespace inkchat::exporting {

using markdown::escapeXml;
using markdown::markdownToXhtml;

namespace {

constexpr char kMimetype[] = "application/epub+zip";

/// libzip takes file names in UTF-8 on every platform (on Windows it converts
/// them to UTF-16 itself); QFile::encodeName() would give Windows' ANSI code
/// page, and a folder named in another script could not be opened.
QByteArray zipFileName(const QString &path)
{
    return path.toUtf8();
}

constexpr char kContainer[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
    "  <rootfiles>\n"
    "    <rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/>\n"
    "  </rootfiles>\n"
    "</container>\n";

// E-ink panels show black on white best and need no colour; serif reads well
// at small sizes, and code keeps its columns in monospace.
constexpr char kStyleSheet[] =
    "body { font-family: serif; color: #000; background: #fff; line-height: 1.4; }\n"
    "h1 { font-size: 1.5em; margin: 0 0 0.3em 0; }\n"
    "h2.role { font-size: 1.1em; margin: 1.5em 0 0.2em 0; padding-top: 0.4em;"
    " border-top: 1px solid #000; }\n"
    "p.meta { font-size: 0.85em; font-style: italic; margin: 0 0 0.6em 0; }\n"
    "p.marker { font-weight: bold; border: 1px solid #000; padding: 0.2em 0.4em; }\n"
    "p.seam { font-style: italic; text-align: center; margin: 0.6em 0; }\n"
    "p.note { font-style: italic; }\n"
    "code, pre, kbd, samp { font-family: monospace; }\n"
    "pre { white-space: pre-wrap; font-size: 0.85em; padding-left: 0.5em;"
    " border-left: 2px solid #000; }\n"
    "blockquote { margin: 0 0 0 1em; padding-left: 0.5em; border-left: 1px solid #000; }\n"
    "table { border-collapse: collapse; }\n"
    "th, td { border: 1px solid #000; padding: 0.1em 0.4em; }\n"
    "p.images img { max-width: 100%; border: 1px solid #888; margin: 0 0.4em 0.4em 0; }\n";

constexpr int kCopyChunk = 64 * 1024;

/// XML 1.0 forbids most control characters and unpaired surrogates; a model's
/// reply may hold either, and one of them makes the whole chapter unreadable.
QString withoutXmlInvalid(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += c;
            out += text[++i];
            continue;
        }
        const char16_t u = c.unicode();
        const bool allowed = u == u'\t' || u == u'\n' || u == u'\r'
                             || (u >= 0x20 && !c.isSurrogate() && u != 0xFFFE && u != 0xFFFF);
        if (allowed)
            out += c;
    }
    return out;
}

QString text(QStringView plain)
{
    return escapeXml(withoutXmlInvalid(plain));
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate); // seconds, "Z": what dcterms:modified demands
}

QString timeElement(const QDateTime &time)
{
    return u"<time datetime=\""_s + isoTime(time) + u"\">"_s
           + time.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s) + u"</time>"_s;
}

/// The file extension of an image type chat::imageTypeOf() names.
QString imageExtension(const QString &mimeType)
{
    return mimeType == "image/jpeg"_L1 ? u"jpg"_s : mimeType.section(u'/', 1);
}

QString messageXhtml(const chat::MessageRecord &message, int number, const QString &imagesXhtml)
{
    QString out = u"<section class=\"message\" id=\"m"_s + QString::number(number) + u"\">\n"_s
                  + u"<h2 class=\"role\">"_s + roleLabel(message.role) + u"</h2>\n"_s;
    QStringList details;
    if (message.createdAt.isValid())
        details << timeElement(message.createdAt);
    if (!message.model.isEmpty())
        details << text(message.model);
    if (const QString tokens = usageLine(message.usage); !tokens.isEmpty())
        details << tokens;
    if (!details.isEmpty())
        out += u"<p class=\"meta\">"_s + details.join(u" · "_s) + u"</p>\n"_s;
    if (const QString marker = statusMarker(message); !marker.isEmpty())
        out += u"<p class=\"marker\">"_s + text(marker) + u"</p>\n"_s;
    out += imagesXhtml;
    const QStringList pieces = splitAtSeams(message.text, message.seams);
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (i > 0)
            out += u"<p class=\"seam\">— continued after an interruption —</p>\n"_s;
        out += markdownToXhtml(withoutXmlInvalid(pieces[i]));
    }
    return out + u"</section>\n"_s;
}

QString xhtmlHead(const QString &title, const QString &language)
{
    const QString lang = text(language);
    return u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
           "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\""
           " xml:lang=\""_s
           + lang + u"\" lang=\""_s + lang + u"\">\n<head>\n<title>"_s + text(title)
           + u"</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\"/>\n"
             "</head>\n<body>\n"_s;
}

QString chapterTitle(const chat::ConversationRecord &conversation)
{
    const QString title = conversation.title.trimmed();
    return title.isEmpty() ? u"Untitled conversation"_s : title;
}

QString chapterFileName(qsizetype number)
{
    return u"chapter-%1.xhtml"_s.arg(qlonglong(number), 4, 10, QChar(u'0'));
}

bool writeAll(QFile &file, const QByteArray &bytes)
{
    return file.write(bytes) == bytes.size();
}

bool copyAll(QFile &from, QFile &to)
{
    while (!from.atEnd()) {
        const QByteArray chunk = from.read(kCopyChunk);
        if (chunk.isEmpty() || !writeAll(to, chunk))
            return false;
    }
    return true;
}

QString zipErrorText(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString message = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return message;
}

} // namespace

void EpubWriter::ZipDiscard::operator()(struct zip *archive) const
{
    zip_discard(archive);
}

EpubWriter::EpubWriter(const QString &path, EpubOptions options)
    : m_path(QFileInfo(path).absoluteFilePath()),
      m_options(std::move(options))
{
    if (m_options.language.trimmed().isEmpty())
        m_options.language = u"en"_s; // dc:language may not be empty
    // Beside the target, not in /tmp: the same file system makes the final
    // rename atomic, and /tmp is often RAM (tmpfs) on the readers we target.
    m_workDir = std::make_unique<QTemporaryDir>(QFileInfo(m_path).absolutePath()
                                                + u"/.inkchat-epub-XXXXXX"_s);
    if (!m_workDir->isValid()) {
        m_error = cannotOpenForWriting(m_path, m_workDir->errorString());
        return;
    }
    int code = 0;
    m_zip.reset(zip_open(zipFileName(m_workDir->filePath(u"book.epub"_s)).constData(),
                         ZIP_CREATE | ZIP_TRUNCATE, &code));
    if (!m_zip) {
        fail(zipErrorText(code));
        return;
    }
    // Readers identify an EPUB by this entry: first, uncompressed, at a fixed offset.
    zip_source_t *mimetype = zip_source_buffer(m_zip.get(), kMimetype, sizeof kMimetype - 1, 0);
    const zip_int64_t index = mimetype ? zip_file_add(m_zip.get(), "mimetype", mimetype, 0) : -1;
    if (index < 0) {
        zip_source_free(mimetype);
    } else if (zip_set_file_compression(m_zip.get(), zip_uint64_t(index), ZIP_CM_STORE, 0) == 0) {
        zip_source_t *container = zip_source_buffer(m_zip.get(), kContainer, sizeof kContainer - 1, 0);
        if (container && zip_file_add(m_zip.get(), "META-INF/container.xml", container, 0) >= 0)
            return;
        zip_source_free(container);
    }
    fail(QString::fromUtf8(zip_strerror(m_zip.get())));
}

EpubWriter::~EpubWriter() = default;

void EpubWriter::fail(const QString &what)
{
    if (!m_error)
        m_error = cannotWrite(m_path, what);
}

bool EpubWriter::addEntry(const QString &name, const QString &localFile, bool isCompressed)
{
    // libzip reads the file only in zip_close(), a chunk at a time.
    zip_source_t *source = zip_source_file(m_zip.get(), zipFileName(localFile).constData(), 0, -1);
    const zip_int64_t index = source ? zip_file_add(m_zip.get(), name.toUtf8().constData(), source,
                                                    ZIP_FL_ENC_UTF_8)
                                     : -1;
    if (index >= 0
        && (isCompressed || zip_set_file_compression(m_zip.get(), zip_uint64_t(index), ZIP_CM_STORE, 0) == 0))
        return true;
    if (index < 0)
        zip_source_free(source);
    fail(QString::fromUtf8(zip_strerror(m_zip.get())));
    return false;
}

bool EpubWriter::writeLocalFile(const QString &fileName, const QByteArray &contents)
{
    QFile file(m_workDir->filePath(fileName));
    if (file.open(QIODevice::WriteOnly) && writeAll(file, contents) && file.flush())
        return true;
    fail(file.errorString());
    return false;
}

void EpubWriter::appendToBody(const QString &xhtml)
{
    if (!writeAll(m_body, xhtml.toUtf8()))
        fail(m_body.errorString());
}

void EpubWriter::beginConversation(const chat::ConversationRecord &conversation)
{
    Q_ASSERT(!m_body.isOpen());
    if (failed())
        return;
    if (m_body.isOpen())
        endConversation();
    if (++m_conversationCount == 1)
        m_firstUuid = conversation.uuid;
    if (conversation.createdAt.isValid() && (!m_earliest.isValid() || conversation.createdAt < m_earliest))
        m_earliest = conversation.createdAt;
    m_conversation = conversation;
    m_conversationModels.clear();
    m_messageCount = 0;
    m_body.setFileName(m_workDir->filePath(u"body.part"_s));
    if (!m_body.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail(m_body.errorString());
}

void EpubWriter::writeMessage(const chat::MessageRecord &message)
{
    Q_ASSERT(m_body.isOpen() || failed());
    if (failed() || !m_body.isOpen())
        return;
    if (!message.model.isEmpty()) {
        if (!m_conversationModels.contains(message.model))
            m_conversationModels << message.model;
        if (!m_models.contains(message.model))
            m_models << message.model;
    }
    appendToBody(messageXhtml(message, ++m_messageCount, addImages(message.attachments)));
}

QString EpubWriter::addImages(const chat::Attachments &attachments)
{
    if (attachments.isEmpty())
        return {};
    QString xhtml = u"<p class=\"images\">"_s;
    for (const chat::Attachment &image : attachments) {
        const QString fileName = addImage(image);
        if (failed())
            return {};
        if (fileName.isEmpty())
            xhtml += u"<span class=\"marker\">"_s + text(imageLeftOutNote(image)) + u"</span>"_s;
        else
            xhtml += u"<img src=\""_s + fileName + u"\" alt=\""_s + text(imageAltText(image)) + u"\"/>"_s;
    }
    return xhtml + u"</p>\n"_s;
}

QString EpubWriter::addImage(const chat::Attachment &image)
{
    QString type = chat::imageTypeOf(image.data);
    QByteArray png;
    if (type == "image/webp"_L1 && m_options.webpToPng) {
        png = m_options.webpToPng(image.data);
        if (chat::imageTypeOf(png) != "image/png"_L1)
            return {};
        type = u"image/png"_s;
    }
    if (type.isEmpty())
        return {};
    // Written beside the chapters and added as they are: libzip reads the
    // file when the book is closed, so memory holds one image at a time.
    // Stored, not deflated: these formats are compressed already.
    const QString fileName =
        u"image-%1.%2"_s.arg(m_images.size() + 1, 4, 10, QChar(u'0')).arg(imageExtension(type));
    if (!writeLocalFile(fileName, png.isEmpty() ? image.data : png)
        || !addEntry(u"OEBPS/"_s + fileName, m_workDir->filePath(fileName), false))
        return {};
    m_images.append({fileName, type});
    return fileName;
}

void EpubWriter::endConversation()
{
    Q_ASSERT(m_body.isOpen() || failed());
    if (failed() || !m_body.isOpen())
        return;
    if (m_messageCount == 0)
        appendToBody(u"<p class=\"note\">This conversation has no messages.</p>\n"_s);
    m_body.close(); // flushes: a full disk shows here
    if (m_body.error() != QFileDevice::NoError)
        fail(m_body.errorString());
    if (failed())
        return;
    const Chapter chapter{chapterFileName(m_chapters.size() + 1), chapterTitle(m_conversation)};
    const QString chapterPath = m_workDir->filePath(chapter.fileName);
    if (assembleChapter(chapterPath) && addEntry(u"OEBPS/"_s + chapter.fileName, chapterPath))
        m_chapters << chapter;
    m_body.remove();
}

// The header names the models, known only once every message is in: it is
// written now, ahead of the body streamed to its own file until then.
bool EpubWriter::assembleChapter(const QString &chapterPath)
{
    const QString title = chapterTitle(m_conversation);
    QString head = xhtmlHead(title, m_options.language) + u"<header>\n<h1>"_s + text(title) + u"</h1>\n"_s;
    QStringList dates;
    if (m_conversation.createdAt.isValid())
        dates << u"Started "_s + timeElement(m_conversation.createdAt);
    if (m_conversation.updatedAt.isValid())
        dates << u"last message "_s + timeElement(m_conversation.updatedAt);
    if (!dates.isEmpty())
        head += u"<p class=\"meta\">"_s + dates.join(u" · "_s) + u"</p>\n"_s;
    if (!m_conversationModels.isEmpty()) {
        head += (m_conversationModels.size() == 1 ? u"<p class=\"meta\">Model: "_s
                                                  : u"<p class=\"meta\">Models: "_s)
                + text(m_conversationModels.join(u", "_s)) + u"</p>\n"_s;
    }
    head += u"</header>\n"_s;
    if (!m_conversation.systemPrompt.trimmed().isEmpty()) {
        head += u"<section class=\"system\">\n<h2 class=\"role\">System prompt</h2>\n"_s
                + markdownToXhtml(withoutXmlInvalid(m_conversation.systemPrompt)) + u"</section>\n"_s;
    }

    QFile chapter(chapterPath);
    const bool written = chapter.open(QIODevice::WriteOnly) && writeAll(chapter, head.toUtf8())
                         && m_body.open(QIODevice::ReadOnly) && copyAll(m_body, chapter)
                         && writeAll(chapter, "</body>\n</html>\n") && chapter.flush();
    m_body.close();
    if (!written)
        fail(chapter.error() != QFileDevice::NoError ? chapter.errorString() : m_body.errorString());
    return written;
}

void EpubWriter::addEmptyBookNote()
{
    const Chapter chapter{chapterFileName(1), u"No conversations"_s};
    const QString page = xhtmlHead(chapter.title, m_options.language) + u"<h1>"_s + text(chapter.title)
                         + u"</h1>\n<p class=\"note\">This book holds no conversations: the "
                           "export had none to write.</p>\n</body>\n</html>\n"_s;
    if (writeLocalFile(chapter.fileName, page.toUtf8())
        && addEntry(u"OEBPS/"_s + chapter.fileName, m_workDir->filePath(chapter.fileName)))
        m_chapters << chapter;
}

QString EpubWriter::bookTitle() const
{
    if (m_conversationCount == 1 && !m_chapters.isEmpty())
        return m_chapters.first().title;
    return m_options.title.trimmed().isEmpty() ? u"Inkchat conversations"_s : m_options.title;
}

QString EpubWriter::bookIdentifier() const
{
    // One conversation keeps its identity, so a re-export updates the same
    // book on a reader instead of adding a copy.
    QUuid id = m_conversationCount == 1 ? QUuid::fromString(m_firstUuid) : QUuid();
    if (id.isNull())
        id = QUuid::createUuid();
    return u"urn:uuid:"_s + id.toString(QUuid::WithoutBraces);
}

QByteArray EpubWriter::packageDocument() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString lang = text(m_options.language);
    QString opf = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                  "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\""
                  " unique-identifier=\"book-id\" xml:lang=\""_s
                  + lang
                  + u"\">\n<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                    "<dc:identifier id=\"book-id\">"_s
                  + bookIdentifier() + u"</dc:identifier>\n<dc:title>"_s + text(bookTitle())
                  + u"</dc:title>\n<dc:language>"_s + lang + u"</dc:language>\n<dc:date>"_s
                  + isoTime(m_earliest.isValid() ? m_earliest : now)
                  + u"</dc:date>\n<dc:publisher>Inkchat</dc:publisher>\n"_s;
    for (const QString &model : m_models)
        opf += u"<dc:contributor>"_s + text(model) + u"</dc:contributor>\n"_s;
    opf += u"<meta property=\"dcterms:modified\">"_s + isoTime(now)
           + u"</meta>\n</metadata>\n<manifest>\n"
             "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n"
             "<item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>\n"_s;
    QString spine;
    for (qsizetype i = 0; i < m_chapters.size(); ++i) {
        const QString id = u"c"_s + QString::number(i + 1);
        opf += u"<item id=\""_s + id + u"\" href=\""_s + m_chapters[i].fileName
               + u"\" media-type=\"application/xhtml+xml\"/>\n"_s;
        spine += u"<itemref idref=\""_s + id + u"\"/>\n"_s;
    }
    for (qsizetype i = 0; i < m_images.size(); ++i) {
        opf += u"<item id=\"i"_s + QString::number(i + 1) + u"\" href=\""_s + m_images[i].fileName
               + u"\" media-type=\""_s + m_images[i].mimeType + u"\"/>\n"_s;
    }
    opf += u"</manifest>\n<spine>\n"_s + spine + u"</spine>\n</package>\n"_s;
    return opf.toUtf8();
}

QByteArray EpubWriter::navigationDocument() const
{
    QString nav = xhtmlHead(u"Contents"_s, m_options.language)
                  + u"<nav epub:type=\"toc\" id=\"toc\">\n<h1>Contents</h1>\n<ol>\n"_s;
    for (const Chapter &chapter : m_chapters) {
        nav += u"<li><a href=\""_s + chapter.fileName + u"\">"_s + text(chapter.title) + u"</a></li>\n"_s;
    }
    return (nav + u"</ol>\n</nav>\n</body>\n</html>\n"_s).toUtf8();
}

std::optional<Error> EpubWriter::finish()
{
    if (m_finished)
        return m_error;
    m_finished = true;
    if (!failed() && m_body.isOpen())
        endConversation();
    if (!failed() && m_chapters.isEmpty())
        addEmptyBookNote();
    const auto addGenerated = [this](const QString &name, const QByteArray &contents) {
        return !failed() && writeLocalFile(name, contents)
               && addEntry(u"OEBPS/"_s + name, m_workDir->filePath(name));
    };
    addGenerated(u"style.css"_s, QByteArray(kStyleSheet));
    addGenerated(u"nav.xhtml"_s, navigationDocument());
    addGenerated(u"content.opf"_s, packageDocument());

    if (!failed()) {
        struct zip *archive = m_zip.release();
        if (zip_close(archive) != 0) {
            fail(QString::fromUtf8(zip_strerror(archive)));
            zip_discard(archive);
        }
    }
    if (!failed()) {
        std::error_code error;
        std::filesystem::rename(QFileInfo(m_workDir->filePath(u"book.epub"_s)).filesystemFilePath(),
                                QFileInfo(m_path).filesystemFilePath(), error);
        if (error)
            fail(QString::fromStdString(error.message()));
    }
    m_zip.reset();
    m_workDir.reset();
    return m_error;
}

} // namespace inkchat::exporting
