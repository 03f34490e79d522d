#include "readonlytextshortcuts.h"

#include <QKeyEvent>
#include <QKeySequence>
#include <QQuickItem>

namespace inkchat::app {

namespace {

bool isReadOnlyText(const QObject *object)
{
    // TextEdit and TextInput are not public C++ types; their class names
    // and their readOnly property are.
    const QByteArray type = object->metaObject()->className();
    return (type.startsWith("QQuickTextEdit") || type.startsWith("QQuickTextInput"))
           && object->property("readOnly").toBool();
}

} // namespace

bool ReadOnlyTextShortcuts::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride || !isReadOnlyText(watched))
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::SelectAll))
        return false; // the text's own
    key->ignore();    // not the text's: the shortcut map gets it
    return true;
}

} // namespace inkchat::app
