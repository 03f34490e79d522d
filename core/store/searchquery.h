#pragma once

#include <QString>

namespace inkchat::store {

/// Turns what a user typed into an FTS5 MATCH expression that can never be
/// a syntax error: each whitespace-separated term becomes a quoted string
/// (double quotes doubled), and the terms are ANDed. So `foo"`, `AND`, `*`,
/// `-x` and `NEAR(` are searched as text, not read as operators. Control
/// characters (a NUL would end the expression early) count as spaces.
/// Empty when there is nothing to search for.
QString ftsMatchExpression(const QString &userText);

} // namespace inkchat::store
