#pragma once

#include <QObject>
#include <QString>
#include <QStringView>
#include <QtQml/qqmlregistration.h>

#include <algorithm>

class QSettings;

namespace inkchat::app {

/// A whole-number setting: where it is saved, its default and the range a
/// control offers. Each is defined once (displaysettings.h) and read by both
/// the C++ that applies the value and the QML control that edits it, so a
/// spin box can neither offer a value the app refuses nor hide one it takes.
struct IntSetting
{
    Q_GADGET
    QML_VALUE_TYPE(intSetting)
    Q_PROPERTY(int defaultValue MEMBER defaultValue CONSTANT)
    Q_PROPERTY(int minimum MEMBER minimum CONSTANT)
    Q_PROPERTY(int maximum MEMBER maximum CONSTANT)
    Q_PROPERTY(int step MEMBER step CONSTANT)

public:
    QStringView key;
    int defaultValue = 0;
    int minimum = 0;
    int maximum = 0;
    int step = 1;

    constexpr int clamped(int value) const { return std::clamp(value, minimum, maximum); }
    /// The saved value brought into range (a hand-edited or older settings
    /// file may hold anything); the default when none is saved or it is not
    /// a number.
    int load(const QSettings &settings) const;

    friend bool operator==(const IntSetting &, const IntSetting &) = default;
};

} // namespace inkchat::app
