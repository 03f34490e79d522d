#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace inkchat::markdown {

/// The href an exported link may carry, or nullopt if the target must stay
/// plain text. Only http, https and mailto targets pass (in any case), so an
/// export never runs script (javascript:, vbscript:), embeds data (data:) or
/// resolves a relative path against wherever the file was opened.
///
/// White space, control and format characters and Unicode noncharacters are
/// removed everywhere first, as browsers ignore some of them inside a scheme
/// ("java\tscript:"). The result is not escaped; escape it for the attribute.
std::optional<QString> safeLinkTarget(QStringView target);

/// `url` as an href, percent-encoded as CommonMark's reference renderers
/// encode link destinations: characters other than ASCII letters, digits
/// and -_.!~*'();/?:@&=+$,# become %XX of their UTF-8 bytes, except that
/// an existing %XX stays. The result is not escaped for XML (& stays).
QString percentEncodedUrl(QStringView url);

} // namespace inkchat::markdown
