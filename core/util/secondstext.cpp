#include "secondstext.h"

#include <cstdlib>

namespace inkchat {

QString secondsText(std::chrono::milliseconds duration)
{
    QString text = QString::number(duration.count() / 1000);
    if (const auto fraction = duration.count() % 1000; fraction != 0) {
        text += u'.' + QString::number(std::abs(fraction)).rightJustified(3, u'0');
        while (text.endsWith(u'0'))
            text.chop(1);
    }
    return text;
}

} // namespace inkchat
