#include "monochrometext.h"

#include <QFont>
#include <QList>
#include <QQuickTextDocument>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

#include <utility>

namespace inkchat::app {

namespace {

bool drawsAntialiased(const QTextCharFormat &format, bool byDefault)
{
    if (!format.hasProperty(QTextFormat::FontStyleStrategy))
        return byDefault;
    return !(format.fontStyleStrategy() & QFont::NoAntialias);
}

} // namespace

MonochromeText::MonochromeText(QObject *parent) : QObject(parent) {}

void MonochromeText::setDocument(QQuickTextDocument *document)
{
    if (document == m_document)
        return;
    if (m_textDocument)
        disconnect(m_textDocument, nullptr, this, nullptr);
    m_document = document;
    m_textDocument = document ? document->textDocument() : nullptr;
    if (m_textDocument)
        connect(m_textDocument, &QTextDocument::contentsChange, this, &MonochromeText::onContentsChange);
    applyToAll();
    Q_EMIT documentChanged();
}

void MonochromeText::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    applyToAll();
    Q_EMIT enabledChanged();
}

void MonochromeText::onContentsChange(int position, int charsRemoved, int charsAdded)
{
    Q_UNUSED(charsRemoved)
    if (charsAdded > 0)
        apply(position, position + charsAdded);
}

void MonochromeText::applyToAll()
{
    if (m_textDocument)
        apply(0, m_textDocument->characterCount());
}

void MonochromeText::apply(int from, int to)
{
    // Merging formats changes the contents, which calls us again.
    if (!m_enabled || !m_textDocument || m_applying)
        return;
    const bool byDefault = !(m_textDocument->defaultFont().styleStrategy() & QFont::NoAntialias);
    QList<std::pair<int, int>> ranges;
    for (QTextBlock block = m_textDocument->findBlock(from); block.isValid() && block.position() < to;
         block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const int start = fragment.position();
            const int end = start + fragment.length();
            if (end > from && start < to && drawsAntialiased(fragment.charFormat(), byDefault))
                ranges.append({start, end});
        }
    }
    if (ranges.isEmpty())
        return;

    m_applying = true;
    QTextCharFormat format;
    format.setFontStyleStrategy(QFont::NoAntialias);
    QTextCursor cursor(m_textDocument);
    cursor.beginEditBlock();
    for (const auto &[start, end] : std::as_const(ranges)) {
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format);
    }
    cursor.endEditBlock();
    m_applying = false;
}

} // namespace inkchat::app
