#pragma once

#include "provider.h"

#include <QStringView>

#include <memory>

namespace inkchat::provider {

/// The provider of a catalogue row's kind.
std::unique_ptr<Provider> createProvider(ProviderKind kind);

/// The provider with this id, or nullptr for an unknown id.
std::unique_ptr<Provider> createProvider(QStringView id);

/// Why no provider was made for `id`: it is not one Inkchat knows.
Error unknownProviderError(const QString &id);

/// Endpoints of provider `id` do not list their models.
Error noModelListError(const QString &id);

} // namespace inkchat::provider
