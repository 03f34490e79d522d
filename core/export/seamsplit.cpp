#include "seamsplit.h"

#include "markdown/codefence.h"

#include <algorithm>

namespace inkchat::exporting {

QStringList splitAtSeams(const QString &markdown, const QList<int> &seams)
{
    QList<qsizetype> cuts;
    for (qsizetype seam : seams) {
        if (seam <= 0 || seam > markdown.size())
            continue;
        // Never part a surrogate pair: the halves are not text on their own.
        if (seam < markdown.size() && markdown[seam].isLowSurrogate() && markdown[seam - 1].isHighSurrogate())
            --seam;
        if (seam > 0)
            cuts << seam;
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    cuts << markdown.size();

    QStringList pieces;
    QString reopen;
    qsizetype from = 0;
    for (qsizetype i = 0; i < cuts.size(); ++i) {
        QString piece = reopen + markdown.sliced(from, cuts[i] - from);
        reopen.clear();
        const bool last = i + 1 == cuts.size();
        if (const auto fence = markdown::unclosedFence(piece); fence && !last) {
            if (!piece.endsWith(u'\n'))
                piece += u'\n';
            piece += fence->closingLine();
            reopen = fence->openingLine() + u'\n';
        }
        pieces << piece;
        from = cuts[i];
    }
    return pieces;
}

} // namespace inkchat::exporting
