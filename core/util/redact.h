#pragma once

#include <QString>
#include <QStringList>

namespace inkchat {

/// Replaces every occurrence of each secret in text with "[redacted]".
/// Secrets shorter than 4 characters are ignored: masking them would mangle
/// ordinary words and protect nothing. Run every error message and log line
/// that may echo a server's words through this before it is shown.
QString redact(QString text, const QStringList &secrets);

} // namespace inkchat
