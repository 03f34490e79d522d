#pragma once

#include <QString>
#include <QStringList>

namespace inkchat {

/// Replaces every occurrence of each secret in text with "[redacted]":
/// as it is and, for secrets of 8 characters or more, in the encodings a
/// server echoes a key in: Base64 (standard and URL-safe, at any position
/// inside a longer encoded value such as "Basic base64(user:key)"),
/// percent-encoded, and with white space between its characters. Secrets
/// shorter than 4 characters are ignored: masking them would mangle
/// ordinary words and protect nothing. Run every error message and log line
/// that may echo a server's words through this before it is shown.
QString redact(QString text, const QStringList &secrets);

} // namespace inkchat
