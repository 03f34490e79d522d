#pragma once

#include "provider.h"

#include <QStringView>

#include <memory>

namespace inkchat::provider {

/// The provider of a catalogue row's kind.
std::unique_ptr<Provider> createProvider(ProviderKind kind);

/// The provider with this id, or nullptr for an unknown id.
std::unique_ptr<Provider> createProvider(QStringView id);

} // namespace inkchat::provider
