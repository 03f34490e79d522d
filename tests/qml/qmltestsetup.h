#pragma once

#include "testapp.h"

#include <QObject>

#include <memory>

class QQmlEngine;

namespace inkchat::qmltest {

/// The hooks QUICK_TEST_MAIN_WITH_SETUP calls: makes the TestApp once the
/// application exists and lets every test file's engine find the static
/// modules under qrc:/qt/qml.
class QmlTestSetup : public QObject
{
    Q_OBJECT

public:
    QmlTestSetup();
    ~QmlTestSetup() override;

public Q_SLOTS:
    void applicationAvailable();
    void qmlEngineAvailable(QQmlEngine *engine);
    void cleanupTestCase();

private:
    std::unique_ptr<TestApp> m_app;
};

} // namespace inkchat::qmltest
