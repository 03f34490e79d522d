#pragma once

#include <QObject>

namespace inkchat::app {

/// Lets the window's shortcuts through read-only text.
///
/// A reply is a read-only TextEdit that takes focus when clicked, so that
/// its text can be selected and copied. Qt 6.4's TextEdit answers the
/// ShortcutOverride that precedes every shortcut with "mine" when it is
/// read-only (the event arrives accepted and it never says otherwise), so
/// after a click into a reply Ctrl+N, Ctrl+F, Ctrl+L and Ctrl+, did
/// nothing. Installed on the application, this filter keeps Copy and
/// Select All for read-only text and hands every other key on to the
/// shortcuts.
class ReadOnlyTextShortcuts : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace inkchat::app
