#include "keyfileendpointsource.h"

#include <QFile>
#include <QTimer>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace inkchat::relay {

KeyFileEndpointSource::KeyFileEndpointSource(session::ResolvedEndpoint endpoint, QString keyFile)
    : m_endpoint(std::move(endpoint)),
      m_keyFile(std::move(keyFile))
{
}

Result<QString> KeyFileEndpointSource::readKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Unavailable,
                           u"cannot read the key file %1: %2"_s.arg(path, file.errorString()));
    struct stat info
    {};
    if (fstat(file.handle(), &info) != 0 || !S_ISREG(info.st_mode))
        return Error::make(Error::Kind::Unavailable, u"the key file %1 is not a regular file"_s.arg(path));
    if (info.st_uid != geteuid() || (info.st_mode & 077) != 0) {
        return Error::make(
            Error::Kind::Unavailable,
            u"the key file %1 may be read by other users; make it yours alone: chmod 600 %1"_s.arg(path));
    }
    const QString key = QString::fromUtf8(file.read(64 * 1024)).trimmed();
    if (key.isEmpty())
        return Error::make(Error::Kind::Unavailable, u"the key file %1 is empty"_s.arg(path));
    return key;
}

void KeyFileEndpointSource::resolve(std::function<void(Result<session::ResolvedEndpoint>)> done)
{
    Result<session::ResolvedEndpoint> result = m_endpoint;
    if (!m_keyFile.isEmpty()) {
        const Result<QString> key = readKey(m_keyFile);
        if (key)
            result.value().endpoint.apiKey = *key;
        else
            result = key.error();
    }
    QTimer::singleShot(0, [done = std::move(done), result = std::move(result)] { done(result); });
}

} // namespace inkchat::relay
