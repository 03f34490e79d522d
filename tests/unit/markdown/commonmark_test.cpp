#include "commonmarkhtml.h"

#include "markdown/xhtml.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using inkchat::markdown::markdownToXhtml;
using inkchat::markdown::test::normalizedHtml;

namespace {

/// The elements CommonMark itself writes. An example whose HTML holds any
/// other passes raw HTML through, which the exports show as text instead.
const QSet<QString> kMarkdownElements{
    u"p"_s,  u"h1"_s, u"h2"_s,  u"h3"_s,   u"h4"_s, u"h5"_s,     u"h6"_s, u"hr"_s,         u"br"_s, u"ul"_s,
    u"ol"_s, u"li"_s, u"pre"_s, u"code"_s, u"em"_s, u"strong"_s, u"a"_s,  u"blockquote"_s, u"img"_s};

/// Whether the example shows what the exports render as CommonMark says,
/// rather than what they deliberately do otherwise. Left out:
///  - raw HTML: the sections "HTML blocks" and "Raw HTML", and any example
///    whose HTML holds an element CommonMark does not write itself, or a
///    comment, declaration or processing instruction (<! or <?);
///  - images: HTML with <img (exports show images as links);
///  - relative links: an href that does not start with a scheme
///    ([A-Za-z][A-Za-z0-9+.-]*:), meaningless in a file on its own.
bool isComparable(const QJsonObject &example)
{
    const QString section = example[u"section"_s].toString();
    if (section == u"HTML blocks"_s || section == u"Raw HTML"_s)
        return false;
    const QString html = example[u"html"_s].toString();
    if (html.contains(u"<!"_s) || html.contains(u"<?"_s))
        return false;
    static const QRegularExpression element(u"</?([A-Za-z][A-Za-z0-9-]*)"_s);
    for (const QRegularExpressionMatch &m : element.globalMatch(html)) {
        if (!kMarkdownElements.contains(m.captured(1).toLower()))
            return false;
    }
    if (html.contains(u"<img"_s))
        return false;
    static const QRegularExpression href(u"href=\"([^\"]*)\""_s);
    static const QRegularExpression absolute(u"^[A-Za-z][A-Za-z0-9+.-]*:"_s);
    for (const QRegularExpressionMatch &m : href.globalMatch(html)) {
        if (!absolute.match(m.captured(1)).hasMatch())
            return false;
    }
    return true;
}

QJsonArray specExamples()
{
    QFile file(QStringLiteral(INKCHAT_TEST_DATA_DIR "/commonmark/spec-0.31.2.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

} // namespace

TEST(CommonMarkNormalizer, NormalizesAsTheSpecRunnerDoes)
{
    // normalize.py's own examples.
    EXPECT_EQ(normalizedHtml(u"<p>a  \t b</p>"_s), u"<p>a b</p>"_s);
    EXPECT_EQ(normalizedHtml(u"<p>a  \t\nb</p>"_s), u"<p>a b</p>"_s);
    EXPECT_EQ(normalizedHtml(u" <p>a  b</p>"_s), u"<p>a b</p>"_s);
    EXPECT_EQ(normalizedHtml(u"<p>a  b</p> "_s), u"<p>a b</p>"_s);
    EXPECT_EQ(normalizedHtml(u"\n\t<p>\n\t\ta  b\t\t</p>\n\t"_s), u"<p>a b</p>"_s);
    EXPECT_EQ(normalizedHtml(u"<i>a  b</i> "_s), u"<i>a b</i> "_s);
    EXPECT_EQ(normalizedHtml(u"<br />"_s), u"<br>"_s);
    EXPECT_EQ(normalizedHtml(u"<a title=\"bar\" HREF=\"foo\">x</a>"_s),
              u"<a href=\"foo\" title=\"bar\">x</a>"_s);
    EXPECT_EQ(normalizedHtml(u"&forall;&amp;&gt;&lt;&quot;"_s), u"\u2200&amp;&gt;&lt;&quot;"_s);
    // What tells our XHTML from the reference renderer's HTML goes.
    EXPECT_EQ(normalizedHtml(u"<p>it&#39;s<br/>\nhere</p>\n<hr/>\n"_s),
              normalizedHtml(u"<p>it's<br />\nhere</p>\n<hr />\n"_s));
    EXPECT_NE(normalizedHtml(u"<p>a</p>"_s), normalizedHtml(u"<p>b</p>"_s));
}

TEST(CommonMarkSpec, RendersAtLeast98PercentOfTheExamplesWithoutRawHtmlImagesOrRelativeLinks)
{
    const QJsonArray examples = specExamples();
    ASSERT_EQ(examples.size(), 652) << "tests/data/commonmark/spec-0.31.2.json";
    int compared = 0;
    QStringList failed;
    QStringList differences;
    for (const QJsonValue &value : examples) {
        const QJsonObject example = value.toObject();
        if (!isComparable(example))
            continue;
        ++compared;
        const QString actual = normalizedHtml(markdownToXhtml(example[u"markdown"_s].toString()));
        const QString expected = normalizedHtml(example[u"html"_s].toString());
        if (actual != expected) {
            failed.append(
                u"%1 (%2)"_s.arg(example[u"example"_s].toInt()).arg(example[u"section"_s].toString()));
            differences.append(u"example %1:\n  markdown: %2\n  expected: %3\n  rendered: %4"_s
                                   .arg(example[u"example"_s].toInt())
                                   .arg(example[u"markdown"_s].toString(), expected, actual));
        }
    }
    const int passed = compared - int(failed.size());
    const double score = 100.0 * passed / compared;
    std::printf("CommonMark 0.31.2: %d of %d examples without raw HTML, images or relative links (%.2f %%);"
                " different: %s\n",
                passed, compared, score, qPrintable(failed.join(u", "_s)));
    EXPECT_GE(compared, 450) << "the filter left out more than raw HTML, images and relative links";
    EXPECT_GE(score, 98.0) << qPrintable(differences.join(u"\n"_s));
}
