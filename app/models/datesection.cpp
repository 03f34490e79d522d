#include "datesection.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace inkchat::app {

QString DateSection::of(QDate day, QDate today)
{
    const qint64 daysAgo = day.daysTo(today);
    // A day after today (a clock set back) is today's news too.
    if (daysAgo <= 0)
        return tr("Today");
    if (daysAgo == 1)
        return tr("Yesterday");
    if (daysAgo <= 7)
        return tr("Previous 7 days");
    //: A month of the conversation list: %1 is the month's name, %2 the year.
    return tr("%1 %2").arg(QLocale().standaloneMonthName(day.month(), QLocale::LongFormat)).arg(day.year());
}

} // namespace inkchat::app
