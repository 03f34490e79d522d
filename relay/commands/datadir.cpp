#include "commands.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace inkchat::relay {

QString defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/inkchat-relay"_s;
}

} // namespace inkchat::relay
