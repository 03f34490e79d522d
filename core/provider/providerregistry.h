#pragma once

#include "provider.h"

#include <QStringList>
#include <QStringView>

#include <memory>

namespace inkchat::provider {

/// The ids every front end accepts for --provider / settings, in the order
/// they are listed to users.
QStringList providerIds();

/// The provider with this id, or nullptr for an unknown id.
std::unique_ptr<Provider> createProvider(QStringView id);

} // namespace inkchat::provider
