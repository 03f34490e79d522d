// core/ must stay free of Gui, Qml and Quick (ARCHITECTURE.md): the CLI and
// the tests link it without a display. The linker would not notice a header
// only include, so this test reads the sources.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

TEST(CoreLayering, IncludesNoGuiQmlOrQuickHeader)
{
    const QRegularExpression forbidden(
        uR"(^\s*#\s*include\s*[<"](QtGui|QtQml|QtQuick|QtWidgets|QGui|QQml|QQuick|QImage|QColor|QFont|QPainter|QPixmap|QTextDocument|QWidget)\b)"_s,
        QRegularExpression::MultilineOption);
    QStringList offenders;
    int files = 0;
    QDirIterator it(QStringLiteral(INKCHAT_CORE_SOURCE_DIR), {u"*.h"_s, u"*.cpp"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(file.fileName());
        ++files;
        const auto match = forbidden.match(QString::fromUtf8(file.readAll()));
        if (match.hasMatch())
            offenders.append(file.fileName() + u": "_s + match.captured(0).trimmed());
    }
    EXPECT_GT(files, 10) << "the core sources were not found";
    EXPECT_TRUE(offenders.isEmpty()) << qPrintable(offenders.join(u'\n'));
}

} // namespace
