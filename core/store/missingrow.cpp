#include "missingrow.h"

using namespace Qt::StringLiterals;

namespace inkchat::store {

Error noSuchConversation(qint64 id)
{
    const QString number = QString::number(id);
    return Error::coded(Error::Kind::Usage, Error::Code::NoSuchConversation, number,
                        u"There is no conversation with id %1."_s.arg(number));
}

Error noSuchMessage(qint64 id)
{
    const QString number = QString::number(id);
    return Error::coded(Error::Kind::Usage, Error::Code::NoSuchMessage, number,
                        u"There is no message with id %1."_s.arg(number));
}

} // namespace inkchat::store
