#pragma once

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <QQuickTextDocument>
class QTextDocument;

namespace inkchat::app {

/// Keeps a TextEdit's rich text free of anti-aliasing, for e-ink.
///
/// The application font already asks for no anti-aliasing, and text in the
/// document's default font inherits that. But Qt's Markdown importer gives
/// code spans and code blocks the system's fixed font, which brings its own
/// (anti-aliased) style; greys smear and ghost on an e-ink panel. So the
/// text that changed is looked at after every change, and only the pieces
/// that ask for anti-aliasing are told not to: changing a format lays its
/// block out again, and doing that to the whole document after every update
/// of a streaming reply was half the e-ink profile's CPU time.
///
///     TextEdit { id: edit }
///     MonochromeText { document: edit.textDocument; enabled: theme.isEink }
class MonochromeText : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QQuickTextDocument *document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(bool enabled READ isEnabled WRITE setEnabled NOTIFY enabledChanged)

public:
    explicit MonochromeText(QObject *parent = nullptr);

    QQuickTextDocument *document() const { return m_document; }
    void setDocument(QQuickTextDocument *document);
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);

Q_SIGNALS:
    void documentChanged();
    void enabledChanged();

private:
    void onContentsChange(int position, int charsRemoved, int charsAdded);
    /// Turns anti-aliasing off in [from, to) where a format turned it on.
    void apply(int from, int to);
    void applyToAll();

    QPointer<QQuickTextDocument> m_document;
    QPointer<QTextDocument> m_textDocument;
    bool m_enabled = false;
    bool m_applying = false;
};

} // namespace inkchat::app
