#pragma once

#include <QStringList>

namespace inkchat::test {

/// Words of a made-up vocabulary (5,000 words of 2 to 9 letters, drawn with
/// a fixed seed) cut into pieces of `pieceSize` characters (the last one
/// shorter) that add up to `size` characters: text a search index has real
/// work with, unlike one letter repeated. The same arguments give the same
/// text.
QStringList wordPieces(qsizetype size, qsizetype pieceSize = 400);

} // namespace inkchat::test
