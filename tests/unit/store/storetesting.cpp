#include "storetesting.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace inkchat::store::test {

namespace {

QString uniqueRawConnectionName()
{
    static int s_opened = 0;
    return u"store-test-raw.%1"_s.arg(++s_opened);
}

} // namespace

RawConnection::RawConnection(const QString &path)
    : m_db(QSqlDatabase::addDatabase(u"QSQLITE"_s, uniqueRawConnectionName()))
{
    m_db.setDatabaseName(path);
    EXPECT_TRUE(m_db.open()) << m_db.lastError().text().toStdString();
    exec(u"PRAGMA busy_timeout = 5000"_s);
}

RawConnection::~RawConnection()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

bool RawConnection::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    const bool ok = query.exec(sql);
    EXPECT_TRUE(ok) << sql.toStdString() << ": " << query.lastError().text().toStdString();
    return ok;
}

QVariant RawConnection::scalar(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql) || !query.next()) {
        ADD_FAILURE() << sql.toStdString() << ": " << query.lastError().text().toStdString();
        return {};
    }
    return query.value(0);
}

void StoreTest::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    auto opened = ConversationStore::open(path(), m_clock);
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    m_store = std::move(opened).value();
}

QString StoreTest::path() const
{
    return m_dir.filePath(u"conversations.sqlite"_s);
}

std::unique_ptr<ConversationStore> StoreTest::openSecondStore(const StoreOptions &options)
{
    auto opened = ConversationStore::open(path(), m_clock, options);
    EXPECT_TRUE(opened) << opened.error().message.toStdString();
    return opened ? std::move(opened).value() : nullptr;
}

chat::ConversationRecord StoreTest::addConversation(const QString &title)
{
    chat::ConversationRecord conversation;
    conversation.title = title;
    auto created = m_store->createConversation(conversation);
    EXPECT_TRUE(created) << created.error().message.toStdString();
    return created ? *created : chat::ConversationRecord{};
}

chat::MessageRecord StoreTest::addMessage(qint64 conversationId, chat::Role role, const QString &text,
                                          chat::MessageStatus status)
{
    chat::MessageRecord message;
    message.role = role;
    message.text = text;
    message.status = status;
    auto appended = m_store->appendMessage(conversationId, message);
    EXPECT_TRUE(appended) << appended.error().message.toStdString();
    return appended ? *appended : chat::MessageRecord{};
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace inkchat::store::test
