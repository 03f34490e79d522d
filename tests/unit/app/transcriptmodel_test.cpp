#include "models/transcriptmodel.h"
#include "view/attachmentimages.h"

#include <QAbstractItemModelTester>
#include <QList>
#include <QMetaEnum>
#include <QString>

#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>

using namespace Qt::StringLiterals;
using inkchat::app::TranscriptMessage;
using inkchat::app::TranscriptModel;
using inkchat::chat::MessageStatus;
using inkchat::chat::Role;

namespace {

/// A row as QML sees it, so one comparison checks every role.
struct Row
{
    QString kind, text, language, role;
    int messageIndex = -1;
    bool isFirst = false, isLast = false, isContinuation = false;
    QString status, errorText;

    friend bool operator==(const Row &, const Row &) = default;
    friend void PrintTo(const Row &r, std::ostream *os)
    {
        *os << r.role.toStdString() << '#' << r.messageIndex << ' ' << r.kind.toStdString()
            << (r.isFirst ? " first" : "") << (r.isLast ? " last" : "") << (r.isContinuation ? " cont" : "")
            << " [" << r.language.toStdString() << "] " << r.status.toStdString() << ' '
            << r.errorText.toStdString() << " \"" << r.text.toStdString() << '"';
    }
};

/// Every model in these tests runs under the tester, which aborts on any
/// inconsistent signal or row count.
struct CheckedModel
{
    TranscriptModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};

    QList<Row> rows() const
    {
        QList<Row> result;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex i = model.index(r);
            const auto get = [&](int role) { return model.data(i, role); };
            // The typed roles, by their enum keys ("Code" reads "code").
            const auto key = [&]<typename Enum>(int role, Enum) {
                return QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(get(role).toInt()))
                    .toLower();
            };
            result.append({key(TranscriptModel::KindRole, TranscriptModel::BlockKind{}),
                           get(TranscriptModel::TextRole).toString(),
                           get(TranscriptModel::LanguageRole).toString(),
                           key(TranscriptModel::SenderRole, inkchat::chat::Role{}),
                           get(TranscriptModel::MessageIndexRole).toInt(),
                           get(TranscriptModel::IsFirstInMessageRole).toBool(),
                           get(TranscriptModel::IsLastInMessageRole).toBool(),
                           get(TranscriptModel::IsContinuationRole).toBool(),
                           key(TranscriptModel::StatusRole, MessageStatus{}),
                           get(TranscriptModel::ErrorTextRole).toString()});
        }
        return result;
    }
};

/// What the model signalled, in order.
struct Signals
{
    struct Event
    {
        QString type;
        int first = -1, last = -1;
        QList<int> roles; ///< sorted
    };
    QList<Event> events;
    QList<QMetaObject::Connection> connections;

    explicit Signals(TranscriptModel &model)
    {
        connections << QObject::connect(
            &model, &QAbstractItemModel::dataChanged,
            [this](const QModelIndex &tl, const QModelIndex &br, const QList<int> &roles) {
                QList<int> sorted = roles;
                std::sort(sorted.begin(), sorted.end());
                events.append({u"changed"_s, tl.row(), br.row(), sorted});
            });
        connections << QObject::connect(&model, &QAbstractItemModel::rowsInserted,
                                        [this](const QModelIndex &, int first, int last) {
                                            events.append({u"inserted"_s, first, last, {}});
                                        });
        const auto other = [this](const QString &type) {
            return [this, type] { events.append({type, -1, -1, {}}); };
        };
        connections << QObject::connect(&model, &QAbstractItemModel::rowsRemoved, other(u"removed"_s));
        connections << QObject::connect(&model, &QAbstractItemModel::rowsMoved, other(u"moved"_s));
        connections << QObject::connect(&model, &QAbstractItemModel::modelReset, other(u"reset"_s));
        connections << QObject::connect(&model, &QAbstractItemModel::layoutChanged, other(u"layout"_s));
    }
    ~Signals()
    {
        for (const auto &c : connections)
            QObject::disconnect(c);
    }
};

QString longReply()
{
    QString text =
        u"Here is the plan.\nIt has two lines.\n\n1. First step\n\n   with details\n2. Second\n\n"_s;
    text += u"```cpp\n"_s;
    for (int i = 0; i < 100; ++i)
        text += u"int x%1 = %1;\n"_s.arg(i);
    text += u"```\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"_s;
    for (int i = 0; i < 80; ++i)
        text += u"Line %1 of a long paragraph\n"_s.arg(i);
    return text + u"\nDone."_s;
}

/// The reply cut into tokens of 1 to 5 characters.
QList<QString> tokens(const QString &text)
{
    QList<QString> result;
    for (qsizetype at = 0, i = 0; at < text.size(); ++i) {
        const qsizetype size = 1 + i % 5;
        result.append(text.mid(at, size));
        at += size;
    }
    return result;
}

TranscriptMessage user(const QString &text)
{
    return {Role::User, text, MessageStatus::Complete, {}};
}

TranscriptMessage assistant(const QString &text, MessageStatus status = MessageStatus::Complete)
{
    return {Role::Assistant, text, status, {}};
}

/// A user message and a reply streamed token by token into `checked`.
void streamReply(CheckedModel &checked, const QString &reply)
{
    checked.model.appendMessage(user(u"Plan it"_s));
    const int index = checked.model.appendMessage(assistant({}, MessageStatus::Streaming));
    QString text;
    for (const QString &token : tokens(reply)) {
        text += token;
        checked.model.setMessageText(index, text);
    }
}

TEST(TranscriptModel, StreamingTokenByTokenGivesTheSameRowsAsSettingTheTextAtOnce)
{
    CheckedModel streamed;
    streamReply(streamed, longReply());
    streamed.model.setMessageStatus(1, MessageStatus::Complete);

    CheckedModel atOnce;
    atOnce.model.setMessages({user(u"Plan it"_s), assistant(longReply())});
    EXPECT_EQ(streamed.rows(), atOnce.rows());

    const QList<Row> rows = atOnce.rows();
    ASSERT_GE(rows.size(), 8);
    EXPECT_EQ(rows.at(0),
              (Row{u"plain"_s, u"Plan it"_s, {}, u"user"_s, 0, true, true, false, u"complete"_s, {}}));
    EXPECT_EQ(rows.at(1).text, u"Here is the plan.\nIt has two lines."_s);
    EXPECT_EQ(rows.at(2), (Row{u"markdown"_s,
                               u"1. First step\n\n   with details\n2. Second"_s,
                               {},
                               u"assistant"_s,
                               1,
                               false,
                               false,
                               false,
                               u"complete"_s,
                               {}}));
    EXPECT_EQ(rows.at(3).kind, u"code"_s);
    EXPECT_EQ(rows.at(3).language, u"cpp"_s);
    EXPECT_TRUE(rows.at(4).isContinuation);
    EXPECT_EQ(rows.at(5).text, u"| a | b |\n|---|---|\n| 1 | 2 |"_s);
    EXPECT_TRUE(rows.constLast().isLast);
    EXPECT_EQ(rows.constLast().text, u"Done."_s);
}

TEST(TranscriptModel, StreamingSignalsOnlyTheLastRowAndInsertsAtTheEnd)
{
    CheckedModel checked;
    TranscriptModel &model = checked.model;
    model.appendMessage(user(u"Plan it"_s));
    const int index = model.appendMessage(assistant({}, MessageStatus::Streaming));
    const QList<int> textOnly{TranscriptModel::TextRole};
    const QList<int> lastChanged{TranscriptModel::IsLastInMessageRole};
    const QList<int> textAndLastChanged{TranscriptModel::TextRole, TranscriptModel::IsLastInMessageRole};
    int insertions = 0;
    QString text;
    for (const QString &token : tokens(longReply())) {
        text += token;
        const int rowsBefore = model.rowCount();
        Signals spy(model);
        model.setMessageText(index, text);
        bool inserted = false;
        for (const auto &event : std::as_const(spy.events)) {
            if (event.type == u"inserted"_s) {
                EXPECT_EQ(event.first, rowsBefore) << "rows were inserted before the end";
                inserted = true;
                ++insertions;
            }
        }
        for (const auto &event : std::as_const(spy.events)) {
            if (event.type == u"inserted"_s)
                continue;
            ASSERT_EQ(event.type, u"changed"_s) << "after " << text.size() << " characters";
            EXPECT_EQ(event.first, rowsBefore - 1) << "only the old last row may change";
            EXPECT_EQ(event.last, event.first);
            if (inserted)
                EXPECT_TRUE(event.roles == lastChanged || event.roles == textAndLastChanged);
            else
                EXPECT_EQ(event.roles, textOnly);
        }
        EXPECT_LE(spy.events.size(), 2);
    }
    EXPECT_GE(insertions, 7);
}

TEST(TranscriptModel, EndingAReplySignalsOnlyItsStatusRoles)
{
    CheckedModel checked;
    streamReply(checked, longReply());
    const int rows = checked.model.rowCount();
    {
        Signals spy(checked.model);
        checked.model.setMessageStatus(1, MessageStatus::Complete);
        ASSERT_EQ(spy.events.size(), 1);
        const auto &event = spy.events.constFirst();
        EXPECT_EQ(event.type, u"changed"_s);
        EXPECT_EQ(event.first, 1) << "the user's message is not touched";
        EXPECT_EQ(event.last, rows - 1);
        EXPECT_EQ(event.roles, QList<int>{TranscriptModel::StatusRole});
    }
    {
        Signals spy(checked.model);
        checked.model.setMessageStatus(1, MessageStatus::Error, u"boom"_s);
        ASSERT_EQ(spy.events.size(), 1);
        EXPECT_EQ(spy.events.constFirst().roles,
                  (QList<int>{TranscriptModel::StatusRole, TranscriptModel::ErrorTextRole}));
        checked.model.setMessageStatus(1, MessageStatus::Error, u"boom"_s);
        EXPECT_EQ(spy.events.size(), 1) << "nothing changed";
    }
    for (const Row &row : checked.rows().sliced(1)) {
        EXPECT_EQ(row.status, u"error"_s);
        EXPECT_EQ(row.errorText, u"boom"_s);
    }
    EXPECT_EQ(checked.model.message(1).status, MessageStatus::Error);
}

TEST(TranscriptModel, EndingAReplyShowsALineHeldBackAsAPossibleFence)
{
    CheckedModel checked;
    const int index = checked.model.appendMessage(assistant({}, MessageStatus::Streaming));
    checked.model.setMessageText(index, u"Text\n``"_s);
    EXPECT_EQ(checked.rows().constFirst().text, u"Text"_s);

    Signals spy(checked.model);
    checked.model.setMessageStatus(index, MessageStatus::Interrupted, u"connection lost"_s);
    EXPECT_EQ(checked.rows().constFirst().text, u"Text\n``"_s);
    ASSERT_EQ(spy.events.size(), 2);
    EXPECT_EQ(spy.events.at(1).roles, QList<int>{TranscriptModel::TextRole});
}

TEST(TranscriptModel, AReplyWithoutTextYetHasOneEmptyRow)
{
    CheckedModel checked;
    const int index = checked.model.appendMessage(assistant({}, MessageStatus::Streaming));
    EXPECT_EQ(
        checked.rows(),
        (QList<Row>{{u"markdown"_s, {}, {}, u"assistant"_s, 0, true, true, false, u"streaming"_s, {}}}));

    Signals spy(checked.model);
    checked.model.setMessageText(index, u"Hi"_s);
    ASSERT_EQ(spy.events.size(), 1);
    EXPECT_EQ(spy.events.constFirst().roles, QList<int>{TranscriptModel::TextRole});
    EXPECT_EQ(checked.rows().constFirst().text, u"Hi"_s);
}

TEST(TranscriptModel, CopiesAWholeCodeBlockAndAWholeMessageFromAnyOfItsRows)
{
    CheckedModel checked;
    QString code;
    for (int i = 0; i < 150; ++i)
        code += u"print(%1)\r\n"_s.arg(i);
    code.chop(2);
    const QString reply = u"Intro\n\n~~~python\r\n"_s + code + u"\r\n~~~\nOutro"_s;
    checked.model.setMessages({user(u"Code please"_s), assistant(reply)});

    const QList<Row> rows = checked.rows();
    ASSERT_EQ(rows.size(), 6);
    for (int row = 2; row <= 4; ++row) {
        EXPECT_EQ(rows.at(row).kind, u"code"_s);
        EXPECT_EQ(rows.at(row).isContinuation, row > 2);
        EXPECT_EQ(checked.model.codeText(row), code);
    }
    EXPECT_EQ(checked.model.codeText(1), QString()) << "no code";
    EXPECT_EQ(checked.model.codeText(0), QString());
    EXPECT_EQ(checked.model.codeText(99), QString());
    for (int row = 1; row < rows.size(); ++row)
        EXPECT_EQ(checked.model.messageText(row), reply);
    EXPECT_EQ(checked.model.messageText(0), u"Code please"_s);
}

TEST(TranscriptModel, SetMessagesAndClearResetTheModel)
{
    CheckedModel checked;
    Signals spy(checked.model);
    checked.model.setMessages({user(u"a"_s), assistant(u"b\n\nc"_s), user(u"d"_s)});
    EXPECT_EQ(checked.model.messageCount(), 3);
    EXPECT_EQ(checked.model.rowCount(), 4);
    const QList<Row> rows = checked.rows();
    EXPECT_EQ(rows.at(1),
              (Row{u"markdown"_s, u"b"_s, {}, u"assistant"_s, 1, true, false, false, u"complete"_s, {}}));
    EXPECT_EQ(rows.at(2),
              (Row{u"markdown"_s, u"c"_s, {}, u"assistant"_s, 1, false, true, false, u"complete"_s, {}}));
    EXPECT_EQ(rows.at(3).messageIndex, 2);

    checked.model.clear();
    EXPECT_EQ(checked.model.rowCount(), 0);
    EXPECT_EQ(checked.model.messageCount(), 0);
    ASSERT_EQ(spy.events.size(), 2);
    EXPECT_EQ(spy.events.at(0).type, u"reset"_s);
    EXPECT_EQ(spy.events.at(1).type, u"reset"_s);
}

TEST(TranscriptModel, GrowingAnEarlierMessageMovesTheRowsAfterIt)
{
    CheckedModel checked;
    checked.model.setMessages({assistant(u"a"_s, MessageStatus::Streaming), user(u"next"_s)});
    checked.model.setMessageText(0, u"a\n\nb\n\nc"_s);
    checked.model.setMessageText(1, u"next!"_s);
    const QList<Row> rows = checked.rows();
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows.at(2).text, u"c"_s);
    EXPECT_EQ(rows.at(3),
              (Row{u"plain"_s, u"next!"_s, {}, u"user"_s, 1, true, true, false, u"complete"_s, {}}));
    EXPECT_EQ(checked.model.messageText(3), u"next!"_s);
}

TEST(TranscriptModel, AContinuedReplyEndsWithTheSameRowsAsAnUninterruptedOne)
{
    const QString reply = longReply();
    CheckedModel checked;
    const int index = checked.model.appendMessage(assistant({}, MessageStatus::Streaming));
    const qsizetype cut = reply.indexOf(u"int x50"_s) + 3;
    checked.model.setMessageText(index, reply.first(cut));
    checked.model.setMessageStatus(index, MessageStatus::Interrupted, u"lost"_s);
    checked.model.setMessageStatus(index, MessageStatus::Streaming);
    checked.model.setMessageText(index, reply);
    checked.model.setMessageStatus(index, MessageStatus::Complete);

    CheckedModel atOnce;
    atOnce.model.appendMessage(assistant(reply));
    EXPECT_EQ(checked.rows(), atOnce.rows());
}

TEST(TranscriptModel, ReplacingTheTextRebuildsTheMessagesRows)
{
    CheckedModel checked;
    const int index = checked.model.appendMessage(assistant({}, MessageStatus::Streaming));
    checked.model.setMessageText(index, u"a\n\nb\n\n```\nc"_s);
    checked.model.setMessageText(index, u"x\n\ny"_s);

    CheckedModel fresh;
    fresh.model.appendMessage(assistant(u"x\n\ny"_s, MessageStatus::Streaming));
    EXPECT_EQ(checked.rows(), fresh.rows());

    // Same length, same blocks, other text in the last block.
    Signals spy(checked.model);
    checked.model.setMessageText(index, u"x\n\nz"_s);
    EXPECT_EQ(checked.rows().constLast().text, u"z"_s);
    ASSERT_EQ(spy.events.size(), 1);
    EXPECT_EQ(spy.events.constFirst().first, 1);
    EXPECT_EQ(spy.events.constFirst().roles, QList<int>{TranscriptModel::TextRole});
}

TEST(TranscriptModel, GivesAMessagesImagesOnItsFirstRowKeptForTheImageProvider)
{
    inkchat::chat::MessageRecord question;
    question.text = u"What is this?"_s;
    question.attachments = {{u"image/png"_s, u"a.png"_s, "\x89PNG\r\n\x1a\n one"_ba},
                            {u"image/gif"_s, u"b.gif"_s, "GIF89a two"_ba}};
    inkchat::app::AttachmentImages images;
    TranscriptModel model;
    model.setMessages({inkchat::app::TranscriptMessage::from(question, &images)});
    const QStringList keys = model.index(0).data(TranscriptModel::ImageKeysRole).toStringList();
    ASSERT_EQ(keys.size(), 2);
    EXPECT_EQ(images.bytes(keys.at(0)), question.attachments.at(0).data);
    EXPECT_EQ(images.bytes(keys.at(1)), question.attachments.at(1).data);
}

TEST(TranscriptModel, NamesTheRolesForQml)
{
    TranscriptModel model;
    QList<QByteArray> names = model.roleNames().values();
    std::sort(names.begin(), names.end());
    EXPECT_EQ(names,
              (QList<QByteArray>{"errorText", "facts", "imageKeys", "isContinuation", "isFirstInMessage",
                                 "isLastInMessage", "kind", "language", "messageIndex", "role", "status",
                                 "text", "version", "versionCount"}));
}

} // namespace
