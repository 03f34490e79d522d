#include "conversationtitle.h"

#include <QStringView>

namespace inkchat::chat {

QString titleFromMessage(const QString &message)
{
    QString title;
    for (QStringView line : QStringView(message).split(u'\n')) {
        title = line.toString().simplified();
        if (!title.isEmpty())
            break;
    }
    if (title.size() <= kMaxTitleLength)
        return title;
    qsizetype cut = kMaxTitleLength - 1; // room for the ellipsis
    if (title.at(cut - 1).isHighSurrogate())
        --cut;
    // A word cut in half reads worse than a shorter title.
    const qsizetype space = title.lastIndexOf(u' ', cut);
    if (space > kMaxTitleLength / 2)
        cut = space;
    return title.left(cut).trimmed() + u'…';
}

} // namespace inkchat::chat
