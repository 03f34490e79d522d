#include "demoserverthread.h"

#include "demoserver.h"

using namespace Qt::StringLiterals;

namespace inkchat::demo {

DemoServerThread::DemoServerThread(double tokensPerSecond) : m_server(new DemoServer)
{
    m_server->setTokensPerSecond(tokensPerSecond);
    m_server->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.setObjectName(u"inkchat-demo"_s);
    m_thread.start();
}

DemoServerThread::~DemoServerThread()
{
    m_thread.quit();
    m_thread.wait(QDeadlineTimer(5000));
}

bool DemoServerThread::listen()
{
    bool listening = false;
    QMetaObject::invokeMethod(
        m_server,
        [&] {
            listening = m_server->listen();
            m_baseUrl = m_server->baseUrl();
            m_errorString = m_server->errorString();
        },
        Qt::BlockingQueuedConnection);
    return listening;
}

void DemoServerThread::setTokensPerSecond(double tokensPerSecond)
{
    QMetaObject::invokeMethod(
        m_server, [server = m_server, tokensPerSecond] { server->setTokensPerSecond(tokensPerSecond); });
}

} // namespace inkchat::demo
