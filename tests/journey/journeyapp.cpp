#include "journeyapp.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QImage>
#include <QMetaProperty>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace inkchat::journey {

namespace {

/// The app whose warnings the message handler collects (one at a time).
QStringList *s_warnings = nullptr;
QtMessageHandler s_previousHandler = nullptr;

/// Whether a message is about the QML: a binding, a component, a type.
bool isQmlMessage(const QMessageLogContext &context, const QString &message)
{
    const QLatin1StringView category(context.category ? context.category : "");
    if (category.startsWith("qml"_L1) || category.startsWith("js"_L1) || category.startsWith("qt.qml"_L1)
        || category.startsWith("qt.quick"_L1))
        return true;
    const QLatin1StringView file(context.file ? context.file : "");
    return file.endsWith(".qml"_L1) || message.contains(".qml:"_L1) || message.contains("qrc:/"_L1);
}

void collectQmlWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (s_warnings && type != QtDebugMsg && type != QtInfoMsg && isQmlMessage(context, message))
        s_warnings->append(message);
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

QString textOf(const QQuickItem *item)
{
    const int index = item->metaObject()->indexOfProperty("text");
    if (index < 0)
        return {};
    const QVariant value = item->metaObject()->property(index).read(item);
    return value.typeId() == QMetaType::QString ? value.toString() : QString();
}

/// Text items only: a Button has a `text` too, but its label is the Text inside it.
bool isTextItem(const QQuickItem *item)
{
    const QByteArray type = item->metaObject()->className();
    return type.startsWith("QQuickText") || type.startsWith("QQuickTextEdit")
           || type.startsWith("QQuickTextInput");
}

QString testName()
{
    const auto *info = ::testing::UnitTest::GetInstance()->current_test_info();
    if (!info)
        return u"journey"_s;
    return QString::fromUtf8(info->test_suite_name()) + u'.' + QString::fromUtf8(info->name());
}

} // namespace

JourneyApp::JourneyApp(app::AppOptions options, QSize size)
{
    s_warnings = &m_warnings;
    s_previousHandler = qInstallMessageHandler(collectQmlWarnings);
    if (options.databasePath.isEmpty() && !options.noStore)
        options.databasePath = home().filePath(u"conversations.sqlite"_s);
    // Every test process has a home of its own (with-keyring.sh); the
    // window and the keychain are the real ones.
    m_app = std::make_unique<app::Application>(options);
    // The engine prints its warnings, and the message handler collects them.
    m_engine = std::make_unique<QQmlApplicationEngine>();
    if (!m_app->load(*m_engine)) {
        ADD_FAILURE() << "Main.qml did not load: " << m_warnings.join(u'\n').toStdString();
        return;
    }
    m_window = m_app->window();
    resize(size);
    if (!QTest::qWaitForWindowExposed(m_window))
        ADD_FAILURE() << "the window was never shown";
    settle();
}

JourneyApp::~JourneyApp()
{
    close();
    EXPECT_TRUE(m_warnings.isEmpty()) << "QML warnings:\n" << m_warnings.join(u'\n').toStdString();
    qInstallMessageHandler(s_previousHandler);
    s_previousHandler = nullptr;
    s_warnings = nullptr;
}

QDir JourneyApp::home() const
{
    return QDir(qEnvironmentVariable("HOME", QDir::tempPath()));
}

bool JourneyApp::isShown(const QQuickItem *item) const
{
    // Seen is what is visible, not transparent, and inside the window and
    // every clipping ancestor (a list's rows scrolled out of it are not).
    QRectF rect = sceneRect(item);
    for (const QQuickItem *at = item; at; at = at->parentItem()) {
        if (!at->isVisible() || at->opacity() <= 0)
            return false;
        if (at != item && at->clip())
            rect = rect.intersected(sceneRect(at));
    }
    rect = rect.intersected(QRectF(QPointF(0, 0), QSizeF(m_window->size())));
    return rect.width() > 0 && rect.height() > 0;
}

QQuickItem *JourneyApp::rootItem() const
{
    // The window's root, not ApplicationWindow's contentItem: popups live
    // in the overlay beside it.
    QQuickItem *root = m_window ? m_window->contentItem() : nullptr;
    while (root && root->parentItem())
        root = root->parentItem();
    return root;
}

void JourneyApp::visit(QQuickItem *item, const std::function<void(QQuickItem *)> &visitor) const
{
    if (!item)
        return;
    visitor(item);
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        visit(child, visitor);
}

QList<QQuickItem *> JourneyApp::visibleItems(const QString &objectName) const
{
    QList<QQuickItem *> found;
    visit(rootItem(), [&](QQuickItem *item) {
        if (item->objectName() == objectName && isShown(item))
            found.append(item);
    });
    return found;
}

QQuickItem *JourneyApp::visibleItem(const QString &objectName) const
{
    const QList<QQuickItem *> found = visibleItems(objectName);
    return found.isEmpty() ? nullptr : found.constFirst();
}

QQuickItem *JourneyApp::visibleText(const QString &text, QQuickItem *within) const
{
    QQuickItem *found = nullptr;
    visit(within ? within : rootItem(), [&](QQuickItem *item) {
        if (!found && isTextItem(item) && textOf(item) == text && isShown(item))
            found = item;
    });
    return found;
}

QQuickItem *JourneyApp::visibleTextContaining(const QString &part, QQuickItem *within) const
{
    QQuickItem *found = nullptr;
    visit(within ? within : rootItem(), [&](QQuickItem *item) {
        if (!found && isTextItem(item) && textOf(item).contains(part) && isShown(item))
            found = item;
    });
    return found;
}

QRectF JourneyApp::sceneRect(const QQuickItem *item)
{
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

void JourneyApp::click(QQuickItem *item)
{
    if (!item) {
        ADD_FAILURE() << "nothing to click";
        return;
    }
    clickAt(sceneRect(item).center());
}

void JourneyApp::clickAt(QPointF windowPoint)
{
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, windowPoint.toPoint());
    settle();
}

void JourneyApp::type(const QString &text)
{
    for (const QChar c : text) {
        if (c == u'\n') {
            QTest::keyClick(m_window, Qt::Key_Return);
            continue;
        }
        // Printable ASCII has key codes of its own (letters: the capital);
        // anything else arrives as text, as from an input method.
        const bool ascii = c.unicode() >= 0x20 && c.unicode() < 0x7f;
        const auto code = ascii ? Qt::Key(c.toUpper().unicode()) : Qt::Key_unknown;
        QTest::sendKeyEvent(QTest::Click, m_window, code, QString(c), Qt::NoModifier);
    }
    settle();
}

void JourneyApp::key(int key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(m_window, Qt::Key(key), modifiers);
    settle();
}

void JourneyApp::resize(QSize size)
{
    m_window->resize(size);
    waitFor([&] { return m_window->size() == size; });
    settle();
}

bool JourneyApp::waitFor(const std::function<bool()> &done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return done();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qWait(5);
    }
    return true;
}

void JourneyApp::settle()
{
    // Bindings and layouts run from the event loop, and a frame follows.
    QCoreApplication::processEvents();
    QSignalSpy swapped(m_window.data(), &QQuickWindow::frameSwapped);
    m_window->requestUpdate();
    swapped.wait(200);
    QCoreApplication::processEvents();
}

QImage JourneyApp::shot(const QString &step)
{
    settle();
    const QImage image = m_window->grabWindow();
    QString folder = qEnvironmentVariable("JOURNEY_SHOTS");
    if (folder.isEmpty())
        folder = QStringLiteral(INKCHAT_JOURNEY_SHOTS_DIR);
    QDir dir(folder + u'/' + testName());
    dir.mkpath(u"."_s);
    const QString file = dir.filePath(u"%1-%2.png"_s.arg(++m_shots, 2, 10, QLatin1Char('0')).arg(step));
    if (!image.save(file))
        ADD_FAILURE() << "could not save " << file.toStdString();
    return image;
}

void JourneyApp::close()
{
    if (!m_engine)
        return;
    if (m_window) {
        m_window->hide();
        QTest::qWait(50);
    }
    m_engine.reset();
    m_app.reset();
}

} // namespace inkchat::journey
