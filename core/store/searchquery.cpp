#include "searchquery.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace inkchat::store {

QString ftsMatchExpression(const QString &userText)
{
    QString cleaned = userText;
    for (QChar &c : cleaned) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    QStringList phrases;
    for (const QString &term : cleaned.simplified().split(u' ', Qt::SkipEmptyParts)) {
        QString quoted = term;
        quoted.replace(u'"', u"\"\""_s);
        phrases.append(u'"' + quoted + u'"');
    }
    return phrases.join(u' ');
}

} // namespace inkchat::store
