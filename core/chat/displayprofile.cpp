#include "displayprofile.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace inkchat::chat {

DisplayProfile DisplayProfile::desktop()
{
    return {Kind::Desktop, kFrame, false};
}

DisplayProfile DisplayProfile::eink(std::chrono::milliseconds interval)
{
    return {Kind::Eink, std::clamp(interval, kEinkMin, kEinkMax), true};
}

DisplayProfile DisplayProfile::adaptive()
{
    return {Kind::Adaptive, kFrame, false};
}

std::optional<DisplayProfile> DisplayProfile::fromName(QStringView name)
{
    if (name == u"desktop")
        return desktop();
    if (name == u"eink")
        return eink();
    if (name == u"adaptive")
        return adaptive();
    return std::nullopt;
}

QString DisplayProfile::name() const
{
    switch (kind) {
    case Kind::Desktop:
        return u"desktop"_s;
    case Kind::Eink:
        return u"eink"_s;
    case Kind::Adaptive:
        return u"adaptive"_s;
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace inkchat::chat
