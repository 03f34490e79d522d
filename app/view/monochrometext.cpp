#include "monochrometext.h"

#include <QFont>
#include <QQuickTextDocument>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

namespace inkchat::app {

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
        connect(m_textDocument, &QTextDocument::contentsChanged, this, &MonochromeText::apply);
    apply();
    Q_EMIT documentChanged();
}

void MonochromeText::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    apply();
    Q_EMIT enabledChanged();
}

void MonochromeText::apply()
{
    // Merging formats changes the contents, which calls us again.
    if (!m_enabled || !m_textDocument || m_applying || m_textDocument->isEmpty())
        return;
    m_applying = true;
    QTextCursor cursor(m_textDocument);
    cursor.select(QTextCursor::Document);
    QTextCharFormat format;
    format.setFontStyleStrategy(QFont::NoAntialias);
    cursor.mergeCharFormat(format);
    m_applying = false;
}

} // namespace inkchat::app
