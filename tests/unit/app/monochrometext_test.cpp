// MonochromeText on a TextEdit that a streaming reply grows: code spans lose
// their anti-aliasing, and text that needs nothing is not touched again
// (each format change lays the block out once more).

#include "apptesting.h"

#include "view/monochrometext.h"

#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickTextDocument>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTextDocument>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;
using inkchat::app::MonochromeText;

namespace {

struct MonochromeTextTest : ::testing::Test
{
    void SetUp() override
    {
        // As the e-ink theme sets it (ThemeController::applyAppWide()).
        QFont font = appFont;
        font.setStyleStrategy(QFont::NoAntialias);
        QGuiApplication::setFont(font);
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nTextEdit { textFormat: TextEdit.MarkdownText; width: 300 }",
                          QUrl());
        edit.reset(qobject_cast<QQuickItem *>(component.create()));
        ASSERT_TRUE(edit) << qPrintable(component.errorString());
        plain.reset(qobject_cast<QQuickItem *>(component.create()));
        plainDocument = plain->property("textDocument").value<QQuickTextDocument *>()->textDocument();
        document = edit->property("textDocument").value<QQuickTextDocument *>()->textDocument();
        monochrome.setDocument(edit->property("textDocument").value<QQuickTextDocument *>());
        monochrome.setEnabled(true);
    }

    void TearDown() override { QGuiApplication::setFont(appFont); }

    /// Whether the characters of `word` are drawn without anti-aliasing.
    bool isMonochrome(const QString &word) const
    {
        const int at = document->toPlainText().indexOf(word);
        EXPECT_GE(at, 0) << qPrintable(word);
        const QTextBlock block = document->findBlock(at);
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.position() <= at && at < fragment.position() + fragment.length()) {
                const QFont font = fragment.charFormat().font().resolve(document->defaultFont());
                return font.styleStrategy() & QFont::NoAntialias;
            }
        }
        return false;
    }

    const QFont appFont = QGuiApplication::font();
    QQmlEngine engine;
    std::unique_ptr<QQuickItem> edit;
    QTextDocument *document = nullptr;
    /// The same TextEdit without MonochromeText: what setting the text costs.
    std::unique_ptr<QQuickItem> plain;
    QTextDocument *plainDocument = nullptr;
    MonochromeText monochrome;
};

TEST_F(MonochromeTextTest, CodeSpansAreDrawnWithoutAntialiasing)
{
    edit->setProperty("text", u"Call `frobnicate()` twice, then **stop**."_s);

    EXPECT_TRUE(isMonochrome(u"frobnicate"_s));
    EXPECT_TRUE(isMonochrome(u"twice"_s));
    EXPECT_TRUE(isMonochrome(u"stop"_s));
}

TEST_F(MonochromeTextTest, ProseArrivingChangesNoFormat)
{
    QString reply = u"Some prose first, and more of it."_s;
    edit->setProperty("text", reply);
    plain->setProperty("text", reply);
    QSignalSpy changes(document, &QTextDocument::contentsChange);
    QSignalSpy plainChanges(plainDocument, &QTextDocument::contentsChange);

    // Prose arrives word by word; the new words inherit the app font's
    // style, so nothing is merged (and laid out) after setting the text.
    for (int word = 0; word < 20; ++word) {
        reply += u" word"_s;
        edit->setProperty("text", reply);
        plain->setProperty("text", reply);
    }

    EXPECT_EQ(changes.size(), plainChanges.size()) << "no format pass after each update";
    EXPECT_TRUE(isMonochrome(u"prose"_s));
}

TEST_F(MonochromeTextTest, DisabledItChangesNothing)
{
    monochrome.setEnabled(false);
    QSignalSpy changes(document, &QTextDocument::contentsChange);
    QSignalSpy plainChanges(plainDocument, &QTextDocument::contentsChange);

    edit->setProperty("text", u"Some `code`."_s);
    plain->setProperty("text", u"Some `code`."_s);

    EXPECT_EQ(changes.size(), plainChanges.size());
}

} // namespace
