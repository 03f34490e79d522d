#include "demotion.h"

using namespace Qt::StringLiterals;

namespace inkchat::transport {

QString evidenceName(Evidence evidence)
{
    switch (evidence) {
    case Evidence::UpgradeRefused:
        return u"upgrade-refused"_s;
    case Evidence::Buffering:
        return u"buffering"_s;
    case Evidence::ProtocolError:
        return u"protocol"_s;
    }
    return {};
}

std::optional<Evidence> evidenceFromName(QStringView name)
{
    for (const Evidence evidence : {Evidence::UpgradeRefused, Evidence::Buffering, Evidence::ProtocolError}) {
        if (name == evidenceName(evidence))
            return evidence;
    }
    return std::nullopt;
}

} // namespace inkchat::transport
