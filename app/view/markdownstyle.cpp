#include "markdownstyle.h"

#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace inkchat::app {

MarkdownStyle::MarkdownStyle(QObject *parent) : QObject(parent) {}

void MarkdownStyle::setDocument(QQuickTextDocument *document)
{
    if (document == m_document)
        return;
    if (m_textDocument)
        disconnect(m_textDocument, nullptr, this, nullptr);
    m_document = document;
    m_textDocument = document ? document->textDocument() : nullptr;
    if (m_textDocument) {
        connect(m_textDocument, &QTextDocument::contentsChange, this,
                [this](int position, int, int added) { apply(position, added); });
    }
    applyToAll();
    Q_EMIT documentChanged();
}

void MarkdownStyle::setLinkColor(const QColor &color)
{
    if (color == m_linkColor)
        return;
    m_linkColor = color;
    applyToAll();
    Q_EMIT linkColorChanged();
}

void MarkdownStyle::setTableBorderColor(const QColor &color)
{
    if (color == m_tableBorderColor)
        return;
    m_tableBorderColor = color;
    applyToAll();
    Q_EMIT tableBorderColorChanged();
}

void MarkdownStyle::applyToAll()
{
    if (m_textDocument)
        apply(0, m_textDocument->characterCount());
}

void MarkdownStyle::apply(int position, int length)
{
    // Formatting changes the contents too, which calls us again.
    if (!m_textDocument || m_applying)
        return;
    m_applying = true;
    styleLinks(position, length);
    styleTables();
    m_applying = false;
}

void MarkdownStyle::styleLinks(int position, int length)
{
    QTextCharFormat link;
    link.setFontUnderline(true);
    if (m_linkColor.isValid())
        link.setForeground(m_linkColor);
    const int end = position + length;
    for (QTextBlock block = m_textDocument->findBlock(position); block.isValid() && block.position() <= end;
         block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isAnchor()
                || (format.fontUnderline()
                    && (!m_linkColor.isValid() || format.foreground().color() == m_linkColor)))
                continue;
            QTextCursor cursor(m_textDocument);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(link);
        }
    }
}

void MarkdownStyle::styleTables()
{
    if (!m_tableBorderColor.isValid())
        return;
    // Markdown tables are never nested, and a reply has few of them.
    const QList<QTextFrame *> frames = m_textDocument->rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->format().borderBrush().color() == m_tableBorderColor)
            continue;
        QTextTableFormat format = table->format();
        format.setBorderBrush(m_tableBorderColor);
        table->setFormat(format);
    }
}

} // namespace inkchat::app
