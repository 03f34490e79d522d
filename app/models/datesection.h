#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace inkchat::app {

/// The heading a conversation list groups a day under, as chat apps do:
/// "Today", "Yesterday", "Previous 7 days", then one group per month
/// ("November 2026"), in the app's language.
class DateSection
{
    Q_DECLARE_TR_FUNCTIONS(DateSection)

public:
    static QString of(QDate day, QDate today);
};

} // namespace inkchat::app
