#include "searchterms.h"

using namespace Qt::StringLiterals;

namespace inkchat::store {

namespace {

bool isUnspacedScript(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
    case QChar::Script_Tibetan:
        return true;
    default:
        return false;
    }
}

/// The words unicode61 makes of a term: runs of letters and numbers.
QStringList wordsOf(const QString &term)
{
    QStringList words;
    QString word;
    for (const char32_t c : term.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        const bool isWordCharacter = (category >= QChar::Letter_Uppercase && category <= QChar::Letter_Other)
                                     || (category >= QChar::Number_DecimalDigit
                                         && category <= QChar::Number_Other)
                                     || (category >= QChar::Mark_NonSpacing
                                         && category <= QChar::Mark_Enclosing);
        if (isWordCharacter) {
            word += QString::fromUcs4(&c, 1);
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

} // namespace

bool hasUnspacedScript(QStringView text)
{
    for (const char32_t c : text.toUcs4()) {
        if (isUnspacedScript(c))
            return true;
    }
    return false;
}

SearchTerms searchTerms(const QString &userText)
{
    QString cleaned = userText;
    for (QChar &c : cleaned) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    SearchTerms terms;
    QStringList phrases;
    for (const QString &term : cleaned.simplified().split(u' ', Qt::SkipEmptyParts)) {
        if (hasUnspacedScript(term)) {
            terms.substrings.append(term);
            terms.words.append(term);
            continue;
        }
        QString quoted = term;
        quoted.replace(u'"', u"\"\""_s);
        phrases.append(u'"' + quoted + u'"');
        terms.words.append(wordsOf(term));
    }
    terms.matchExpression = phrases.join(u' ');
    return terms;
}

} // namespace inkchat::store
