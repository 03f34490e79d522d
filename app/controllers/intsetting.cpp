#include "intsetting.h"

#include <QSettings>

namespace inkchat::app {

int IntSetting::load(const QSettings &settings) const
{
    bool isNumber = false;
    const int saved = settings.value(key.toString()).toInt(&isNumber);
    return isNumber ? clamped(saved) : defaultValue;
}

} // namespace inkchat::app
