#pragma once

#include <QColor>
#include <QObject>
#include <QPointer>
#include <QQuickTextDocument>
#include <QtQml/qqmlregistration.h>

class QTextDocument;

namespace inkchat::app {

/// What Qt's Markdown importer leaves to the view: links it only colours
/// (in the palette's link colour, which on e-ink is the text's black, so a
/// link cannot be told from the text around it) are underlined, and tables
/// get borders in the theme's colour instead of a fixed #808080, a grey
/// that an e-ink panel dithers.
///
/// Only text that changed is looked at: while a reply streams, that is its
/// growing last block.
///
///     TextEdit { id: edit; textFormat: TextEdit.MarkdownText }
///     MarkdownStyle { document: edit.textDocument; linkColor: theme.accent; tableBorderColor: theme.border }
class MarkdownStyle : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QQuickTextDocument *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(QColor linkColor READ linkColor WRITE setLinkColor NOTIFY linkColorChanged)
    Q_PROPERTY(QColor tableBorderColor READ tableBorderColor WRITE setTableBorderColor NOTIFY
                   tableBorderColorChanged)

public:
    explicit MarkdownStyle(QObject *parent = nullptr);

    QQuickTextDocument *document() const { return m_document; }
    void setDocument(QQuickTextDocument *document);
    QColor linkColor() const { return m_linkColor; }
    void setLinkColor(const QColor &color);
    QColor tableBorderColor() const { return m_tableBorderColor; }
    void setTableBorderColor(const QColor &color);

Q_SIGNALS:
    void documentChanged();
    void linkColorChanged();
    void tableBorderColorChanged();

private:
    void applyToAll();
    void apply(int position, int length);
    void styleLinks(int position, int length);
    void styleTables();

    QPointer<QQuickTextDocument> m_document;
    QPointer<QTextDocument> m_textDocument;
    QColor m_linkColor;
    QColor m_tableBorderColor;
    bool m_applying = false;
};

} // namespace inkchat::app
