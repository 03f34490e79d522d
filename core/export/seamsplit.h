#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace inkchat::exporting {

/// Cuts a reply at its continuation seams (MessageRecord::seams) so each
/// piece can be rendered with a marker between them. A fenced code block
/// that a seam cuts is closed at the end of one piece and reopened at the
/// start of the next, so the code after a seam still reads as code. Seams
/// outside the text are ignored; the result has seams + 1 pieces at most.
QStringList splitAtSeams(const QString &markdown, const QList<int> &seams);

} // namespace inkchat::exporting
