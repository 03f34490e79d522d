#include "localpath.h"

#include <QDir>

namespace inkchat::app {

QString localPathOf(const QUrl &file)
{
    if (file.isLocalFile())
        return file.toLocalFile();
    if (file.scheme().isEmpty() && QDir::isAbsolutePath(file.path()))
        return file.path();
    return {};
}

} // namespace inkchat::app
