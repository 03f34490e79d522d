#include "redact.h"

using namespace Qt::StringLiterals;

namespace inkchat {

QString redact(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (secret.size() >= 4)
            text.replace(secret, u"[redacted]"_s);
    }
    return text;
}

} // namespace inkchat
