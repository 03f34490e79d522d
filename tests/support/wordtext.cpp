#include "wordtext.h"

#include <QRandomGenerator>

namespace inkchat::test {

QStringList wordPieces(qsizetype size, qsizetype pieceSize)
{
    QRandomGenerator random(14);
    QStringList vocabulary;
    for (int i = 0; i < 5000; ++i) {
        QString word;
        for (int letter = random.bounded(2, 10); letter > 0; --letter)
            word += QChar(u'a' + random.bounded(26));
        vocabulary.append(word);
    }
    QString text;
    text.reserve(size + 16);
    while (text.size() < size)
        text += vocabulary.at(random.bounded(int(vocabulary.size()))) + u' ';
    text.truncate(size);
    QStringList pieces;
    for (qsizetype at = 0; at < size; at += pieceSize)
        pieces.append(text.mid(at, pieceSize));
    return pieces;
}

} // namespace inkchat::test
