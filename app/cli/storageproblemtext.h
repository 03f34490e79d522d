#pragma once

#include "util/error.h"

#include <QString>

#include <optional>

namespace inkchat::cli {

/// describeProblem() for files that cannot be read or parsed, conversations
/// and messages that are not there, and a store that cannot be written;
/// nullopt for every other code.
std::optional<QString> describeStorageProblem(const Error &error);

} // namespace inkchat::cli
