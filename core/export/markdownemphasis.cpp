#include "markdownemphasis.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace inkchat::exporting {

bool isMarkdownPunctuation(QChar c)
{
    const char16_t u = c.unicode();
    const bool isAscii = (u >= u'!' && u <= u'/') || (u >= u':' && u <= u'@')
        || (u >= u'[' && u <= u'`') || (u >= u'{' && u <= u'~');
    return isAscii || c.isPunct() || c.isSymbol();
}

EmphasisRun emphasisRun(QChar ch, int length, QChar before, QChar after)
{
    const bool leftFlanking = !after.isSpace()
        && (!isMarkdownPunctuation(after) || before.isSpace() || isMarkdownPunctuation(before));
    const bool rightFlanking = !before.isSpace()
        && (!isMarkdownPunctuation(before) || after.isSpace() || isMarkdownPunctuation(after));
    EmphasisRun run;
    run.ch = ch;
    run.length = run.remaining = length;
    if (ch == u'*') {
        run.canOpen = leftFlanking;
        run.canClose = rightFlanking;
    } else { // '_' does not emphasise inside words (snake_case_names)
        run.canOpen = leftFlanking && (!rightFlanking || isMarkdownPunctuation(before));
        run.canClose = rightFlanking && (!leftFlanking || isMarkdownPunctuation(after));
    }
    return run;
}

// The openers wait in a stack: a closer pairs with the nearest suitable
// opener below it, and everything between them can no longer pair, which
// is what keeps the tags nested.
void matchEmphasis(QList<EmphasisRun> &runs)
{
    QList<qsizetype> openers;
    // Openers below these stack heights are known not to fit a closer of a
    // given kind ([char][length % 3][can open]), so no search repeats.
    std::array<std::array<std::array<qsizetype, 2>, 3>, 2> bottoms{};
    auto shrink = [&](qsizetype size) {
        openers.resize(size);
        for (auto &byLength : bottoms)
            for (auto &byOpen : byLength)
                for (qsizetype &bottom : byOpen)
                    bottom = std::min(bottom, size);
    };
    for (qsizetype r = 0; r < runs.size(); ++r) {
        EmphasisRun &closer = runs[r];
        while (closer.canClose && closer.remaining > 0) {
            qsizetype &bottom = bottoms[closer.ch == u'*' ? 0 : 1][closer.length % 3][closer.canOpen ? 1 : 0];
            qsizetype found = -1;
            for (qsizetype s = openers.size() - 1; s >= bottom && found < 0; --s) {
                const EmphasisRun &opener = runs[openers[s]];
                // The "rule of 3" keeps "*a**b*" from pairing the wrong runs.
                const bool ruleOfThree = (opener.canClose || closer.canOpen)
                    && (opener.length + closer.length) % 3 == 0
                    && !(opener.length % 3 == 0 && closer.length % 3 == 0);
                if (opener.ch == closer.ch && !ruleOfThree)
                    found = s;
            }
            if (found < 0) {
                bottom = openers.size();
                break;
            }
            shrink(found + 1);
            EmphasisRun &opener = runs[openers[found]];
            const int used = opener.remaining >= 2 && closer.remaining >= 2 ? 2 : 1;
            const QString tag = used == 2 ? u"strong"_s : u"em"_s;
            opener.openTags.prepend(u"<"_s + tag + u">"_s);
            closer.closeTags.append(u"</"_s + tag + u">"_s);
            opener.remaining -= used;
            closer.remaining -= used;
            if (opener.remaining == 0)
                shrink(found);
        }
        if (closer.canOpen && closer.remaining > 0)
            openers.append(r);
    }
}

QString emphasisHtml(const EmphasisRun &run)
{
    return run.closeTags + QString(run.remaining, run.ch) + run.openTags;
}

} // namespace inkchat::exporting
