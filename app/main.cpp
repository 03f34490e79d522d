#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QUrl>
#include <QtQml/QQmlExtensionPlugin>

using namespace Qt::StringLiterals;

Q_IMPORT_QML_PLUGIN(InkchatPlugin)
Q_IMPORT_QML_PLUGIN(Inkchat_AppPlugin)

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"Inkchat"_s);
    QGuiApplication::setOrganizationName(u"Inkchat"_s);
    QGuiApplication::setApplicationVersion(QStringLiteral(INKCHAT_VERSION));

    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/qt/qml"_s);
    // Qt 6.4 has no loadFromModule(); the module's files live under its resource prefix.
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                     [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(u"qrc:/qt/qml/Inkchat/Main.qml"_s));
    return app.exec();
}
