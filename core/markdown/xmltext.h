#pragma once

#include <QString>
#include <QStringView>

namespace inkchat::markdown {

/// Escapes &, <, >, " and ' for XML text and attribute values, and replaces
/// characters XML 1.0 forbids (controls, unpaired surrogates, U+FFFE/U+FFFF)
/// with U+FFFD.
QString escapeXml(QStringView text);

/// `text` with the characters XML 1.0 forbids as U+FFFD and every line end
/// (CR LF, CR) as LF: what an XML reader would make of it anyway.
QString xmlSafeText(QStringView text);
/// Whether xmlSafeText() would leave `text` as it is (most text).
bool isXmlSafeText(QStringView text);

} // namespace inkchat::markdown
