#pragma once

#include <QString>
#include <QUrl>

namespace inkchat::app {

/// The local path a file dialog chose, or empty if it is not a file on this
/// computer. Qt 6.4's own dialog (the one used without a platform dialog)
/// returns a typed name as a bare absolute path, not a file: URL.
QString localPathOf(const QUrl &file);

} // namespace inkchat::app
